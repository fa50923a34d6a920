package org.ptl.sim.kvm;

import org.ptl.model.LibraryKind;
import org.ptl.model.OperationKind;
import org.ptl.sim.Errno;
import org.ptl.sim.maintenance.CpuFeatures;
import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.maintenance.MaintenanceEvent;
import org.ptl.sim.maintenance.MaintenanceKind;
import org.ptl.sim.maintenance.TlbFlushes;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.walk.VisitContext;
import org.ptl.sim.walk.WalkFlags;
import org.ptl.sim.walk.Walker;

/**
 * KVM's page-table library (arch/arm64/kvm/hyp/pgtable.c, Linux 6.12) over any PTL format: for
 * stage 2 map, set_owner, unmap, relax_perms, wrprotect, mkyoung, test_clear_young, split and
 * get_leaf, with the same block-or-table choices, tables freed, return codes and partial results;
 * for the EL2 stage-1 ('library hyp') map and unmap, the only operations Linux has there, and
 * -EOPNOTSUPP for the others, as for an operation the PTL operations do not describe. Which bits
 * a protection sets, which bits are permissions and software bits, and where the lock marker and
 * owner annotation sit come from the PTL 'operations' element; what a walk does with each visitor
 * outcome comes from the walker's policy.
 */
public final class PgtableLibrary {

	private final PageTable table;
	private final OperationSet operations;
	private final Walker walker;
	private final Memcache memcache;
	private final Maintenance maintenance;
	private final CpuFeatures features;
	private final EntryUpdates updates;
	private final long memoryTypeMask;
	private final long normalMemoryType;
	private final boolean hyp;
	private final UnlinkedTables unlinked;
	private final MapCalls mapCalls;

	/** The library on a machine without FWB, TLB range instructions or LPA2 (unless the format is LPA2's). */
	public PgtableLibrary(PageTable table, OperationSet operations, Walker walker, Memcache memcache,
			Maintenance maintenance) {
		this(table, operations, walker, memcache, maintenance,
				new CpuFeatures(false, false, table.codec().format().isLpa2()));
	}

	public PgtableLibrary(PageTable table, OperationSet operations, Walker walker, Memcache memcache,
			Maintenance maintenance, CpuFeatures features) {
		this.table = table;
		this.operations = operations;
		this.walker = walker;
		this.memcache = memcache;
		this.maintenance = maintenance;
		this.features = features;
		this.updates = new EntryUpdates(operations, maintenance, features);
		this.unlinked = new UnlinkedTables(this, table, walker);
		this.mapCalls = new MapCalls(this, memcache);
		this.memoryTypeMask = operations.maskFor(OperationKind.MAP, "DEVICE")
				| operations.maskFor(OperationKind.MAP, "NORMAL_NC");
		this.normalMemoryType = operations.apply(OperationKind.MAP, 0, 0) & memoryTypeMask;
		this.hyp = operations.source().getLibrary() == LibraryKind.HYP;
	}

	public PageTable table() {
		return table;
	}

	public OperationSet operations() {
		return operations;
	}

	public Walker walker() {
		return walker;
	}

	Maintenance maintenance() {
		return maintenance;
	}

	/** The CPU features the library's maintenance depends on. */
	public CpuFeatures features() {
		return features;
	}

	/** stage2_unmap_defer_tlb_flush(): with range instructions and FWB, unmap invalidates once, at the end. */
	boolean defersUnmapFlush() {
		return features.tlbRange() && features.fwb();
	}

	EntryUpdates updates() {
		return updates;
	}

	/** kvm_level_supports_block_mapping(): pages at the last level, blocks where the format has them. */
	boolean levelSupportsBlocks(int level) {
		return table.codec().leafLayout(level) != null;
	}

	/** kvm_block_mapping_supported(): a leaf at this level covers the rest of the range and is aligned. */
	boolean blockMappingSupported(VisitContext ctx, long pa, boolean paValid) {
		int level = ctx.level();
		if (!levelSupportsBlocks(level)) {
			return false;
		}
		long granule = table.geometry().entrySize(level);
		if (Long.compareUnsigned(granule, ctx.end() - ctx.addr()) > 0) {
			return false;
		}
		if (paValid && (pa & (granule - 1)) != 0) {
			return false;
		}
		return (ctx.addr() & (granule - 1)) == 0;
	}

