package org.ptl.sim.translate;

import org.ptl.model.FaultKind;

/**
 * What translating an input address gives: an output address, or a fault of a kind at a level.
 *
 * @param outputAddress the output address when there is no fault
 * @param fault         the fault, or null
 * @param level         the level the walk ended at (the fault's level)
 */
public record Translation(long outputAddress, FaultKind fault, int level) {

	public static Translation of(long outputAddress, int level) {
		return new Translation(outputAddress, null, level);
	}

	public static Translation fault(FaultKind kind, int level) {
		return new Translation(0, kind, level);
	}

	public boolean faulted() {
		return fault != null;
	}

	public String text() {
		if (!faulted()) {
			return "0x" + Long.toHexString(outputAddress) + " (leaf at level " + level + ")";
		}
		String kind = switch (fault) {
		case TRANSLATION -> "translation fault";
		case PERMISSION -> "permission fault";
		case ACCESS_FLAG -> "access flag fault";
		case ADDRESS_SIZE -> "address size fault";
		};
		return kind + " at level " + level;
	}
}
