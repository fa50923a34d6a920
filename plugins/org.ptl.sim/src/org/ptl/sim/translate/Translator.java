package org.ptl.sim.translate;

import org.ptl.model.AccessKind;
import org.ptl.model.DescriptorKind;
import org.ptl.model.FaultKind;
import org.ptl.model.OperationKind;
import org.ptl.sim.format.DescriptorLayout;
import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.kvm.OperationSet;
import org.ptl.sim.table.PageTable;

/**
 * Translates an input address as the hardware walker does (QEMU's get_phys_addr_lpae is the
 * reference, DOMAIN.md 1.8): an invalid entry or a leaf where the level allows none is a
 * translation fault at that level; an output address (a leaf's, or the next-level table's) at or
 * above the output size is an address size fault; a leaf whose access flag is clear (its mkyoung
 * rule does not hold) is an access flag fault; an access its permissions do not grant (the relax
 * rule for R, W or X does not hold) is a permission fault.
 */
public final class Translator {

	private final PageTable table;
	private final OperationSet operations;

	public Translator(PageTable table, OperationSet operations) {
		this.table = table;
		this.operations = operations;
	}

	public Translation translate(long address, AccessKind access) {
		FormatCodec codec = table.codec();
		int level = table.geometry().firstLevel();
		if (Long.compareUnsigned(address, table.inputLimit()) >= 0) {
			return Translation.fault(FaultKind.TRANSLATION, level);
		}
		int page = table.rootPage() + table.rootPageIndex(address);
		while (true) {
			long descriptor = table.read(page, table.index(address, level));
			DescriptorKind kind = codec.classify(descriptor, level);
			if (kind == null || kind == DescriptorKind.INVALID) {
				return Translation.fault(FaultKind.TRANSLATION, level);
			}
			if (kind == DescriptorKind.TABLE) {
				// The next-level table's address is checked like any output address (QEMU's
				// get_phys_addr_lpae() checks every descriptor's address field, DOMAIN.md 1.8).
				if (!codec.isPhysValid(codec.outputAddress(descriptor, level))) {
					return Translation.fault(FaultKind.ADDRESS_SIZE, level);
				}
				page = table.childPage(descriptor, level);
				level++;
				continue;
			}
			DescriptorLayout leaf = codec.leafLayout(level);
			long size = table.geometry().entrySize(level);
			long output = leaf.outputAddress(descriptor) & -size | (address & (size - 1));
			if (!codec.isPhysValid(output)) {
				return Translation.fault(FaultKind.ADDRESS_SIZE, level);
			}
			if (operations.defines(OperationKind.MKYOUNG)
					&& !operations.satisfied(OperationKind.MKYOUNG, descriptor, 0)) {
				return Translation.fault(FaultKind.ACCESS_FLAG, level);
			}
			if (!permits(descriptor, access)) {
				return Translation.fault(FaultKind.PERMISSION, level);
			}
			return Translation.of(output, level);
		}
	}

	private boolean permits(long descriptor, AccessKind access) {
		if (!operations.defines(OperationKind.RELAX)) {
			return true;
		}
		String flag = switch (access) {
		case READ -> "R";
		case WRITE -> "W";
		case EXEC -> "X";
		};
		try {
			return operations.satisfied(OperationKind.RELAX, descriptor, operations.flags().bit(flag));
		} catch (IllegalArgumentException noSuchFlag) {
			return true;
		}
	}
}
