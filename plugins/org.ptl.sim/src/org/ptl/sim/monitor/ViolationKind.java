package org.ptl.sim.monitor;

/**
 * Every rule the break-before-make monitor enforces, with the message it reports: casemate's words
 * where casemate has the rule (DOMAIN.md §9.1), so that reports read the same as its own.
 */
public enum ViolationKind {
	/** A valid descriptor replaced by another where the rule requires break-before-make. */
	VALID_TO_VALID("BBM valid->valid"),
	/** A descriptor made valid while the break before it is not yet cleaned from every TLB. */
	UNCLEAN_TO_VALID("BBM invalid unclean->valid"),
	/** A table descriptor written whose child table still has entries not cleaned. */
	UNCLEAN_CHILDREN("BBM write table descriptor with unclean children"),
	/** An entry of a table whose parent entry was broken, and not yet cleaned, changed. */
	UNCLEAN_PARENT("Wrote on a page with an unclean parent"),
	/** A descriptor written by a CPU that holds no lock on its table. */
	UNLOCKED_WRITE("must write to pte while holding owner lock"),
	/** A plain store by a shared walker (under the read lock, only compare-and-swap may change an entry). */
	PLAIN_WRITE("Wrote plain without authorization"),
	/** A release-store by a shared walker to an entry it had not locked with compare-and-swap. */
	RELEASE_NOT_LOCKED("Wrote release without authorization"),
	/** A non-broadcast TLBI used to clean an entry that other CPUs' TLBs may hold. */
	NON_BROADCAST_TLBI("non-broadcast TLBI where broadcast is needed"),
	/** A non-broadcast DSB used to complete a break. */
	NON_BROADCAST_DSB("Unsupported DSB NSH"),
	/** A page already in use as a table made a table again (two parents, or two tables). */
	DOUBLE_USE("double-use pte"),
	/** A page still reachable from a table's root given back to the allocator or reused. */
	FREE_REACHABLE("cannot free a table page that is still reachable"),
	/** A table page given back while entries of it are not yet cleaned. */
	FREE_UNCLEAN("cannot release table where children are still unclean");

	private final String message;

	ViolationKind(String message) {
		this.message = message;
	}

	/** Casemate's message. */
	public String message() {
		return message;
	}
}
