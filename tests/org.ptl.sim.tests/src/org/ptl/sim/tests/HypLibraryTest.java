package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ptl.model.Format;
import org.ptl.model.Operations;
import org.ptl.model.WalkerPolicy;
import org.ptl.sim.Errno;
import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.kvm.OperationSet;
import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.walk.WalkPolicy;
import org.ptl.sim.walk.Walker;

/**
 * The EL2 stage-1 library (the bundled kvm_hyp_6_12, 'library hyp') behaves as Linux 6.12's
 * kvm_pgtable_hyp_map() and kvm_pgtable_hyp_unmap(): hyp_set_prot_attr() bits, no -EAGAIN and no
 * break-before-make on a remap, software-bit-only changes in place, a WARN (and no change of the
 * leaf) for any other change, an unmap that counts bytes and stops at an invalid entry, and no
 * stage-2 operations.
 */
class HypLibraryTest {

	private static final long PAGE = 4096;
	private static final long MiB = 1L << 20;
	private final List<String> maintenance = new ArrayList<>();
	private final PgtableLibrary hyp;

	HypLibraryTest() {
		FormatCodec codec = FormatCodec.compile(Models.EXAMPLES.named(Format.class, "arm64_el2_s1_4k"));
		OperationSet operations = OperationSet.compile(Models.EXAMPLES.named(Operations.class, "kvm_hyp_6_12"), codec);
		Walker walker = new Walker(WalkPolicy.compile(Models.EXAMPLES.named(WalkerPolicy.class, "mainline_6_2")));
		hyp = new PgtableLibrary(new PageTable(codec, 0), operations, walker, Memcache.of(Memcache.UNLIMITED),
				new org.ptl.sim.maintenance.Maintenance() {

					@Override
					public void perform(org.ptl.sim.maintenance.MaintenanceEvent event) {
						maintenance.add(event.text());
					}

					@Override
					public void note(String text) {
						maintenance.add(text);
					}
				});
	}

	private long prot(String... flags) {
		return hyp.operations().flags().of(List.of(flags));
	}

	private long pte(long va) {
		PgtableLibrary.Leaf leaf = hyp.leaf(va);
		return leaf == null ? 0 : leaf.descriptor();
	}

	@Test
	void protectionsBecomeHypSetProtAttrBits() {
		assertTrue(hyp.hyp(), "kvm_hyp_6_12 is the hyp library");
		assertEquals(0, hyp.map(0x80000000L, PAGE, 0x80000000L, prot("R", "W"), 0));
		assertEquals(0x0040000080000743L, pte(0x80000000L), "PAGE_HYP: AP RW, SH inner, AF, XN");
		assertEquals(0, hyp.map(0x80001000L, PAGE, 0x80001000L, prot("R", "X"), 0));
		assertEquals(0x00000000800017c3L, pte(0x80001000L), "PAGE_HYP_EXEC: AP RO, no XN");
		assertEquals(0, hyp.map(0x80200000L, 2 * MiB, 0x80200000L, prot("R", "DEVICE"), 0));
		assertEquals(0x00400000802007d1L, pte(0x80200000L), "PAGE_HYP_DEVICE block: MAIR index 4");
		assertEquals(-Errno.EINVAL, hyp.map(0x80002000L, PAGE, 0x80002000L, prot("W"), 0), "no R");
		assertEquals(-Errno.EINVAL, hyp.map(0x80002000L, PAGE, 0x80002000L, prot("R", "W", "X"), 0), "W and X");
		assertEquals(-Errno.EINVAL, hyp.map(0x80002000L, PAGE, 0x80002000L, prot("R", "X", "DEVICE"), 0));
		assertEquals(0, pte(0x80002000L), "a rejected protection changes nothing");
	}

	@Test
	void remappingTheSameLeafOrItsSoftwareBitsNeedsNoBreakBeforeMake() {
		assertEquals(0, hyp.map(0x80000000L, PAGE, 0x80000000L, prot("R", "W"), 0));
		maintenance.clear();
		assertEquals(0, hyp.map(0x80000000L, PAGE, 0x80000000L, prot("R", "W"), 0), "the same mapping again");
		assertEquals(0, hyp.map(0x80000000L, PAGE, 0x80000000L, prot("R", "W", "SW1"), 0), "software bits only");
		assertEquals(0x0140000080000743L, pte(0x80000000L));
		assertTrue(maintenance.isEmpty(), "no TLBI, no cache maintenance: " + maintenance);
	}

	@Test
	void changingAValidLeafBeyondItsSoftwareBitsWarnsAndLeavesIt() {
		assertEquals(0, hyp.map(0x80000000L, PAGE, 0x80000000L, prot("R", "W"), 0));
		maintenance.clear();
		assertEquals(-Errno.EINVAL, hyp.map(0x80000000L, PAGE, 0x80000000L, prot("R"), 0),
				"hyp_map_walker() returns -EINVAL at the last level after the WARN");
		assertEquals(0x0040000080000743L, pte(0x80000000L), "the leaf is unchanged");
		assertTrue(maintenance.stream().anyMatch(line -> line.startsWith("WARN")), maintenance.toString());
	}

	@Test
	void unmapCountsBytesAndStopsAtAnInvalidEntry() {
		int empty = hyp.table().pool().livePages();
		assertEquals(0, hyp.map(0x80000000L, 2 * PAGE, 0x80000000L, prot("R", "W"), 0));
		assertEquals(0, hyp.unmap(0x80000000L, 2 * PAGE));
		assertEquals(0, pte(0x80000000L));
		assertEquals(empty, hyp.table().pool().livePages(), "emptied tables are freed");
		assertTrue(maintenance.contains("TLBI VALE2IS 0x80000000 level 3"), maintenance.toString());

		assertEquals(0, hyp.map(0x80000000L, PAGE, 0x80000000L, prot("R", "W"), 0));
		assertEquals(-Errno.EFAULT, hyp.unmap(0x80000000L, 2 * PAGE),
				"the second page is not mapped: the walk stops with fewer bytes unmapped than asked");
		assertEquals(0, pte(0x80000000L), "what was mapped before the invalid entry is unmapped");
	}

	@Test
	void unmappingPartOfABlockFails() {
		assertEquals(0, hyp.map(0x80200000L, 2 * MiB, 0x80200000L, prot("R", "W"), 0));
		assertEquals(-Errno.EFAULT, hyp.unmap(0x80200000L, PAGE));
		assertEquals(0x0040000080200741L, pte(0x80200000L), "hyp_unmap_walker() refuses to cut a block: it stays");
	}

	@Test
	void stage2OperationsAreNotThere() {
		assertEquals(0, hyp.map(0x80000000L, PAGE, 0x80000000L, prot("R", "W"), 0));
		assertEquals(-Errno.EOPNOTSUPP, hyp.relax(0x80000000L, prot("W")));
		assertEquals(-Errno.EOPNOTSUPP, hyp.wrprotect(0x80000000L, PAGE));
		assertEquals(-Errno.EOPNOTSUPP, hyp.setOwner(0x80000000L, PAGE, 1));
		assertEquals(-Errno.EOPNOTSUPP, hyp.split(0x80000000L, PAGE, Memcache.of(1)));
		assertEquals(0, hyp.mkyoung(0x80000000L));
		assertEquals(0x0040000080000743L, pte(0x80000000L), "nothing changed");
	}
}
