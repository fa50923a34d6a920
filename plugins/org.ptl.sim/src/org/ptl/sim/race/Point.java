package org.ptl.sim.race;

import org.ptl.sim.maintenance.MaintenanceEvent;

/**
 * The next atomic event of a CPU, as it waits to be scheduled: what kind, on which entry (page and
 * index of the table pool; the page alone for a reference count), for a lock whether it is the write
 * lock, for maintenance which. Two points of different CPUs are independent (their order does not
 * matter) when they touch different entries, or both only read.
 *
 * @param kind        what the CPU is about to do
 * @param page        the table page, or -1
 * @param index       the entry, or -1
 * @param exclusive   for a lock: the write lock
 * @param maintenance for maintenance: the call, else null
 * @param frees       for a reference count dropped: whether it drops to 0 and frees the page
 */
record Point(PointKind kind, int page, int index, boolean exclusive, MaintenanceEvent maintenance, boolean frees) {

	static final Point RCU = new Point(PointKind.RCU, -1, -1, false, null, false);

	static Point lock(boolean exclusive) {
		return new Point(PointKind.LOCK, -1, -1, exclusive, null, false);
	}

	static Point access(PointKind kind, int page, int index) {
		return new Point(kind, page, index, false, null, false);
	}

	/** A reference count change; a drop to 0 frees the page. */
	static Point count(PointKind kind, int page, boolean frees) {
		return new Point(kind, page, -1, false, null, frees);
	}

	static Point maintenance(MaintenanceEvent event) {
		return new Point(PointKind.MAINTENANCE, -1, -1, false, event, false);
	}

	/** The event when nothing else shows it (a lock, the RCU callbacks). */
	String describe() {
		return switch (kind) {
		case LOCK -> exclusive ? "lock (write)" : "lock (read)";
		case RCU -> "RCU callbacks";
		case MAINTENANCE -> maintenance.text();
		default -> kind.name().toLowerCase(java.util.Locale.ROOT) + " page " + page + "[" + index + "]";
		};
	}

	/** Whether executing this and the other in either order can end differently. */
	boolean dependsOn(Point other) {
		if (kind == PointKind.LOCK || other.kind == PointKind.LOCK || kind == PointKind.RCU || other.kind == PointKind.RCU) {
			return true;
		}
		if (kind == PointKind.MAINTENANCE || other.kind == PointKind.MAINTENANCE) {
			// a TLBI moves its CPU's broken entries towards clean: it does not commute with writes to them
			return kind == PointKind.MAINTENANCE ? other.kind.writes() : kind.writes();
		}
		if (page != other.page) {
			return false;
		}
		boolean counts = kind == PointKind.GET || kind == PointKind.PUT;
		boolean otherCounts = other.kind == PointKind.GET || other.kind == PointKind.PUT;
		if (counts || otherCounts) {
			// counts commute with each other and with the page's entries, unless one drops to 0 and frees it
			return frees || other.frees;
		}
		return index == other.index && (kind.writes() || other.kind.writes());
	}

	long key() {
		long key = (kind.ordinal() * 31L + page) * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + (exclusive ? 1 : 0)
				+ (frees ? 2 : 0);
		if (maintenance != null) {
			key += maintenance.hashCode() * 0x632BE59BD9B4E019L;
		}
		return key ^ (key >>> 29);
	}
}
