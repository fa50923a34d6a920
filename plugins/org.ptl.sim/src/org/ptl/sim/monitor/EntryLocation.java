package org.ptl.sim.monitor;

/**
 * Where a descriptor the monitor follows is: its table (numbered in the order the monitor was given
 * their roots, from 0), its level, and the input address the entry maps.
 */
public record EntryLocation(int table, int level, long input) {
}
