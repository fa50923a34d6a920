package org.ptl.lang.validation;

import java.util.List;

import org.ptl.model.DescriptorKind;
import org.ptl.model.Format;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.support.Geometry;

import org.eclipse.xtext.validation.Check;

/**
 * Checks that a format's translation geometry adds up (granule, levels, concatenated root pages,
 * input bits; DOMAIN.md §1.1) and that blocks and descriptors sit at levels the granule allows.
 */
public class GeometryValidator extends PtlCheckValidator {

	@Check
	public void geometryAddsUp(Format format) {
		Geometry geometry = Geometry.of(format);
		if (geometry == null) {
			report(PtlCheck.GEOMETRY, "granule " + format.getGranule() + " of format " + quote(format.getName())
					+ " is not a power of two", format, Literals.FORMAT__GRANULE);
			return;
		}
		String prefix = "format " + quote(format.getName()) + ": ";
		int maxStride = geometry.pageShift() - 3;
		if (!isTranslationGranule(geometry.pageShift())) {
			report(PtlCheck.GEOMETRY, prefix + "granule " + org.ptl.model.support.Sizes.text(format.getGranule())
					+ ": translation granules are 4K, 16K or 64K", format, Literals.FORMAT__GRANULE);
		} else if (geometry.stride() > maxStride) {
			report(PtlCheck.GEOMETRY, prefix + "a stride of " + geometry.stride() + " bits needs "
					+ (1L << Math.min(geometry.stride(), 62)) + " descriptors per table, but a table page of the "
					+ geometry.granuleText() + " granule holds " + (1 << maxStride) + " 8-byte descriptors (a stride of at most "
					+ maxStride + ")", format, Literals.FORMAT__STRIDE);
		} else if (format.getInputBits() > maxInputBits(format, geometry)) {
			report(PtlCheck.GEOMETRY, prefix + inputBitsLimit(format, geometry), format, Literals.FORMAT__INPUT_BITS);
		} else if (geometry.stride() < 1) {
			report(PtlCheck.GEOMETRY, prefix + "a stride of " + geometry.stride() + " bits per level resolves nothing",
					format, format.isSetStride() ? Literals.FORMAT__STRIDE : Literals.FORMAT__GRANULE);
		} else if (format.getFirstLevel() > format.getLastLevel()) {
			report(PtlCheck.GEOMETRY, prefix + "levels " + format.getFirstLevel() + ".." + format.getLastLevel()
					+ " start after they end", format, Literals.FORMAT__FIRST_LEVEL);
		} else if (format.getFirstLevel() < 0 && !format.isLpa2()) {
			report(PtlCheck.GEOMETRY, prefix + "level " + format.getFirstLevel()
					+ " exists only with LPA2 (52-bit input addresses); declare 'lpa2' or start at level 0", format,
					Literals.FORMAT__FIRST_LEVEL);
		} else if (format.isSetRootPages() && !validRootPages(format.getRootPages())) {
			report(PtlCheck.GEOMETRY, prefix + "root " + format.getRootPages()
					+ " pages: concatenated root tables come in powers of two up to " + Geometry.MAX_ROOT_PAGES,
					format, Literals.FORMAT__ROOT_PAGES);
		} else {
			checkInputBits(format, geometry, prefix);
		}
	}

	private void checkInputBits(Format format, Geometry geometry, String prefix) {
		String levels = "levels " + geometry.firstLevel() + ".." + geometry.lastLevel() + " of the "
				+ geometry.granuleText() + " granule";
		int rootBits = geometry.rootIndexBits();
		int required = geometry.requiredRootPages();
		if (rootBits < 1) {
			report(PtlCheck.GEOMETRY, prefix + format.getInputBits() + " input bits leave level " + geometry.firstLevel()
					+ " nothing to index (" + levels + " start above bit " + geometry.levelShift(geometry.firstLevel())
					+ "); start at a later level", format, Literals.FORMAT__INPUT_BITS);
		} else if (required > geometry.rootPages()) {
			String fix = required <= Geometry.MAX_ROOT_PAGES
					? "start one level earlier, or declare 'root " + required + " pages' (concatenated root tables)"
					: "start at an earlier level";
			report(PtlCheck.GEOMETRY, prefix + levels + " resolve " + geometry.resolvableBits() + " input bits, not "
					+ format.getInputBits() + "; " + fix, format, Literals.FORMAT__INPUT_BITS);
		} else if (required < geometry.rootPages()) {
			report(PtlCheck.GEOMETRY, prefix + "root " + geometry.rootPages() + " pages, but " + format.getInputBits()
					+ " input bits at level " + geometry.firstLevel() + " fill only " + required, format,
					Literals.FORMAT__ROOT_PAGES);
		} else if (format.isSetOutputBits()
				&& format.getOutputBits() > MAX_ADDRESS_BITS) {
			report(PtlCheck.GEOMETRY, prefix + "output addresses of " + format.getOutputBits()
					+ " bits: physical addresses have at most " + MAX_ADDRESS_BITS + " bits (FEAT_LPA, FEAT_LPA2, x86 MAXPHYADDR)",
					format, Literals.FORMAT__OUTPUT_BITS);
		} else if (format.isSetOutputBits() && format.getOutputBits() <= geometry.pageShift()) {
			report(PtlCheck.GEOMETRY, prefix + "output addresses of " + format.getOutputBits()
					+ " bits cannot hold a page of the " + geometry.granuleText() + " granule", format,
					Literals.FORMAT__OUTPUT_BITS);
		}
	}

