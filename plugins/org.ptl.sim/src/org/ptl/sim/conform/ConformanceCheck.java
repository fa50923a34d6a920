package org.ptl.sim.conform;

import org.ptl.sim.monitor.ViolationKind;

/**
 * What {@code ptl conform} checks on a recorded trace, each with a stable id: the break-before-make
 * monitor's rules (casemate's messages), lock discipline, ownership conformance to a binding's
 * model, and the trace's own well-formedness.
 */
public enum ConformanceCheck {
	BBM_VALID_TO_VALID("bbm.valid-to-valid", ViolationKind.VALID_TO_VALID),
	BBM_UNCLEAN_TO_VALID("bbm.unclean-to-valid", ViolationKind.UNCLEAN_TO_VALID),
	BBM_UNCLEAN_CHILDREN("bbm.unclean-children", ViolationKind.UNCLEAN_CHILDREN),
	BBM_UNCLEAN_PARENT("bbm.unclean-parent", ViolationKind.UNCLEAN_PARENT),
	BBM_NON_BROADCAST_TLBI("bbm.non-broadcast-tlbi", ViolationKind.NON_BROADCAST_TLBI),
	BBM_NON_BROADCAST_DSB("bbm.non-broadcast-dsb", ViolationKind.NON_BROADCAST_DSB),
	LOCK_UNLOCKED_WRITE("lock.unlocked-write", ViolationKind.UNLOCKED_WRITE),
	LOCK_PLAIN_WRITE("lock.plain-write", ViolationKind.PLAIN_WRITE),
	LOCK_RELEASE_NOT_LOCKED("lock.release-not-locked", ViolationKind.RELEASE_NOT_LOCKED),
	LOCK_READ_MISMATCH("lock.read-mismatch", "the entry changed under the checker"),
	TABLE_DOUBLE_USE("table.double-use", ViolationKind.DOUBLE_USE),
	TABLE_FREE_REACHABLE("table.free-reachable", ViolationKind.FREE_REACHABLE),
	TABLE_FREE_UNCLEAN("table.free-unclean", ViolationKind.FREE_UNCLEAN),
	OWNERSHIP_TRANSITION("ownership.transition", "no transition of the ownership model"),
	OWNERSHIP_INVARIANT("ownership.invariant", "an invariant of the ownership model does not hold"),
	TRACE_MALFORMED("trace.malformed", "a record that cannot be read"),
	TRACE_UNKNOWN_KIND("trace.unknown-kind", "a record of a kind the reader does not know (warning)"),
	TRACE_UNKNOWN_TABLE("trace.unknown-table", "a table the binding has no component for, or a lock nobody holds (warning)");

	private final String id;
	private final ViolationKind kind;
	private final String message;

	ConformanceCheck(String id, ViolationKind kind) {
		this.id = id;
		this.kind = kind;
		this.message = kind.message();
	}

	ConformanceCheck(String id, String message) {
		this.id = id;
		this.kind = null;
		this.message = message;
	}

	public String id() {
		return id;
	}

	/** The message findings of this check start with (casemate's, for the monitor's rules). */
	public String message() {
		return message;
	}

	/** Whether its findings are warnings, which do not make a trace fail. */
	public boolean warning() {
		return this == TRACE_UNKNOWN_KIND || this == TRACE_UNKNOWN_TABLE;
	}

	/** The check of a monitor rule. */
	public static ConformanceCheck of(ViolationKind kind) {
		for (ConformanceCheck check : values()) {
			if (check.kind == kind) {
				return check;
			}
		}
		throw new IllegalArgumentException("no check for " + kind);
	}
}
