package org.ptl.sim.format;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.Descriptor;
import org.ptl.model.DescriptorKind;
import org.ptl.model.Format;
import org.ptl.model.support.Formats;
import org.ptl.model.support.Geometry;

/**
 * A format compiled for the engine: its geometry, and for each level which descriptor layouts can
 * stand there, so that classifying an entry (invalid, table, block, page) and building table and
 * leaf descriptors are a few mask operations and no object is made per entry.
 */
public final class FormatCodec {

	private final Format format;
	private final Geometry geometry;
	private final long outputLimit;
	private final DescriptorLayout invalid;
	private final DescriptorLayout[] tables;
	private final DescriptorLayout[] leaves;
	/** Per level, the bits of a leaf that attributes may set (not fixed, not address): computed once, not per map. */
	private final long[] leafAttributeBits;
	private final List<DescriptorLayout> all = new ArrayList<>();
	/**
	 * Classifying an entry as masks, read for every entry walked: an entry is valid when its bits
	 * under invalidMask differ from invalidValue (any non-zero entry when the format has no invalid
	 * layout), and a table at a level above the last when it also has the table layout's fixed bits
	 * (a level without a table layout has mask 0 and value 1, which nothing matches).
	 */
	private final long invalidMask;
	private final long invalidValue;
	private final int firstLevel;
	private final int lastLevel;
	private final long[] tableMasks;
	private final long[] tableValues;

	private FormatCodec(Format format, Geometry geometry) {
		this.format = format;
		this.geometry = geometry;
		int outputBits = format.isSetOutputBits() ? format.getOutputBits() : 64;
		this.outputLimit = outputBits >= 64 ? -1L : 1L << outputBits;
		int levels = geometry.levelCount();
		this.tables = new DescriptorLayout[levels];
		this.leaves = new DescriptorLayout[levels];
		DescriptorLayout firstInvalid = null;
		for (Descriptor descriptor : Formats.descriptors(format)) {
			DescriptorLayout layout = new DescriptorLayout(descriptor);
			all.add(layout);
			if (descriptor.getKind() == DescriptorKind.INVALID) {
				firstInvalid = firstInvalid == null ? layout : firstInvalid;
				continue;
			}
			for (int level = geometry.firstLevel(); level <= geometry.lastLevel(); level++) {
				if (appliesAt(descriptor, format, level)) {
					DescriptorLayout[] slots = descriptor.getKind() == DescriptorKind.TABLE ? tables : leaves;
					int slot = level - geometry.firstLevel();
					slots[slot] = slots[slot] == null ? layout : slots[slot];
				}
			}
		}
		this.invalid = firstInvalid;
		this.invalidMask = invalid == null ? -1L : invalid.fixedMask();
		this.invalidValue = invalid == null ? 0 : invalid.fixedValue();
		this.firstLevel = geometry.firstLevel();
		this.lastLevel = geometry.lastLevel();
		this.tableMasks = new long[levels];
		this.tableValues = new long[levels];
		for (int slot = 0; slot < levels; slot++) {
			tableMasks[slot] = tables[slot] == null ? 0 : tables[slot].fixedMask();
			tableValues[slot] = tables[slot] == null ? 1 : tables[slot].fixedValue();
		}
		this.leafAttributeBits = new long[levels];
		for (int slot = 0; slot < levels; slot++) {
			leafAttributeBits[slot] = leaves[slot] == null ? 0 : ~leafFixedAndAddressMask(leaves[slot]);
		}
	}

	/** Compiles the format; fails with a message when its geometry or descriptors cannot be simulated. */
	public static FormatCodec compile(Format format) {
		Geometry geometry = Geometry.of(format);
		if (geometry == null || geometry.stride() < 1 || geometry.levelCount() < 1) {
			throw new IllegalArgumentException("format '" + format.getName() + "' has no usable geometry");
		}
		FormatCodec codec = new FormatCodec(format, geometry);
		if (codec.leaves[geometry.levelCount() - 1] == null) {
			throw new IllegalArgumentException("format '" + format.getName() + "' has no page descriptor at level "
					+ geometry.lastLevel());
		}
		return codec;
	}

