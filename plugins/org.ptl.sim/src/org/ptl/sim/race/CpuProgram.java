package org.ptl.sim.race;

import java.util.List;

/**
 * A racing CPU: its name and the operations it performs, in order.
 *
 * @param name the CPU's name (a column of the interleaving table)
 * @param ops  its operations
 */
public record CpuProgram(String name, List<CpuOp> ops) {
}
