package org.ptl.sim.tests;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.Format;
import org.ptl.model.Operations;
import org.ptl.model.WalkerPolicy;
import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.kvm.OperationSet;
import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.maintenance.CpuFeatures;
import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.maintenance.MaintenanceEvent;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.table.TablePool;
import org.ptl.sim.walk.WalkFlags;
import org.ptl.sim.walk.WalkPolicy;
import org.ptl.sim.walk.Walker;

/**
 * A stage-2 page table as Linux 6.12 builds it for a 40-bit IPA (DOMAIN.md §7): the bundled format
 * arm64_s2_4k_40 changed by the bundled operations kvm_stage2_6_12 and walked under the bundled
 * policy mainline_6_2 (the walk semantics of 6.2 to 6.18), with a memcache the test can refill or
 * take away and a record of the TLB and cache maintenance performed. Protections are written by
 * flag name, as in the kernel: {@code map(ipa, size, pa, "R", "W")}.
 */
final class Stage2 {

	static final long KiB = 1L << 10;
	static final long MiB = 1L << 20;
	static final long GiB = 1L << 30;
	static final long PAGE = 4 * KiB;
	static final long IPA_LIMIT = 1L << 40;

	/** Walk flags of the fault path (user_mem_abort): KVM_PGTABLE_WALK_HANDLE_FAULT | SHARED. */
	static final long FAULT_PATH = WalkFlags.HANDLE_FAULT | WalkFlags.SHARED;

	final Memcache memcache = Memcache.of(Memcache.UNLIMITED);
	final List<String> maintenance = new ArrayList<>();
	/** The maintenance as events, and every descriptor write among them, in order. */
	final EventRecorder events;
	final PgtableLibrary library;

	Stage2() {
		this(Models.EXAMPLES.named(Format.class, "arm64_s2_4k_40"), 0);
	}

	/** The same operations and policy on another format (a test fixture's). */
	Stage2(Format format, long seed) {
		this(format, seed, CpuFeatures.NONE);
	}

	/** The bundled 40-bit stage 2 on a CPU with the given features. */
	Stage2(CpuFeatures features) {
		this(Models.EXAMPLES.named(Format.class, "arm64_s2_4k_40"), 0, features);
	}

	private Stage2(Format format, long seed, CpuFeatures features) {
		FormatCodec codec = FormatCodec.compile(format);
		Operations kvm = Models.EXAMPLES.named(Operations.class, "kvm_stage2_6_12");
		OperationSet operations = OperationSet.compile(kvm, codec);
		Walker walker = new Walker(WalkPolicy.compile(Models.EXAMPLES.named(WalkerPolicy.class, "mainline_6_2")));
		PageTable table = new PageTable(codec, seed);
		events = new EventRecorder(table);
		Maintenance both = new Maintenance() {

			@Override
			public void perform(MaintenanceEvent event) {
				maintenance.add(event.text());
				events.perform(event);
			}

			@Override
			public void note(String text) {
				maintenance.add(text);
			}
		};
		library = new PgtableLibrary(table, operations, walker, memcache, both, features);
	}

	PageTable table() {
		return library.table();
	}

	TablePool pool() {
		return library.table().pool();
	}

	/** A kvm_pgtable_prot value: R, W, X, DEVICE, NORMAL_NC, SW0..SW3. */
	long prot(String... flags) {
		return library.operations().flags().of(List.of(flags));
	}

	/** kvm_pgtable_stage2_map() with walk flags 0, as the MMU notifiers and pKVM's host call it. */
	int map(long ipa, long size, long pa, String... prot) {
		return library.map(ipa, size, pa, prot(prot), 0);
	}

	/** kvm_pgtable_stage2_map() as the fault path calls it (HANDLE_FAULT | SHARED). */
	int mapOnFaultPath(long ipa, long size, long pa, String... prot) {
		return library.map(ipa, size, pa, prot(prot), FAULT_PATH);
	}

	/** The entry that maps the address (kvm_pgtable_get_leaf()); 0 when none does. */
	long pte(long ipa) {
		PgtableLibrary.Leaf leaf = library.leaf(ipa);
		return leaf == null ? 0 : leaf.descriptor();
	}

	/** The level of the entry that maps the address. */
	int level(long ipa) {
		return library.leaf(ipa).level();
	}

	/** Table pages allocated and not freed, the two concatenated root pages included. */
	int tablePages() {
		return pool().livePages();
	}

	/** Valid leaves at the level within the range. */
	long leaves(long ipa, long size, int level) {
		long[] count = { 0 };
		library.walker().walk(table(), ipa, size, (ctx, visit) -> {
			if (ctx.table().codec().isValid(ctx.old()) && ctx.level() == level) {
				count[0]++;
			}
			return 0;
		}, WalkFlags.LEAF);
		return count[0];
	}

	/** Removes the memcache: operations that need a table page get -ENOMEM. */
	void noMemcache() {
		memcache.set(-1);
	}

	/**
	 * Every entry of the table, tables and leaves, as "L2 0x200000 = 0x...", in walk order, with the
	 * count of table pages and memcache pages: two snapshots are equal when nothing changed.
	 */
	List<String> snapshot() {
		List<String> entries = new ArrayList<>();
		entries.add(tablePages() + " table pages, " + memcache.pages() + " memcache pages");
		library.walker().walk(table(), 0, IPA_LIMIT, (ctx, visit) -> {
			if (ctx.old() != 0) {
				entries.add("L" + ctx.level() + " " + hex(ctx.addr()) + " = " + hex(ctx.old()));
			}
			return 0;
		}, WalkFlags.LEAF | WalkFlags.TABLE_PRE);
		return entries;
	}

	/** True when some maintenance since the last {@code maintenance.clear()} was a TLB invalidation. */
	boolean invalidatedTlb() {
		return maintenance.stream().anyMatch(operation -> operation.startsWith("TLBI"));
	}

	static String hex(long value) {
		return "0x" + Long.toHexString(value);
	}
}
