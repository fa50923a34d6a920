package org.ptl.sim.monitor;

/**
 * One break of the protocol: the rule, which CPU broke it with which event, and the entry, with its
 * value before and after, each decoded with the table's format.
 *
 * @param kind       the rule broken
 * @param cpu        the CPU whose event broke it
 * @param event      the number of the event in the stream the monitor was given (from 0)
 * @param table      the table's name
 * @param entry      the physical address of the descriptor (or of the page, for a page rule)
 * @param level      the descriptor's level, or {@code Integer.MIN_VALUE} when none
 * @param address    the input address the descriptor maps
 * @param before     its value before the event
 * @param after      its value after (the value written)
 * @param beforeText the value before, decoded
 * @param afterText  the value after, decoded
 * @param detail     what else there is to say (the CPU that left the entry unclean), or ""
 */
public record Violation(ViolationKind kind, int cpu, long event, String table, long entry, int level, long address,
		long before, long after, String beforeText, String afterText, String detail) {

	public String message() {
		return kind.message();
	}

	/**
	 * "BBM valid->valid: s2 L3 entry for 0x1000 (pa 0xf000003008) by cpu 1 at event 12: 0x... (page
	 * ...) -> 0x... (page ...)".
	 */
	public String text() {
		StringBuilder text = new StringBuilder(kind.message()).append(": ").append(table);
		if (level != Integer.MIN_VALUE) {
			text.append(" L").append(level).append(" entry for 0x").append(Long.toHexString(address));
		}
		text.append(" (pa 0x").append(Long.toHexString(entry)).append(") by cpu ").append(cpu).append(" at event ")
				.append(event);
		if (level != Integer.MIN_VALUE) {
			text.append(": 0x").append(Long.toHexString(before)).append(" (").append(beforeText).append(") -> 0x")
					.append(Long.toHexString(after)).append(" (").append(afterText).append(")");
		}
		if (!detail.isEmpty()) {
			text.append("; ").append(detail);
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return text();
	}
}
