package org.ptl.sim.table;

/**
 * How a descriptor is written: a plain store (WRITE_ONCE), a release-store (smp_store_release, the
 * make of break-before-make), or a compare-and-swap that succeeded (cmpxchg, a shared walker's
 * update). Casemate's traces name the first two 'plain' and 'release'.
 */
public enum MemoryOrder {
	PLAIN, RELEASE, CAS;

	/** The name in traces: plain, release, cas. */
	public String text() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
