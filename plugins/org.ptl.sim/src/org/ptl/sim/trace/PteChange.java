package org.ptl.sim.trace;

import java.util.List;

/**
 * An entry a step changed: in which table, at which level and index, the input address it maps,
 * its value before and after, and the fields that changed, decoded by name ("s2ap: none -> rw").
 *
 * @param table   the table's name (a scenario table or a component)
 * @param level   the level of the table page holding the entry
 * @param index   the entry's index in that page
 * @param address the input address the entry maps
 * @param before  its value before the step
 * @param after   its value after the step
 * @param fields  the changed fields, decoded
 */
public record PteChange(String table, int level, int index, long address, long before, long after,
		List<String> fields) {
}
