package org.ptl.sim.race;

import java.util.List;

/**
 * What must hold when every CPU is done, beyond what the race package checks itself: the steps the
 * scenario has after the concurrent block, run on the final state. Returns what fails, one line each.
 */
@FunctionalInterface
public interface FinalCheck {

	List<String> failures(RaceWorld world);
}
