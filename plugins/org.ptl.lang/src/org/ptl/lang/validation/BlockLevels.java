package org.ptl.lang.validation;

import org.ptl.model.Format;
import org.ptl.model.support.Geometry;

/**
 * Which levels may hold block descriptors, per granule, as VMSAv8-64 allows them (DOMAIN.md §1.1,
 * QEMU's lpae_block_desc_valid): 4K at levels 1 and 2 (and 0 with LPA2), 16K at level 2 (and 1
 * with LPA2), 64K at level 2 (and 1 with 52-bit output addresses). Formats with another granule or
 * an explicit stride are not VMSAv8-64 formats and only get the architecture-neutral rules.
 */
final class BlockLevels {

	private BlockLevels() {
	}

	/** Why the format cannot have blocks at the level, or null when it can. */
	static String whyNot(Format format, Geometry geometry, int level) {
		if (level < geometry.firstLevel() || level > geometry.lastLevel()) {
			return "it is outside the format's levels " + geometry.firstLevel() + ".." + geometry.lastLevel();
		}
		if (level == geometry.lastLevel()) {
			return "the last level maps pages";
		}
		if (format.isSetStride()) {
			return null;
		}
		return switch (geometry.pageShift()) {
		case 12 -> level == 1 || level == 2 || level == 0 && format.isLpa2() ? null
				: level == 0 ? "512G blocks of the 4K granule need LPA2 ('lpa2'); otherwise 4K blocks live at levels 1 and 2"
						: "the 4K granule has blocks at levels 1 and 2 only";
		case 14 -> level == 2 || level == 1 && format.isLpa2() ? null
				: level == 1 ? "64G blocks of the 16K granule need LPA2 ('lpa2'); otherwise 16K blocks live at level 2"
						: "the 16K granule has blocks at level 2 only";
		case 16 -> level == 2 || level == 1 && format.isSetOutputBits() && format.getOutputBits() == 52 ? null
				: level == 1 ? "4T blocks of the 64K granule need 52-bit output addresses; otherwise 64K blocks live at level 2"
						: "the 64K granule has blocks at level 2 only";
		default -> null;
		};
	}
}
