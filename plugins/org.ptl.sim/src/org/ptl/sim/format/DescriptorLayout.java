package org.ptl.sim.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.Descriptor;
import org.ptl.model.DescriptorKind;
import org.ptl.model.EnumLiteral;
import org.ptl.model.Field;
import org.ptl.model.FieldKind;
import org.ptl.model.FieldRole;
import org.ptl.model.support.Bits;

/**
 * A descriptor layout compiled for the engine: the fixed bits that identify it, its fields by name,
 * and its address fields, so that building and reading descriptors is mask arithmetic.
 */
public final class DescriptorLayout {

	private final String name;
	private final DescriptorKind kind;
	private final long fixedMask;
	private final long fixedValue;
	private final Map<String, FieldCodec> fields = new LinkedHashMap<>();
	private final List<FieldCodec> addressFields = new ArrayList<>();
	/** The address fields as arrays (mask, lowest bit, lowest address bit held): read per entry walked. */
	private final long[] addressMasks;
	private final int[] addressLows;
	private final int[] addressHeldLows;
	private final long softwareMask;
	private final long accessFlagMask;
	private final long permissionMask;

	DescriptorLayout(Descriptor descriptor) {
		this.name = descriptor.getName();
		this.kind = descriptor.getKind();
		long mask = 0;
		long value = 0;
		long software = 0;
		long accessFlag = 0;
		long permissions = 0;
		for (Field field : descriptor.getFields()) {
			if (!Bits.isWellFormed(field.getBits())) {
				continue;
			}
			FieldCodec codec = compile(field);
			fields.putIfAbsent(codec.name(), codec);
			if (field.getKind() == FieldKind.FIXED) {
				mask |= codec.mask();
				value = codec.set(value, field.getFixedValue());
			} else if (field.getKind() == FieldKind.ADDRESS) {
				addressFields.add(codec);
			} else if (field.getKind() == FieldKind.SOFTWARE) {
				software |= codec.mask();
			}
			if (field.getRole() == FieldRole.ACCESS_FLAG) {
				accessFlag |= codec.mask();
			} else if (field.getRole() == FieldRole.PERMISSION) {
				permissions |= codec.mask();
			}
		}
		this.accessFlagMask = accessFlag;
		this.permissionMask = permissions;
		this.fixedMask = mask;
		this.fixedValue = value;
		this.softwareMask = software;
		this.addressMasks = addressFields.stream().mapToLong(FieldCodec::mask).toArray();
		this.addressLows = addressFields.stream().mapToInt(FieldCodec::low).toArray();
		this.addressHeldLows = addressFields.stream().mapToInt(FieldCodec::heldLow).toArray();
	}

	private static FieldCodec compile(Field field) {
		Map<Long, String> literals = new LinkedHashMap<>();
		for (EnumLiteral literal : field.getLiterals()) {
			literals.putIfAbsent(literal.getValue(), literal.getName());
		}
		int heldLow = field.getAddressBits() != null ? Bits.low(field.getAddressBits()) : Bits.low(field.getBits());
		return new FieldCodec(field.getName(), field.getKind(), field.getBits().getHigh(), Bits.low(field.getBits()),
				literals, heldLow);
	}

	public String name() {
		return name;
	}

	public DescriptorKind kind() {
		return kind;
	}

	/** True when the value has this layout's fixed bits. */
	public boolean matches(long descriptor) {
		return (descriptor & fixedMask) == fixedValue;
	}

	public long fixedValue() {
		return fixedValue;
	}

	/** The bits whose values identify this layout (fixed fields). */
	public long fixedMask() {
		return fixedMask;
	}

	public FieldCodec field(String fieldName) {
		return fields.get(fieldName);
	}

	public Iterable<FieldCodec> fields() {
		return fields.values();
	}

	public long softwareMask() {
		return softwareMask;
	}

	/** The field whose role is the access flag, as a mask (0 when the descriptor declares none). */
	public long accessFlagMask() {
		return accessFlagMask;
	}

	/** The fields whose role is a permission, as one mask. */
	public long permissionMask() {
		return permissionMask;
	}

	/** The output address a descriptor of this layout holds. */
	public long outputAddress(long descriptor) {
		long address = 0;
		for (int i = 0; i < addressMasks.length; i++) {
			address |= (descriptor & addressMasks[i]) >>> addressLows[i] << addressHeldLows[i];
		}
		return address;
	}

	/** The descriptor with its address fields set to hold the output address. */
	public long withOutputAddress(long descriptor, long address) {
		long result = descriptor;
		for (int i = 0; i < addressMasks.length; i++) {
			result = (result & ~addressMasks[i]) | ((address >>> addressHeldLows[i] << addressLows[i]) & addressMasks[i]);
		}
		return result;
	}

	/** The output-address bits this layout can hold, as a mask of the address. */
	public long addressMask() {
		long mask = 0;
		for (FieldCodec field : addressFields) {
			mask |= (field.mask() >>> field.low()) << field.heldLow();
		}
		return mask;
	}
}
