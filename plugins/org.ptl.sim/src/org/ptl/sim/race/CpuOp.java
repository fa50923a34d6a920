package org.ptl.sim.race;

import java.util.List;

import org.ptl.model.Step;

/**
 * One operation of a racing CPU: the step it performs, whether under the MMU write lock, the results
 * it may return (empty: any) and whether it may retry forever, and where it is written.
 *
 * @param step      the page-table step
 * @param exclusive under the write lock (else a shared walker under the read lock)
 * @param allowed   the results it may return; empty when any is allowed
 * @param livelock  whether it may livelock
 * @param line      its line
 * @param text      the operation as written
 */
public record CpuOp(Step step, boolean exclusive, List<Long> allowed, boolean livelock, int line, String text) {

	public boolean allows(long result) {
		return allowed.isEmpty() || allowed.contains(result);
	}
}