	private static boolean appliesAt(Descriptor descriptor, Format format, int level) {
		if (!descriptor.getLevels().isEmpty()) {
			return descriptor.getLevels().contains(level);
		}
		return switch (descriptor.getKind()) {
		case TABLE -> level < format.getLastLevel();
		case PAGE -> level == format.getLastLevel();
		case BLOCK -> format.getBlockLevels().contains(level);
		default -> false;
		};
	}

	public Format format() {
		return format;
	}

	public Geometry geometry() {
		return geometry;
	}

	public boolean isValid(long descriptor) {
		return (descriptor & invalidMask) != invalidValue;
	}

	/** kvm_pte_table(): valid, not at the last level, and with the table layout's fixed bits. */
	public boolean isTable(long descriptor, int level) {
		if (level >= lastLevel) {
			return false;
		}
		int slot = level - firstLevel;
		return (descriptor & tableMasks[slot]) == tableValues[slot] && isValid(descriptor);
	}

	/** The kind of the entry at the level, or null for a valid entry no layout of the level accepts. */
	public DescriptorKind classify(long descriptor, int level) {
		if (!isValid(descriptor)) {
			return DescriptorKind.INVALID;
		}
		if (isTable(descriptor, level)) {
			return DescriptorKind.TABLE;
		}
		DescriptorLayout leaf = leaves[level - geometry.firstLevel()];
		return leaf != null && leaf.matches(descriptor) ? leaf.kind() : null;
	}

	/** The layout that describes the entry at the level (invalid, table, block or page), or null. */
	public DescriptorLayout layoutOf(long descriptor, int level) {
		DescriptorKind kind = classify(descriptor, level);
		if (kind == null) {
			return null;
		}
		return switch (kind) {
		case INVALID -> invalid;
		case TABLE -> tables[level - geometry.firstLevel()];
		default -> leaves[level - geometry.firstLevel()];
		};
	}

	public DescriptorLayout leafLayout(int level) {
		return leaves[level - geometry.firstLevel()];
	}

	public DescriptorLayout invalidLayout() {
		return invalid;
	}

	public List<DescriptorLayout> layouts() {
		return all;
	}

	/** A table descriptor pointing at the table page at the physical address. */
	public long tableDescriptor(long tablePa, int level) {
		DescriptorLayout table = tables[level - geometry.firstLevel()];
		if (table == null) {
			throw new IllegalStateException("format '" + format.getName() + "' has no table descriptor at level " + level);
		}
		return table.withOutputAddress(table.fixedValue(), tablePa);
	}

	/** A valid leaf (page at the last level, block above) mapping the address with the attributes. */
	public long leafDescriptor(long pa, long attributes, int level) {
		int slot = level - geometry.firstLevel();
		DescriptorLayout leaf = leaves[slot];
		return leaf.withOutputAddress(leaf.fixedValue() | (attributes & leafAttributeBits[slot]), pa);
	}

	private static long leafFixedAndAddressMask(DescriptorLayout leaf) {
		long mask = leaf.withOutputAddress(0, -1L);
		for (FieldCodec field : leaf.fields()) {
			if (field.kind() == org.ptl.model.FieldKind.FIXED) {
				mask |= field.mask();
			}
		}
		return mask;
	}

	/** The output address of a table or leaf entry at the level. */
	public long outputAddress(long descriptor, int level) {
		DescriptorLayout layout = isTable(descriptor, level) ? tables[level - geometry.firstLevel()]
				: leaves[level - geometry.firstLevel()];
		return layout == null ? 0 : layout.outputAddress(descriptor);
	}

	/** kvm_phys_is_valid(): the address fits the format's output size. */
	public boolean isPhysValid(long pa) {
		return outputLimit == -1L ? pa >= 0 : Long.compareUnsigned(pa, outputLimit) < 0;
	}

	public long outputLimit() {
		return outputLimit;
	}
}
