package org.ptl.sim.casemate;

import org.ptl.sim.monitor.BbmEvent;

/**
 * The register operand of a TLBI by address, as casemate's tool records it ({@code (value V)}): the
 * address's bits [55:12] in bits [43:0] and the TTL hint in bits [47:44] (granule in TTL[3:2], 0b01
 * for 4K, 0b10 for 16K, 0b11 for 64K; level in TTL[1:0]; TTL 0 when the level is unknown).
 */
public final class TlbiOperand {

	private static final long ADDRESS_BITS = (1L << 44) - 1;

	private TlbiOperand() {
	}

	public static long address(long operand) {
		return (operand & ADDRESS_BITS) << 12;
	}

	/** The level the TTL hint names, or {@link BbmEvent.Tlbi#LEVEL_UNKNOWN}. */
	public static int level(long operand) {
		int ttl = (int) (operand >>> 44) & 0xf;
		return ttl == 0 ? BbmEvent.Tlbi.LEVEL_UNKNOWN : ttl & 3;
	}

	/** The operand for an address and level (level unknown: no TTL) with pages of 1 << pageShift bytes. */
	public static long of(long address, int level, int pageShift) {
		long operand = (address >>> 12) & ADDRESS_BITS;
		if (level != BbmEvent.Tlbi.LEVEL_UNKNOWN && level >= 0 && level <= 3) {
			long granule = pageShift == 14 ? 2 : pageShift == 16 ? 3 : 1;
			operand |= (granule << 2 | level) << 44;
		}
		return operand;
	}
}
