package org.ptl.sim.monitor;

/**
 * The TLB invalidation instructions KVM issues, with what casemate decodes from each: the stage and
 * regime of the translations it removes, whether it is broadcast, and whether it names an address
 * (or a range of them, or only last-level entries).
 */
public enum TlbiOp {
	IPAS2E1IS(Stage.STAGE2, false, true, Scope.ADDRESS),
	IPAS2E1(Stage.STAGE2, false, false, Scope.ADDRESS),
	RIPAS2E1IS(Stage.STAGE2, false, true, Scope.RANGE),
	VMALLS12E1IS(Stage.BOTH, false, true, Scope.ALL),
	VMALLS12E1(Stage.BOTH, false, false, Scope.ALL),
	VMALLE1IS(Stage.STAGE1, false, true, Scope.ALL),
	VMALLE1(Stage.STAGE1, false, false, Scope.ALL),
	VAE2IS(Stage.STAGE1, true, true, Scope.ADDRESS),
	VALE2IS(Stage.STAGE1, true, true, Scope.LAST_LEVEL),
	// read from recorded traces; KVM's own code paths above do not issue these
	IPAS2LE1IS(Stage.STAGE2, false, true, Scope.LAST_LEVEL),
	VAE2(Stage.STAGE1, true, false, Scope.ADDRESS),
	VALE2(Stage.STAGE1, true, false, Scope.LAST_LEVEL),
	ALLE1IS(Stage.BOTH, false, true, Scope.ALL),
	ALLE1(Stage.BOTH, false, false, Scope.ALL),
	ALLE2IS(Stage.STAGE1, true, true, Scope.ALL),
	ALLE2(Stage.STAGE1, true, false, Scope.ALL);

	/** Which stage's translations an instruction removes. */
	public enum Stage {
		STAGE1, STAGE2, BOTH
	}

	/** What part of the address space it removes. */
	public enum Scope {
		ADDRESS, LAST_LEVEL, RANGE, ALL
	}

	private final Stage stage;
	private final boolean el2;
	private final boolean broadcast;
	private final Scope scope;

	TlbiOp(Stage stage, boolean el2, boolean broadcast, Scope scope) {
		this.stage = stage;
		this.el2 = el2;
		this.broadcast = broadcast;
		this.scope = scope;
	}

	public Stage stage() {
		return stage;
	}

	/** Whether it works on the EL2 regime (the hypervisor's own stage 1) rather than EL1&0 and stage 2. */
	public boolean el2() {
		return el2;
	}

	public boolean broadcast() {
		return broadcast;
	}

	public Scope scope() {
		return scope;
	}

	/** The mnemonic: "ipas2e1is". */
	public String text() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
