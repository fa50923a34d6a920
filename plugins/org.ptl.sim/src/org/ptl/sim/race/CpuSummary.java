package org.ptl.sim.race;

import java.util.List;
import java.util.SortedSet;

/**
 * What one racing CPU saw over the interleavings explored: the results each of its operations
 * returned, the most times its walker retried an entry on a path to the end (-1: without bound, a
 * livelock), and whether it always got to the end.
 *
 * @param name       the CPU
 * @param results    per operation, the results seen
 * @param maxRetries the most retries on one path, or -1 for unbounded
 * @param terminates whether every interleaving lets it finish
 */
public record CpuSummary(String name, List<SortedSet<Long>> results, int maxRetries, boolean terminates) {
}
