package org.ptl.sim.maintenance;

/**
 * Receives the TLB and cache maintenance a page-table operation performs, as events in the order the
 * library performs them (interleaved with its descriptor writes), and the notes it makes (a kernel
 * WARN, a short unmap). Traces show them; the break-before-make monitor checks them.
 */
@FunctionalInterface
public interface Maintenance {

	/** Ignores maintenance; the library then does not even build the events (nothing made per entry). */
	Maintenance NONE = new Maintenance() {

		@Override
		public void perform(MaintenanceEvent event) {
		}

		@Override
		public boolean wanted() {
			return false;
		}
	};

	void perform(MaintenanceEvent event);

	/** A remark of the library that is not maintenance (a WARN it would print); dropped unless overridden. */
	default void note(String text) {
	}

	/** Both sinks, in this order; it wants events when either does. */
	static Maintenance both(Maintenance first, Maintenance second) {
		return new Maintenance() {

			@Override
			public void perform(MaintenanceEvent event) {
				if (first.wanted()) {
					first.perform(event);
				}
				if (second.wanted()) {
					second.perform(event);
				}
			}

			@Override
			public void note(String text) {
				first.note(text);
				second.note(text);
			}

			@Override
			public boolean wanted() {
				return first.wanted() || second.wanted();
			}
		};
	}

	/**
	 * False when {@link #perform} ignores what it is given: callers test this before building the
	 * event, so that an untraced map or unmap allocates nothing per entry.
	 */
	default boolean wanted() {
		return true;
	}
}