	@Check
	public void blocksAtAllowedLevels(Format format) {
		Geometry geometry = Geometry.of(format);
		if (geometry == null) {
			return;
		}
		List<Integer> levels = format.getBlockLevels();
		for (int index = 0; index < levels.size(); index++) {
			String reason = BlockLevels.whyNot(format, geometry, levels.get(index));
			if (reason != null) {
				report(PtlCheck.BLOCK_LEVEL, "format " + quote(format.getName()) + " cannot have blocks at level "
						+ levels.get(index) + ": " + reason, format, Literals.FORMAT__BLOCK_LEVELS, index);
			}
		}
	}

	@Check
	public void descriptorAtPossibleLevels(org.ptl.model.Descriptor descriptor) {
		Format format = (Format) descriptor.eContainer();
		for (int index = 0; index < descriptor.getLevels().size(); index++) {
			int level = descriptor.getLevels().get(index);
			String reason = whyNotAt(descriptor.getKind(), format, level);
			if (reason != null) {
				report(PtlCheck.DESCRIPTOR_LEVEL, descriptor.getKind().getLiteral() + " descriptor "
						+ quote(descriptor.getName()) + " cannot be at level " + level + ": " + reason, descriptor,
						Literals.DESCRIPTOR__LEVELS, index);
			}
		}
	}

	/** Why a descriptor of this kind cannot be at the level of the format, or null if it can. */
	static String whyNotAt(DescriptorKind kind, Format format, int level) {
		if (level < format.getFirstLevel() || level > format.getLastLevel()) {
			return "the format has levels " + format.getFirstLevel() + ".." + format.getLastLevel();
		}
		return switch (kind) {
		case PAGE -> level == format.getLastLevel() ? null : "pages live at the last level, " + format.getLastLevel();
		case TABLE -> level < format.getLastLevel() ? null
				: "the last level, " + format.getLastLevel() + ", points to pages, not tables";
		case BLOCK -> format.getBlockLevels().contains(level) ? null
				: "the format has blocks only at levels " + format.getBlockLevels();
		case INVALID -> null;
		};
	}

	/** 4K, the smallest granule. */
	private static final int MIN_PAGE_SHIFT = 12;
	/** 64K, the largest granule. */
	private static final int MAX_PAGE_SHIFT = 16;
	/** Input and output addresses: 48 bits, 52 with FEAT_LPA2 (or FEAT_LVA/FEAT_LPA with 64K). */
	private static final int MAX_ADDRESS_BITS = 52;
	private static final int BASE_ADDRESS_BITS = 48;

	private static boolean isTranslationGranule(int pageShift) {
		return pageShift == MIN_PAGE_SHIFT || pageShift == MIN_PAGE_SHIFT + 2 || pageShift == MAX_PAGE_SHIFT;
	}

	private static int maxInputBits(Format format, Geometry geometry) {
		return format.isLpa2() || geometry.pageShift() == MAX_PAGE_SHIFT ? MAX_ADDRESS_BITS : BASE_ADDRESS_BITS;
	}

	private static String inputBitsLimit(Format format, Geometry geometry) {
		String bits = format.getInputBits() + " input bits: ";
		if (format.getInputBits() > MAX_ADDRESS_BITS) {
			return bits + "translation regimes resolve at most " + MAX_ADDRESS_BITS + " (FEAT_LPA2, or FEAT_LVA with 64K)";
		}
		return bits + "more than " + BASE_ADDRESS_BITS + " with the " + geometry.granuleText()
				+ " granule need LPA2 (52-bit addresses); declare 'lpa2'";
	}

	private static boolean validRootPages(int pages) {
		return pages >= 1 && pages <= Geometry.MAX_ROOT_PAGES && Integer.bitCount(pages) == 1;
	}
}
