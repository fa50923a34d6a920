package org.ptl.sim.monitor;

/**
 * The barriers break-before-make depends on, as casemate's traces name them: DSB with its domain and
 * access types (ISH, ISHST, NSH, NSHST, SY), and ISB.
 */
public enum BarrierKind {
	DSB_ISH("dsb", "ish", true), DSB_ISHST("dsb", "ishst", true), DSB_NSH("dsb", "nsh", false),
	DSB_NSHST("dsb", "nshst", false), DSB_SY("dsb", "sy", true), ISB("isb", null, true);

	private final String instruction;
	private final String domain;
	private final boolean broadcast;

	BarrierKind(String instruction, String domain, boolean broadcast) {
		this.instruction = instruction;
		this.domain = domain;
		this.broadcast = broadcast;
	}

	public boolean isDsb() {
		return this != ISB;
	}

	/** Whether the barrier reaches the other CPUs of the inner-shareable domain. */
	public boolean broadcast() {
		return broadcast;
	}

	/** Whether the DSB waits for TLB maintenance to complete (a store-only DSB does not). */
	public boolean completesTlbi() {
		return this == DSB_ISH || this == DSB_SY;
	}

	/** "dsb ish", "isb". */
	public String text() {
		return domain == null ? instruction : instruction + " " + domain;
	}

	public String instruction() {
		return instruction;
	}

	/** The DSB's domain as casemate writes it (ish, ishst, nsh, sy), or null for ISB. */
	public String domain() {
		return domain;
	}
}
