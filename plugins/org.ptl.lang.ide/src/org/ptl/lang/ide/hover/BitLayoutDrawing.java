package org.ptl.lang.ide.hover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ptl.model.Descriptor;
import org.ptl.model.Field;
import org.ptl.model.support.Bits;

/**
 * Draws the 64-bit layout of a descriptor as monospaced text, one column per bit: two rows of bit
 * numbers (tens over units, 63 at the left as the architecture manuals draw it), then the fields
 * over their spans, {@code [--oa--]} where the name fits and a one-letter label explained in a
 * legend where it does not. Overlaid fields go to a row of their own, so no field hides another.
 * Used by the hover and meant for the PTE decoder view as well.
 */
public final class BitLayoutDrawing {

	/** A named run of bits, high &gt;= low, both within 0..63. */
	public record Span(String name, int high, int low) {

		public Span {
			if (low < 0 || high < low || high > Bits.TOP_BIT) {
				throw new IllegalArgumentException("not a span of a 64-bit descriptor: " + name + " [" + high + ":" + low + "]");
			}
		}

		int width() {
			return high - low + 1;
		}
	}

	/** Shown under bits no span covers. */
	public static final char FREE = '.';

	private static final int COLUMNS = Bits.TOP_BIT + 1;
	private static final String LEGEND_GAP = "   ";
	private static final String LABELS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private BitLayoutDrawing() {
	}

	/** The drawing of a descriptor's fields; fields with malformed ranges are left out. */
	public static String draw(Descriptor descriptor) {
		List<Span> spans = new ArrayList<>();
		for (Field field : descriptor.getFields()) {
			if (Bits.isWellFormed(field.getBits())) {
				spans.add(new Span(field.getName(), Bits.high(field.getBits()), Bits.low(field.getBits())));
			}
		}
		return draw(spans);
	}

	/** The drawing of the spans: bit-number rows, one or more span rows, then the legend. */
	public static String draw(List<Span> spans) {
		List<Span> byHighBit = new ArrayList<>(spans);
		byHighBit.sort((a, b) -> Integer.compare(b.high(), a.high()));
		List<char[]> rows = new ArrayList<>();
		List<String> legend = new ArrayList<>();
		for (Span span : byHighBit) {
			char[] row = rowWithRoom(rows, span);
			String text = cell(span, legend);
			text.getChars(0, text.length(), row, column(span.high()));
		}
		StringBuilder out = new StringBuilder();
		out.append(numberRow(10)).append('\n').append(numberRow(1)).append('\n');
		for (char[] row : rows) {
			out.append(row).append('\n');
		}
		legendLines(legend).forEach(line -> out.append(line).append('\n'));
		return out.toString();
	}

	/** The column a bit is drawn in: bit 63 in column 0. */
	public static int column(int bit) {
		return Bits.TOP_BIT - bit;
	}

	/** The first row whose columns under the span are still free, or a new one. */
	private static char[] rowWithRoom(List<char[]> rows, Span span) {
		for (char[] row : rows) {
			boolean free = true;
			for (int bit = span.high(); bit >= span.low() && free; bit--) {
				free = row[column(bit)] == FREE;
			}
			if (free) {
				return row;
			}
		}
		char[] row = new char[COLUMNS];
		Arrays.fill(row, FREE);
		rows.add(row);
		return row;
	}

	/**
	 * The span's text, exactly as wide as the span: the name bracketed and centred when it fits
	 * inside the brackets, otherwise a label the legend explains, bracketed too when the span has
	 * room and repeated over the span when it has not, so that neighbours never run together.
	 */
	private static String cell(Span span, List<String> legend) {
		int width = span.width();
		if (span.name().length() <= width - 2) {
			return "[" + centred(span.name(), width - 2) + "]";
		}
		String label = String.valueOf(LABELS.charAt(legend.size() % LABELS.length()));
		legend.add(label + " = " + span.name() + " [" + Bits.span(span.high(), span.low()) + "]");
		return width >= 3 ? "[" + centred(label, width - 2) + "]" : label.repeat(width);
	}

	/** The legend's entries, as many to a line as fit under the drawing. */
	private static List<String> legendLines(List<String> entries) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String entry : entries) {
			if (line.length() > 0 && line.length() + LEGEND_GAP.length() + entry.length() > COLUMNS) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.length() > 0 ? LEGEND_GAP : "").append(entry);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static String centred(String text, int width) {
		int left = (width - text.length()) / 2;
		return "-".repeat(left) + text + "-".repeat(width - text.length() - left);
	}

	/** The digit of each bit number at the given place (10 or 1), bit 63 first. */
	private static String numberRow(int place) {
		StringBuilder row = new StringBuilder(COLUMNS);
		for (int bit = Bits.TOP_BIT; bit >= 0; bit--) {
			row.append((char) ('0' + bit / place % 10));
		}
		return row.toString();
	}
}