	/** stage2_pte_cacheable(): a valid leaf of normal (not device or non-cacheable) memory. */
	boolean cacheable(long descriptor, int level) {
		return table.codec().isValid(descriptor) && (descriptor & memoryTypeMask) == normalMemoryType;
	}

	/** stage2_pte_executable(): a valid leaf that grants execute (its relax rule for X holds). */
	boolean executable(long descriptor) {
		return table.codec().isValid(descriptor) && operations.defines(OperationKind.RELAX)
				&& operations.satisfied(OperationKind.RELAX, descriptor, protBit("X"));
	}

	private long protBit(String name) {
		try {
			return operations.flags().bit(name);
		} catch (IllegalArgumentException missing) {
			return 0;
		}
	}

	private long walkFlags(OperationKind kind) {
		return walker.policy().flags().of(operations.walkFlags(kind));
	}

	/** Whether this is the EL2 stage-1 library (kvm_pgtable_hyp_*) rather than stage 2's. */
	public boolean hyp() {
		return hyp;
	}

	/** kvm_pgtable_stage2_map(), or kvm_pgtable_hyp_map() (which has no walk flags) for the hyp library. */
	public int map(long address, long size, long phys, long prot, long flags) {
		int rejected = mapCalls.rejected(prot);
		if (rejected != 0) {
			return rejected;
		}
		long pageMask = (1L << table.geometry().pageShift()) - 1;
		long attributes = mapCalls.attributes();
		if (hyp) {
			return walker.walk(table, address, size, new HypMapWalker(this, phys & ~pageMask, attributes, memcache),
					WalkFlags.LEAF);
		}
		MapWalker visitor = mapCalls.take(phys & ~pageMask, attributes);
		try {
			return walker.walk(table, address, size, visitor, flags | WalkFlags.TABLE_PRE | WalkFlags.LEAF);
		} finally {
			mapCalls.release(visitor);
		}
	}

	/** kvm_pgtable_stage2_set_owner(): annotates invalid entries, forcing pages. */
	public int setOwner(long address, long size, int owner) {
		if (hyp || !operations.hasOwnerField()) {
			return -Errno.EOPNOTSUPP;
		}
		if (owner < 0 || owner > operations.maxOwner()) {
			return -Errno.EINVAL;
		}
		MapWalker visitor = new MapWalker(this, MapWalker.PHYS_INVALID, 0, owner, true, memcache);
		return walker.walk(table, address, size, visitor, WalkFlags.TABLE_PRE | WalkFlags.LEAF);
	}

	/**
	 * kvm_pgtable_stage2_unmap(); for the hyp library kvm_pgtable_hyp_unmap(), which returns the bytes
	 * it unmapped: 0 when it unmapped the whole (page-aligned) range, else -EFAULT, as pKVM's callers
	 * turn a short unmap into.
	 */
	public int unmap(long address, long size) {
		if (hyp) {
			HypUnmapWalker visitor = new HypUnmapWalker(this);
			walker.walk(table, address, size, visitor, WalkFlags.LEAF | WalkFlags.TABLE_POST);
			long pageMask = (1L << table.geometry().pageShift()) - 1;
			long start = address & ~pageMask;
			long wanted = ((start + size + pageMask) & ~pageMask) - start;
			if (visitor.unmapped != wanted) {
				maintenance.note("hyp unmap: 0x" + Long.toHexString(visitor.unmapped) + " of 0x"
						+ Long.toHexString(wanted) + " bytes unmapped");
				return -Errno.EFAULT;
			}
			return 0;
		}
		int ret = walker.walk(table, address, size, new UnmapWalker(this), WalkFlags.LEAF | WalkFlags.TABLE_POST);
		if (defersUnmapFlush() && maintenance.wanted()) {
			TlbFlushes.vmidRange(maintenance, features, address, size, table.geometry().pageShift());
		}
		return ret;
	}

