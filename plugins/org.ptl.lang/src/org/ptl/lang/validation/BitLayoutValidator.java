package org.ptl.lang.validation;

import static org.ptl.model.support.Bits.isWellFormed;
import static org.ptl.model.support.Bits.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.ptl.model.BitRange;
import org.ptl.model.Claim;
import org.ptl.model.DescriptorKind;
import org.ptl.model.EnumLiteral;
import org.ptl.model.Field;
import org.ptl.model.FieldKind;
import org.ptl.model.Format;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.support.Bits;
import org.ptl.model.support.Geometry;

/**
 * Checks the bit layout of descriptors: well-formed ranges, fields that share bits, address fields
 * that do not start at the page shift, and values that do not fit their fields.
 */
public class BitLayoutValidator extends PtlCheckValidator {

	/** How many overlapped fields a finding names before it only counts the rest. */
	private static final int NAMED_OVERLAPS = 3;

	@Check
	public void rangeIsWellFormed(BitRange range) {
		String owner = ownerText(range);
		if (range.getHigh() > Bits.TOP_BIT) {
			report(PtlCheck.BITS_RANGE, owner + " " + text(range) + " passes bit 63: descriptors have 64 bits", range,
					null);
		} else if (Bits.low(range) > range.getHigh()) {
			report(PtlCheck.BITS_RANGE, owner + " " + text(range) + " is reversed: write the high bit first, ["
					+ Bits.low(range) + ":" + range.getHigh() + "]", range, null);
		}
	}

	/**
	 * One finding per field that shares bits with earlier fields, naming the first few of them: N
	 * copies of one field give N - 1 findings, not N(N-1)/2.
	 */
	@Check
	public void fieldsDoNotOverlap(org.ptl.model.Descriptor descriptor) {
		List<Field> fields = descriptor.getFields();
		for (int later = 1; later < fields.size(); later++) {
			Field field = fields.get(later);
			if (!isWellFormed(field.getBits())) {
				continue;
			}
			long mask = Bits.mask(field.getBits());
			List<Field> overlapped = new ArrayList<>();
			long shared = 0;
			int count = 0;
			for (int earlier = 0; earlier < later; earlier++) {
				Field other = fields.get(earlier);
				if (!isWellFormed(other.getBits()) || overlays(field, other) || (mask & Bits.mask(other.getBits())) == 0) {
					continue;
				}
				count++;
				shared |= mask & Bits.mask(other.getBits());
				if (overlapped.size() < NAMED_OVERLAPS) {
					overlapped.add(other);
				}
			}
			if (count > 0) {
				report(PtlCheck.FIELD_OVERLAP, overlapMessage(descriptor, field, overlapped, count, shared), field,
						Literals.NAMED__NAME);
			}
		}
	}

	private static String overlapMessage(org.ptl.model.Descriptor descriptor, Field field, List<Field> overlapped,
			int count, long shared) {
		String others = overlapped.stream().map(other -> quote(other.getName()) + " " + text(other.getBits()))
				.collect(Collectors.joining(", "));
		String more = count > overlapped.size() ? " and " + (count - overlapped.size()) + " more" : "";
		String names = overlapped.stream().map(Field::getName).collect(Collectors.joining(", "));
		return "field " + quote(field.getName()) + " " + text(field.getBits()) + " overlaps field"
				+ (count == 1 ? " " : "s ") + others + more + " in descriptor " + quote(descriptor.getName()) + " at "
				+ Bits.describe(shared) + "; if it reuses them on purpose, declare it 'overlays " + names + "'";
	}

	@Check
	public void addressFieldStartsAtPageShift(Field field) {
		if (field.getKind() != FieldKind.ADDRESS || field.getAddressBits() != null || !isWellFormed(field.getBits())) {
			return;
		}
		Format format = EcoreUtil2.getContainerOfType(field, Format.class);
		Geometry geometry = format == null ? null : Geometry.of(format);
		if (geometry == null) {
			return;
		}
		String misaligned = misalignment(field, format, geometry);
		if (misaligned != null) {
			report(PtlCheck.ADDRESS_ALIGNMENT, misaligned + "; if the field holds other address bits, say which with"
					+ " 'holds [high:low]'", field, Literals.FIELD__BITS);
		}
	}

