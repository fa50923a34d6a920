package org.ptl.sim.kvm;

/**
 * Receives the TLB and cache maintenance a page-table operation performs (TLBI by IPA or range,
 * data-cache clean, instruction-cache invalidate), so that traces can show break-before-make.
 */
@FunctionalInterface
public interface Maintenance {

	Maintenance NONE = text -> {
	};

	void perform(String operation);
}
