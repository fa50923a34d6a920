package org.ptl.sim.layout;

import org.ptl.model.SliceKind;
import org.ptl.model.expr.PictureSlices.Picture;
import org.ptl.model.expr.PictureSlices.Slice;

/**
 * Draws a layout's bit picture as SVG: the 64 bits of the address as a row of cells, bit 63 on the
 * left, each slice a labelled box coloured by what it holds (zeros grey, a fixed tag or region bit
 * orange, random bits violet, address bits blue), with its bit numbers and its value.
 */
public final class PictureSvg {

	private static final int CELL = 14;
	private static final int LEFT = 10;
	private static final int TOP = 40;

	private PictureSvg() {
	}

	public static String draw(Picture picture) {
		int width = LEFT * 2 + 64 * CELL;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"130\" ")
				.append("font-family=\"monospace\" font-size=\"11\">\n");
		svg.append("  <title>").append(escape(picture.name())).append("</title>\n");
		svg.append("  <text x=\"").append(LEFT).append("\" y=\"18\" font-size=\"13\">").append(escape(picture.name()))
				.append(" = 0x").append(Long.toHexString(picture.value()))
				.append(picture.description() == null ? "" : " (" + escape(picture.description()) + ")").append("</text>\n");
		for (int bit = 63; bit >= 0; bit--) {
			int x = LEFT + (63 - bit) * CELL;
			boolean set = (picture.value() >>> bit & 1) != 0;
			svg.append("  <rect x=\"").append(x).append("\" y=\"").append(TOP).append("\" width=\"").append(CELL)
					.append("\" height=\"").append(CELL + 4).append("\" fill=\"").append(colour(kindAt(picture, bit)))
					.append("\" stroke=\"#ffffff\" stroke-width=\"0.5\"/>\n");
			svg.append("  <text x=\"").append(x + CELL / 2).append("\" y=\"").append(TOP + 13)
					.append("\" text-anchor=\"middle\" fill=\"#ffffff\">").append(set ? '1' : '0').append("</text>\n");
		}
		for (Slice slice : picture.slices()) {
			int x = LEFT + (63 - slice.high()) * CELL;
			int boxWidth = slice.width() * CELL;
			svg.append("  <rect x=\"").append(x).append("\" y=\"").append(TOP - 2).append("\" width=\"").append(boxWidth)
					.append("\" height=\"").append(CELL + 8).append("\" fill=\"none\" stroke=\"#222222\"/>\n");
			String bits = slice.high() == slice.low() ? "[" + slice.high() + "]" : "[" + slice.high() + ":" + slice.low() + "]";
			svg.append(label(x + boxWidth / 2, TOP + 36, bits));
			svg.append(label(x + boxWidth / 2, TOP + 50, slice.name()));
			svg.append(label(x + boxWidth / 2, TOP + 64, "0x" + Long.toHexString(slice.bits())));
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static String label(int x, int y, String text) {
		return "  <text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"middle\">" + escape(text) + "</text>\n";
	}

	private static SliceKind kindAt(Picture picture, int bit) {
		for (Slice slice : picture.slices()) {
			if (bit <= slice.high() && bit >= slice.low()) {
				return slice.kind();
			}
		}
		return null;
	}

	private static String colour(SliceKind kind) {
		if (kind == null) {
			return "#bbbbbb";
		}
		return switch (kind) {
		case ZERO -> "#8a8a8a";
		case FIXED -> "#d9822b";
		case RANDOM -> "#8e5bc4";
		case ADDRESS -> "#3c78c3";
		case PLAIN -> "#5f9e6e";
		};
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