	/**
	 * Why an address field of a descriptor does not start where output addresses of the format start
	 * (the page shift, or a block level's shift for a block), or null if it does. The format may be
	 * one that takes the descriptor from another ({@code descriptors from}).
	 */
	static String misalignment(Field field, Format format, Geometry geometry) {
		int low = Bits.low(field.getBits());
		if (low == geometry.pageShift() || isBlockShift(field, format, geometry, low)) {
			return null;
		}
		return "address field " + quote(field.getName()) + " " + text(field.getBits()) + " starts at bit " + low
				+ ", but output addresses of the " + geometry.granuleText() + " granule start at bit "
				+ geometry.pageShift() + " (the page shift)";
	}

	@Check
	public void addressFieldHoldsAsManyBitsAsItHas(Field field) {
		BitRange held = field.getAddressBits();
		if (held == null || !isWellFormed(held) || !isWellFormed(field.getBits())) {
			return;
		}
		if (Bits.width(held) != Bits.width(field.getBits())) {
			report(PtlCheck.ADDRESS_BITS, "address field " + quote(field.getName()) + " " + text(field.getBits())
					+ " has " + Bits.width(field.getBits()) + " bits but holds output-address bits " + text(held)
					+ ", which are " + Bits.width(held), field, Literals.FIELD__ADDRESS_BITS);
		}
	}

	@Check
	public void valuesFitTheirField(Field field) {
		if (!isWellFormed(field.getBits())) {
			return;
		}
		int width = Bits.width(field.getBits());
		if (field.getKind() == FieldKind.FIXED && !Bits.fits(field.getFixedValue(), width)) {
			report(PtlCheck.VALUE_WIDTH, "value " + field.getFixedValue() + " does not fit field "
					+ quote(field.getName()) + " " + text(field.getBits()) + " (" + plural(width, "bit") + ")", field,
					Literals.FIELD__FIXED_VALUE);
		}
		for (EnumLiteral literal : field.getLiterals()) {
			if (!Bits.fits(literal.getValue(), width)) {
				report(PtlCheck.VALUE_WIDTH, "literal " + quote(literal.getName()) + " = " + literal.getValue()
						+ " does not fit field " + quote(field.getName()) + " " + text(field.getBits()) + " ("
						+ plural(width, "bit") + ")", literal, Literals.ENUM_LITERAL__VALUE);
			}
		}
	}

	@Check
	public void enumLiteralsAreDistinct(Field field) {
		Map<Long, EnumLiteral> seen = new HashMap<>();
		for (EnumLiteral literal : field.getLiterals()) {
			EnumLiteral first = seen.putIfAbsent(literal.getValue(), literal);
			if (first != null) {
				report(PtlCheck.ENUM_DUPLICATE, "literals " + quote(first.getName()) + " and " + quote(literal.getName())
						+ " of field " + quote(field.getName()) + " share the value " + literal.getValue(), literal,
						Literals.ENUM_LITERAL__VALUE);
			}
		}
	}

	private static boolean overlays(Field a, Field b) {
		return a.getOverlays().contains(b) || b.getOverlays().contains(a);
	}

	/** A block descriptor's address may start at the shift of a level its blocks live at. */
	private static boolean isBlockShift(Field field, Format format, Geometry geometry, int low) {
		org.ptl.model.Descriptor descriptor = (org.ptl.model.Descriptor) field.eContainer();
		if (descriptor.getKind() != DescriptorKind.BLOCK) {
			return false;
		}
		List<Integer> levels = descriptor.getLevels().isEmpty() ? format.getBlockLevels() : descriptor.getLevels();
		return levels.stream().anyMatch(level -> geometry.levelShift(level) == low);
	}

	private static String ownerText(BitRange range) {
		EObject owner = range.eContainer();
		if (owner instanceof Field field) {
			return (range == field.getAddressBits() ? "address bits of field " : "field ") + quote(field.getName());
		}
		if (owner instanceof Claim claim) {
			return "claim " + quote(claim.getName());
		}
		return "bit range";
	}
}