	/** kvm_pgtable_stage2_relax_perms(): adds permissions to the leaf that maps the address. */
	public int relax(long address, long prot) {
		if (!stage2Operation(OperationKind.RELAX)) {
			return -Errno.EOPNOTSUPP;
		}
		int rejected = operations.reject(OperationKind.RELAX, prot);
		if (rejected != 0) {
			return rejected;
		}
		AttributeWalker visitor = new AttributeWalker(this, OperationKind.RELAX, prot);
		int ret = walker.walk(table, address, 1, visitor, walkFlags(OperationKind.RELAX) | WalkFlags.LEAF);
		// Linux invalidates this CPU's TLB even on -EAGAIN, with a level the walk never set
		if ((ret == 0 || ret == -Errno.EAGAIN) && maintenance.wanted()) {
			maintenance.perform(MaintenanceEvent.at(MaintenanceKind.TLBI_IPA_NSH, address,
					ret == 0 ? visitor.level : MaintenanceEvent.LEVEL_UNKNOWN));
		}
		return ret;
	}

	/** kvm_pgtable_stage2_wrprotect(). */
	public int wrprotect(long address, long size) {
		if (!stage2Operation(OperationKind.WRPROTECT)) {
			return -Errno.EOPNOTSUPP;
		}
		AttributeWalker visitor = new AttributeWalker(this, OperationKind.WRPROTECT, 0);
		return walker.walk(table, address, size, visitor, walkFlags(OperationKind.WRPROTECT) | WalkFlags.LEAF);
	}

	/** kvm_pgtable_stage2_mkyoung(): the leaf's value before, or 0 when nothing was made young. */
	public long mkyoung(long address) {
		if (!stage2Operation(OperationKind.MKYOUNG)) {
			return 0;
		}
		AttributeWalker visitor = new AttributeWalker(this, OperationKind.MKYOUNG, 0);
		int ret = walker.walk(table, address, 1, visitor, walkFlags(OperationKind.MKYOUNG) | WalkFlags.LEAF);
		return ret == 0 ? visitor.originalDescriptor : 0;
	}

	/** kvm_pgtable_stage2_test_clear_young(). */
	public boolean testClearYoung(long address, long size, boolean mkold) {
		if (!stage2Operation(OperationKind.MKOLD)) {
			return false;
		}
		AgeWalker visitor = new AgeWalker(this, mkold);
		walker.walk(table, address, size, visitor, walkFlags(OperationKind.MKOLD) | WalkFlags.LEAF);
		return visitor.young;
	}

	/** kvm_pgtable_stage2_split(): best effort, with the pages of the given cache. */
	public int split(long address, long size, Memcache cache) {
		if (!stage2Operation(OperationKind.SPLIT)) {
			return -Errno.EOPNOTSUPP;
		}
		SplitWalker visitor = new SplitWalker(this, cache);
		return walker.walk(table, address, size, visitor, walkFlags(OperationKind.SPLIT) | WalkFlags.LEAF);
	}

	/** Whether the operation exists here: a stage-2 library whose PTL operations describe it. */
	private boolean stage2Operation(OperationKind kind) {
		return !hyp && operations.defines(kind);
	}

	/** kvm_pgtable_get_leaf(): the entry that maps the address and its level. */
	public Leaf leaf(long address) {
		long pageMask = (1L << table.geometry().pageShift()) - 1;
		Leaf[] found = new Leaf[1];
		int ret = walker.walk(table, address & ~pageMask, pageMask + 1, (VisitContext ctx, long visit) -> {
			found[0] = new Leaf(ctx.old(), ctx.level(), ctx.page(), ctx.index());
			return 0;
		}, WalkFlags.LEAF);
		return ret == 0 ? found[0] : null;
	}

	/** Defers the freeing of detached subtrees (free_unlinked_table) to an RCU grace period. */
	public void setRcu(Rcu rcu) {
		unlinked.setRcu(rcu);
	}

	UnlinkedTables unlinked() {
		return unlinked;
	}

	/**
	 * The entry that maps an address: its value, level and place.
	 *
	 * @param descriptor the entry's value
	 * @param level      its level
	 * @param page       the table page holding it
	 * @param index      its index in that page
	 */
	public record Leaf(long descriptor, int level, int page, int index) {
	}
}
