package org.ptl.sim.kvm;

/**
 * Receives the TLB and cache maintenance a page-table operation performs (TLBI by IPA or range,
 * data-cache clean, instruction-cache invalidate), so that traces can show break-before-make.
 */
@FunctionalInterface
public interface Maintenance {

	/** Ignores maintenance; the library then does not even spell it out (no text built per entry). */
	Maintenance NONE = new Maintenance() {

		@Override
		public void perform(String operation) {
		}

		@Override
		public boolean wanted() {
			return false;
		}
	};

	void perform(String operation);

	/**
	 * False when {@link #perform} ignores what it is given: callers test this before building the
	 * text, so that an untraced map or unmap allocates nothing per entry.
	 */
	default boolean wanted() {
		return true;
	}
}
