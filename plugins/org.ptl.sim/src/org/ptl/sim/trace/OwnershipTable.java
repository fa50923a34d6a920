package org.ptl.sim.trace;

import java.util.List;

/**
 * Every page's ownership at one moment of a scenario: one row per page, one column per component
 * instance (host, hyp, guest[1]) holding its state's name, then one per counter of the model.
 *
 * @param columns the component instances, then the counters
 * @param rows    per page, the values in column order
 */
public record OwnershipTable(List<String> columns, List<List<String>> rows) {
}
