package org.ptl.sim.monitor;

/** Which translation regime a table serves: a guest's stage 2, or the hypervisor's EL2 stage 1. */
public enum Stage {
	STAGE2, EL2_STAGE1
}
