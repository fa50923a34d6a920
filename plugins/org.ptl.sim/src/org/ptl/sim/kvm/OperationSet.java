package org.ptl.sim.kvm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.Field;
import org.ptl.model.FlagCombination;
import org.ptl.model.Operation;
import org.ptl.model.OperationKind;
import org.ptl.model.Operations;
import org.ptl.model.OutputAddressRule;
import org.ptl.model.ProtTerm;
import org.ptl.model.SeededBug;
import org.ptl.model.RejectRule;
import org.ptl.sim.Errno;
import org.ptl.sim.format.DescriptorLayout;
import org.ptl.sim.format.FieldCodec;
import org.ptl.sim.format.FormatCodec;

/**
 * An operations element compiled for the engine: for each operation the walker flags it uses, the
 * protections it rejects and its attribute program; and the masks the page-table library needs
 * (permission bits, software bits, the break-before-make lock marker, the owner annotation field).
 */
public final class OperationSet {

	private record Compiled(List<String> walkFlags, List<long[]> rejects, List<Integer> errnos, FieldProgram program) {
	}

	private final Operations source;
	private final FormatCodec codec;
	private final ProtFlags flags;
	private final Map<OperationKind, Compiled> operations = new EnumMap<>(OperationKind.class);
	private final long permissionsMask;
	private final long softwareMask;
	private final long lockMarker;
	private final FieldCodec ownerField;
	private final int maxOwner;
	private final java.util.Set<SeededBug> bugs;

	private OperationSet(Operations source, FormatCodec codec) {
		this.source = source;
		this.codec = codec;
		this.flags = new ProtFlags(source.getProtFlags());
		DescriptorLayout leaf = codec.leafLayout(codec.geometry().lastLevel());
		long permissions = 0;
		for (Field field : source.getPermissionFields()) {
			FieldCodec compiled = leaf.field(field.getName());
			permissions |= compiled == null ? 0 : compiled.mask();
		}
		this.permissionsMask = permissions;
		this.softwareMask = leaf.softwareMask();
		DescriptorLayout invalid = codec.invalidLayout();
		FieldCodec lock = source.getLockField() == null || invalid == null ? null
				: invalid.field(source.getLockField().getName());
		this.lockMarker = lock == null ? 0 : lock.set(invalid.fixedValue(), 1);
		this.ownerField = source.getOwnerField() == null || invalid == null ? null
				: invalid.field(source.getOwnerField().getName());
		this.bugs = source.getBugs().isEmpty() ? java.util.EnumSet.noneOf(SeededBug.class)
				: java.util.EnumSet.copyOf(source.getBugs());
		this.maxOwner = source.isSetMaxOwner() ? source.getMaxOwner()
				: ownerField == null ? 0 : (int) Math.min(Integer.MAX_VALUE, ownerField.mask() >>> ownerField.low());
		for (Operation operation : source.getOperations()) {
			List<long[]> rejects = new ArrayList<>();
			List<Integer> errnos = new ArrayList<>();
			for (RejectRule reject : operation.getRejects()) {
				for (FlagCombination combination : reject.getCombinations()) {
					long set = 0;
					long clear = 0;
					for (ProtTerm term : combination.getTerms()) {
						long bit = flags.bit(term.getFlag().getName());
						if (term.isNegated()) {
							clear |= bit;
						} else {
							set |= bit;
						}
					}
					rejects.add(new long[] { set, clear });
					errnos.add(-Errno.number(reject.getErrno()).orElse(Errno.EINVAL));
				}
			}
			operations.putIfAbsent(operation.getKind(), new Compiled(List.copyOf(operation.getWalkFlags()), rejects,
					errnos, FieldProgram.compile(operation.getRules(), leaf, flags)));
		}
	}

	/** Compiles the operations for their format; fails with a message when they cannot be simulated. */
	public static OperationSet compile(Operations operations, FormatCodec codec) {
		return new OperationSet(operations, codec);
	}

	public Operations source() {
		return source;
	}

	public FormatCodec codec() {
		return codec;
	}

	public ProtFlags flags() {
		return flags;
	}

	public boolean defines(OperationKind kind) {
		return operations.containsKey(kind);
	}

	/** The walker flags the operation walks with, by name. */
	public List<String> walkFlags(OperationKind kind) {
		Compiled compiled = operations.get(kind);
		return compiled == null ? List.of() : compiled.walkFlags();
	}

	/** 0, or the error the operation returns for the protection before walking. */
	public int reject(OperationKind kind, long prot) {
		Compiled compiled = operations.get(kind);
		if (compiled == null) {
			return 0;
		}
		for (int i = 0; i < compiled.rejects().size(); i++) {
			long set = compiled.rejects().get(i)[0];
			long clear = compiled.rejects().get(i)[1];
			if ((prot & set) == set && (prot & clear) == 0) {
				return compiled.errnos().get(i);
			}
		}
		return 0;
	}

	/** The descriptor after the operation's rules for the protection. */
	public long apply(OperationKind kind, long descriptor, long prot) {
		Compiled compiled = operations.get(kind);
		return compiled == null ? descriptor : compiled.program().apply(descriptor, prot);
	}

	/** True when the operation's rules for the protection would not change the descriptor. */
	public boolean satisfied(OperationKind kind, long descriptor, long prot) {
		Compiled compiled = operations.get(kind);
		return compiled != null && compiled.program().satisfied(descriptor, prot);
	}

	/** The bits the rules of the operation for one flag change (memory type for DEVICE, say). */
	public long maskFor(OperationKind kind, String flag) {
		Compiled compiled = operations.get(kind);
		if (compiled == null) {
			return 0;
		}
		try {
			return compiled.program().maskFor(flags.bit(flag));
		} catch (IllegalArgumentException unknownFlag) {
			return 0;
		}
	}

	/** KVM_PTE_LEAF_ATTR_S2_PERMS: a remap that changes only these bits is skipped. */
	public long permissionsMask() {
		return permissionsMask;
	}

	/** KVM_PTE_LEAF_ATTR_HI_SW: a change of these bits alone is stored in place. */
	public long softwareMask() {
		return softwareMask;
	}

	/** KVM_INVALID_PTE_LOCKED, or 0 when the format has no lock marker. */
	public long lockMarker() {
		return lockMarker;
	}

	public boolean isLocked(long descriptor) {
		return lockMarker != 0 && !codec.isValid(descriptor) && (descriptor & lockMarker) == lockMarker;
	}

	/** kvm_init_invalid_leaf_owner(). */
	public long ownerAnnotation(int owner) {
		if (ownerField == null) {
			return 0;
		}
		return ownerField.set(codec.invalidLayout().fixedValue(), owner);
	}

	public int ownerOf(long descriptor) {
		return ownerField == null || codec.isValid(descriptor) ? 0 : (int) ownerField.get(descriptor);
	}

	/** Whether invalid entries can carry an owner id (the operations name an owner field). */
	public boolean hasOwnerField() {
		return ownerField != null;
	}

	/** How the map walker computes output addresses (before or since Linux 6.4). */
	public OutputAddressRule outputAddressRule() {
		return source.getOutputAddress();
	}

	/** Whether the operations carry a bug seeded on purpose. */
	public boolean seeded(SeededBug bug) {
		return !bugs.isEmpty() && bugs.contains(bug);
	}

	/** KVM_MAX_OWNER_ID. */
	public int maxOwner() {
		return maxOwner;
	}
}
