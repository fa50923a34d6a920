package org.ptl.sim.maintenance;

/**
 * One TLB or cache maintenance operation as the page-table library performs it (DOMAIN.md §8): its
 * kind, its address (an input address for a TLB invalidation, a physical address for cache
 * maintenance), the size of the range it covers, and the translation level it names, which may be
 * unknown (Linux's TLBI_TTL_UNKNOWN, or a level it never set).
 *
 * @param kind    what is done
 * @param address the address it is done for (0 for a whole-VMID invalidation)
 * @param size    the bytes it covers, for a range kind; 0 otherwise
 * @param level   the level it names, {@link #LEVEL_UNKNOWN}, or {@link #NO_LEVEL} for kinds without one
 */
public record MaintenanceEvent(MaintenanceKind kind, long address, long size, int level) {

	/** The level is not known to the code that asks (TLBI_TTL_UNKNOWN). */
	public static final int LEVEL_UNKNOWN = Integer.MIN_VALUE;

	/** The kind names no level. */
	public static final int NO_LEVEL = Integer.MIN_VALUE + 1;

	/** A TLB invalidation of one address at a level (or {@link #LEVEL_UNKNOWN}). */
	public static MaintenanceEvent at(MaintenanceKind kind, long address, int level) {
		return new MaintenanceEvent(kind, address, 0, level);
	}

	/** An operation on a range. */
	public static MaintenanceEvent range(MaintenanceKind kind, long address, long size) {
		return new MaintenanceEvent(kind, address, size, NO_LEVEL);
	}

	/** An invalidation of the whole VMID. */
	public static MaintenanceEvent wholeVmid() {
		return new MaintenanceEvent(MaintenanceKind.TLBI_VMID, 0, 0, NO_LEVEL);
	}

	public boolean levelKnown() {
		return level != LEVEL_UNKNOWN && level != NO_LEVEL;
	}

	/** "TLBI IPA 0x200000 level 2", "DC CIVAC 0x8000200000+0x200000", "TLBI VMID". */
	public String text() {
		StringBuilder text = new StringBuilder(kind.text());
		if (kind == MaintenanceKind.TLBI_VMID) {
			return text.toString();
		}
		text.append(" 0x").append(Long.toHexString(address));
		if (kind.hasSize()) {
			text.append("+0x").append(Long.toHexString(size));
		}
		if (kind.hasLevel()) {
			text.append(" level ").append(levelKnown() ? Integer.toString(level) : "unknown");
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return text();
	}
}
