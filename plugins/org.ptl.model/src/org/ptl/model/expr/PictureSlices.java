package org.ptl.model.expr;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.BitPicture;
import org.ptl.model.BitSlice;
import org.ptl.model.SliceKind;

/**
 * The slices of a layout's bit picture for concrete inputs: where each lies in the 64 bits (empty
 * slices, such as a tag of no bits, left out), what kind of bits it holds and the bits the pictured
 * address has there. What a terminal prints and an SVG draws.
 */
public final class PictureSlices {

	/** Bits high..low of the picture. */
	public record Slice(String name, SliceKind kind, int high, int low, long bits, String description) {

		public int width() {
			return high - low + 1;
		}
	}

	/** A picture: the address it shows and its slices from bit 63 down. */
	public record Picture(String name, String description, long value, List<Slice> slices) {
	}

	private PictureSlices() {
	}

	public static Picture of(LayoutEvaluation<Long, Boolean> evaluation, BitPicture picture) {
		ExpressionInterpreter<Long, Boolean> interpreter = evaluation.interpreter();
		long value = interpreter.value(picture.getValue(), true);
		List<Slice> slices = new ArrayList<>();
		for (BitSlice slice : picture.getSlices()) {
			long high = interpreter.value(slice.getHigh(), true);
			long low = slice.getLow() == null ? high : interpreter.value(slice.getLow(), true);
			if (Long.compareUnsigned(high, 63) > 0 || Long.compareUnsigned(low, high) > 0) {
				continue;
			}
			int width = (int) (high - low + 1);
			long mask = width == 64 ? -1L : (1L << width) - 1;
			slices.add(new Slice(slice.getName(), slice.getKind(), (int) high, (int) low, value >>> low & mask,
					slice.getDescription()));
		}
		slices.sort((a, b) -> Integer.compare(b.high(), a.high()));
		return new Picture(picture.getName(), picture.getDescription(), value, slices);
	}
}
