package org.ptl.gen.docs;

import java.util.List;

import org.ptl.model.Claim;
import org.ptl.model.ClaimSet;
import org.ptl.model.Descriptor;
import org.ptl.model.Field;
import org.ptl.model.FieldKind;
import org.ptl.model.support.Bits;

/**
 * A descriptor drawn as a 64-bit register: four rows of 16 bits (63..48 at the top), each field a
 * labelled box over its bits (split where it crosses a row), reserved and ignored fields shaded,
 * fixed fields tinted, and under each row a band with the software-bit claims on the descriptor,
 * coloured by claimant; claims declared shared (on the same bits) get a band each, one under the
 * other, so that none hides another.
 */
final class BitLayoutSvg {

	private static final int CELL = 48;
	private static final int PER_ROW = 16;
	private static final int ROWS = 64 / PER_ROW;
	private static final int LEFT = 10;
	private static final int ROW = 110;
	private static final int BOX_TOP = 18;
	private static final int BOX_HEIGHT = 40;
	private static final int BAND_TOP = 64;
	private static final int BAND_HEIGHT = 22;

	private BitLayoutSvg() {
	}

	static String draw(Descriptor descriptor, List<ClaimSet> claimSets) {
		StringBuilder svg = new StringBuilder();
		int width = LEFT * 2 + PER_ROW * CELL;
		java.util.Map<Claim, Integer> lanes = lanes(descriptor, claimSets);
		int extraLanes = lanes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		int rowHeight = ROW + extraLanes * (BAND_HEIGHT + 2);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" font-family=\"sans-serif\" class=\"bits\" width=\"").append(width).append("\" height=\"")
				.append(ROWS * rowHeight).append("\" viewBox=\"0 0 ").append(width).append(' ').append(ROWS * rowHeight).append("\" role=\"img\">\n");
		svg.append("<title>").append(Html.escape(descriptor.getName())).append(" bit layout</title>\n");
		svg.append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
				+ "<rect width=\"6\" height=\"6\" fill=\"#e6e6e6\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b0b0b0\" stroke-width=\"2\"/></pattern></defs>\n");
		for (int row = 0; row < ROWS; row++) {
			int top = PER_ROW * (ROWS - 1 - row);
			int y = row * rowHeight;
			for (int bit = top + PER_ROW - 1; bit >= top; bit--) {
				svg.append("<text class=\"bitno\" x=\"").append(x(bit) + CELL / 2).append("\" y=\"").append(y + 12)
						.append("\" text-anchor=\"middle\" font-size=\"9\">").append(bit).append("</text>");
			}
			svg.append('\n');
			for (Field field : descriptor.getFields()) {
				if (Bits.isWellFormed(field.getBits())) {
					box(svg, field, y, top);
				}
			}
			int index = 0;
			for (ClaimSet set : claimSets) {
				boolean here = set.getFields().stream().anyMatch(f -> f.eContainer() == descriptor);
				if (here) {
					for (Claim claim : set.getClaims()) {
						if (Bits.isWellFormed(claim.getBits())) {
							band(svg, set, claim, Html.claimColour(index), y + lanes.get(claim) * (BAND_HEIGHT + 2), top);
						}
					}
				}
				index++;
			}
		}
		return svg.append("</svg>\n").toString();
	}

	/** Per claim on the descriptor, its band's lane: the first where no earlier claim's bits meet its own. */
	private static java.util.Map<Claim, Integer> lanes(Descriptor descriptor, List<ClaimSet> claimSets) {
		java.util.Map<Claim, Integer> lanes = new java.util.LinkedHashMap<>();
		for (ClaimSet set : claimSets) {
			if (set.getFields().stream().noneMatch(f -> f.eContainer() == descriptor)) {
				continue;
			}
			for (Claim claim : set.getClaims()) {
				if (!Bits.isWellFormed(claim.getBits())) {
					continue;
				}
				int lane = 0;
				while (taken(lanes, claim, lane)) {
					lane++;
				}
				lanes.put(claim, lane);
			}
		}
		return lanes;
	}

	private static boolean taken(java.util.Map<Claim, Integer> lanes, Claim claim, int lane) {
		return lanes.entrySet().stream().anyMatch(entry -> entry.getValue() == lane
				&& Bits.low(entry.getKey().getBits()) <= Bits.high(claim.getBits())
				&& Bits.low(claim.getBits()) <= Bits.high(entry.getKey().getBits()));
	}

	private static int x(int bit) {
		return LEFT + (PER_ROW - 1 - bit % PER_ROW) * CELL;
	}

	private static void box(StringBuilder svg, Field field, int y, int rowLow) {
		int high = Math.min(Bits.high(field.getBits()), rowLow + PER_ROW - 1);
		int low = Math.max(Bits.low(field.getBits()), rowLow);
		if (high < low) {
			return;
		}
		int left = x(high);
		int width = (high - low + 1) * CELL;
		String fill = switch (field.getKind()) {
		case RESERVED, IGNORED -> "url(#hatch)";
		case FIXED -> "#dbe9f6";
		case SOFTWARE -> "#fff3d6";
		default -> "#ffffff";
		};
		String label = field.getName() + (field.getKind() == FieldKind.FIXED ? "=" + field.getFixedValue() : "");
		svg.append("<g class=\"field ").append(field.getKind().getLiteral()).append("\"><title>").append(Html.escape(field.getName()))
				.append(' ').append(Bits.text(field.getBits())).append(' ').append(field.getKind().getLiteral())
				.append(field.getDescription() == null ? "" : ": " + Html.escape(field.getDescription())).append("</title>");
		svg.append("<rect x=\"").append(left).append("\" y=\"").append(y + BOX_TOP).append("\" width=\"").append(width)
				.append("\" height=\"").append(BOX_HEIGHT).append("\" fill=\"").append(fill).append("\" stroke=\"#333\"/>");
		svg.append("<text x=\"").append(left + width / 2).append("\" y=\"").append(y + BOX_TOP + BOX_HEIGHT / 2 + 4)
				.append("\" text-anchor=\"middle\" font-size=\"11\">").append(Html.escape(fit(label, width))).append("</text></g>\n");
	}

	private static void band(StringBuilder svg, ClaimSet set, Claim claim, String colour, int y, int rowLow) {
		int high = Math.min(Bits.high(claim.getBits()), rowLow + PER_ROW - 1);
		int low = Math.max(Bits.low(claim.getBits()), rowLow);
		if (high < low) {
			return;
		}
		int left = x(high);
		int width = (high - low + 1) * CELL;
		String name = set.getName() + "." + claim.getName();
		svg.append("<g class=\"claim\"><title>claim ").append(Html.escape(name)).append(' ').append(Bits.text(claim.getBits()))
				.append("</title><rect x=\"").append(left).append("\" y=\"").append(y + BAND_TOP).append("\" width=\"").append(width)
				.append("\" height=\"").append(BAND_HEIGHT).append("\" fill=\"").append(colour).append("\" stroke=\"#333\" rx=\"3\"/>");
		svg.append("<text x=\"").append(left + width / 2).append("\" y=\"").append(y + BAND_TOP + 15)
				.append("\" text-anchor=\"middle\" font-size=\"10\">").append(Html.escape(fit(name, width))).append("</text></g>\n");
	}

	/** The label cut to what fits in the box (about 6.2 pixels a character), with an ellipsis. */
	private static String fit(String label, int width) {
		int chars = Math.max(1, (int) ((width - 2) / 6.2));
		return label.length() <= chars ? label : label.substring(0, Math.max(1, chars - 1)) + "\u2026";
	}
}
