package org.ptl.sim.race;

import org.ptl.sim.kvm.OperationSet;
import org.ptl.sim.maintenance.CpuFeatures;
import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.monitor.feed.EngineFeed;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.walk.WalkPolicy;

/**
 * The table the CPUs race on, as the scenario left it: the table itself, the operations that change
 * it, the walker policy, the CPU's features, the break-before-make monitor's feed, and where the
 * maintenance lines of a trace go.
 *
 * @param name       the table's name
 * @param table      the table
 * @param operations its operations
 * @param policy     the walker policy
 * @param features   the CPU features
 * @param feed       the monitor's feed
 * @param trace      where maintenance lines go (a trace), or Maintenance.NONE
 */
public record RaceTable(String name, PageTable table, OperationSet operations, WalkPolicy policy, CpuFeatures features,
		EngineFeed feed, Maintenance trace) {
}
