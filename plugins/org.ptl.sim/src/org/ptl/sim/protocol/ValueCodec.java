package org.ptl.sim.protocol;

import java.util.List;

import org.ptl.model.BoolType;
import org.ptl.model.Descriptor;
import org.ptl.model.EnumLiteral;
import org.ptl.model.EnumType;
import org.ptl.model.Field;
import org.ptl.model.ProtocolLiteral;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.RangeType;
import org.ptl.model.support.Bits;
import org.ptl.model.support.Protocols;

/**
 * How one variable's values take bits: a boolean one bit, a counter min..max the bits of max - min,
 * an enum the bits of its literals' count, a descriptor its kept fields side by side. Values are
 * handled as numbers: 0 or 1, the count itself, the literal's position, or the kept fields packed.
 */
final class ValueCodec {

	enum Kind {
		BOOL, RANGE, ENUM, DESCRIPTOR
	}

	private final Kind kind;
	private final int width;
	private final long min;
	private final long max;
	private final List<String> literals;
	private final Descriptor descriptor;
	private final List<Field> fields;
	private final int[] offsets;

	private ValueCodec(Kind kind, int width, long min, long max, List<String> literals, Descriptor descriptor,
			List<Field> fields) {
		this.kind = kind;
		this.width = width;
		this.min = min;
		this.max = max;
		this.literals = literals;
		this.descriptor = descriptor;
		this.fields = fields;
		this.offsets = new int[fields.size()];
		int offset = 0;
		for (int i = 0; i < fields.size(); i++) {
			offsets[i] = offset;
			offset += Bits.width(fields.get(i).getBits());
		}
	}

	static ValueCodec of(ProtocolVariable variable, DescriptorFields kept) {
		if (variable.getType() instanceof BoolType) {
			return new ValueCodec(Kind.BOOL, 1, 0, 1, List.of(), null, List.of());
		}
		if (variable.getType() instanceof RangeType range) {
			return new ValueCodec(Kind.RANGE, bitsFor((long) range.getMax() - range.getMin() + 1), range.getMin(),
					range.getMax(), List.of(), null, List.of());
		}
		if (variable.getType() instanceof EnumType type) {
			List<String> names = type.getLiterals().stream().map(ProtocolLiteral::getName).toList();
			return new ValueCodec(Kind.ENUM, bitsFor(names.size()), 0, names.size() - 1, names, null, List.of());
		}
		Descriptor descriptor = Protocols.descriptor(variable);
		if (descriptor == null) {
			throw new IllegalArgumentException("variable '" + variable.getName() + "' has no type the explorer knows");
		}
		List<Field> fields = kept.of(descriptor);
		int width = fields.stream().mapToInt(field -> Bits.width(field.getBits())).sum();
		return new ValueCodec(Kind.DESCRIPTOR, Math.max(1, width), 0, 0, List.of(), descriptor, fields);
	}

	static int bitsFor(long values) {
		return values <= 1 ? 1 : 64 - Long.numberOfLeadingZeros(values - 1);
	}

	Kind kind() {
		return kind;
	}

	int width() {
		return width;
	}

	long min() {
		return min;
	}

	long max() {
		return max;
	}

	List<String> literals() {
		return literals;
	}

	Descriptor descriptor() {
		return descriptor;
	}

	List<Field> fields() {
		return fields;
	}

	/** The bits a value takes: a counter is kept as its distance from min. */
	long raw(long value) {
		return kind == Kind.RANGE ? value - min : value;
	}

	long value(long raw) {
		return kind == Kind.RANGE ? raw + min : raw;
	}

	/** Whether a value is one this variable can hold. */
	boolean fits(long value) {
		return switch (kind) {
		case BOOL -> value == 0 || value == 1;
		case RANGE, ENUM -> value >= min && value <= max;
		case DESCRIPTOR -> width >= 63 || (value >>> width) == 0;
		};
	}

	/** A kept field's position within the packed descriptor, or -1 when the field is not kept. */
	int offset(Field field) {
		int index = fields.indexOf(field);
		return index < 0 ? -1 : offsets[index];
	}

	/** A 64-bit descriptor constant as kept fields; -1 when it sets bits no kept field holds. */
	long fromDescriptor(long constant) {
		long packed = 0;
		long covered = 0;
		for (int i = 0; i < fields.size(); i++) {
			covered |= Bits.mask(fields.get(i).getBits());
			packed |= Bits.extract(constant, fields.get(i).getBits()) << offsets[i];
		}
		return (constant & ~covered) != 0 ? -1 : packed;
	}

	/** The 64-bit descriptor a packed value stands for (the fields not kept are 0). */
	long toDescriptor(long packed) {
		long descriptor = 0;
		for (int i = 0; i < fields.size(); i++) {
			long value = (packed >>> offsets[i]) & ((1L << Bits.width(fields.get(i).getBits())) - 1);
			descriptor |= value << Bits.low(fields.get(i).getBits());
		}
		return descriptor;
	}

	/** A value for people: false, 3, huge, {invalid=1, protect=0}. */
	String text(long value) {
		return switch (kind) {
		case BOOL -> value != 0 ? "true" : "false";
		case RANGE -> Long.toString(value);
		case ENUM -> value >= 0 && value < literals.size() ? literals.get((int) value) : "?" + value;
		case DESCRIPTOR -> "0x" + Long.toHexString(toDescriptor(value));
		};
	}

	/** A field's value for people: its enum literal when it has one. */
	static String fieldText(Field field, long value) {
		for (EnumLiteral literal : field.getLiterals()) {
			if (literal.getValue() == value) {
				return literal.getName();
			}
		}
		return Long.toString(value);
	}
}
