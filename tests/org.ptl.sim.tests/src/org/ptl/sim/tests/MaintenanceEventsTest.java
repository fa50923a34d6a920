package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ptl.sim.tests.Stage2.GiB;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ptl.sim.Errno;
import org.ptl.sim.maintenance.CpuFeatures;
import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.maintenance.MaintenanceEvent;
import org.ptl.sim.maintenance.MaintenanceKind;
import org.ptl.sim.maintenance.TlbFlushes;

/**
 * DOMAIN.md §8, paragraph by paragraph: the TLB and cache maintenance of Linux 6.12's stage-2 code
 * as events with kind, address, size or level, in order with the descriptor writes, on a CPU without
 * FWB, TLB range instructions or LPA2 unless a test says otherwise. A 2 MiB R|W block at 0x200000
 * maps 0x8000200000 (0x400080002007fd); the table pages sit at 0xf000000000 up (the two root pages,
 * then 0xf000002000 for the first level-2 table, 0xf000003000 for the first level-3 table).
 */
class MaintenanceEventsTest {

	private static final CpuFeatures FWB = new CpuFeatures(true, false, false);
	private static final CpuFeatures RANGE = new CpuFeatures(false, true, false);
	private static final CpuFeatures FWB_AND_RANGE = new CpuFeatures(true, true, false);

	/** §8 ¶2: unmap of a cacheable leaf: TLBI at its level, then DC CIVAC of its whole output range. */
	@Test
	void unmapInvalidatesThenCleansTheBlocksOutputRange() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R", "W"), "a 2 MiB block");
		s2.events.clear();
		assertEquals(0, s2.library.unmap(0x20_0000, 2 * MiB));
		assertEquals(List.of(
				"write L2 0x200000 0x400080002007fd -> 0x0 plain",
				"TLBI IPA 0x200000 level 2",
				"DC CIVAC 0x8000200000+0x200000",
				"write L1 0x0 0xf000002003 -> 0x0 plain",
				"TLBI IPA 0x200000 level unknown"), s2.events.lines(),
				"the leaf, its TLBI and clean; then the emptied level-2 table's entry, with a TLBI of unknown level");
	}

	/** §8 ¶2: with FWB, clean_dcache_guest_page() does nothing. */
	@Test
	void unmapOnAFwbCpuDoesNotClean() {
		Stage2 s2 = new Stage2(FWB);
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R", "W"));
		s2.events.clear();
		assertEquals(0, s2.library.unmap(0x20_0000, 2 * MiB));
		assertEquals(List.of(
				"write L2 0x200000 0x400080002007fd -> 0x0 plain",
				"TLBI IPA 0x200000 level 2",
				"write L1 0x0 0xf000002003 -> 0x0 plain",
				"TLBI IPA 0x200000 level unknown"), s2.events.lines());
	}

	/** §3.5: with range instructions and FWB, unmap defers the leaves' TLBIs to one range at the end. */
	@Test
	void unmapOnAFwbCpuWithRangesDefersTheLeafInvalidations() {
		Stage2 s2 = new Stage2(FWB_AND_RANGE);
		assertEquals(0, s2.map(0x20_0000, 2 * PAGE, 0x80_0020_0000L, "R", "W"), "two pages");
		s2.events.clear();
		assertEquals(0, s2.library.unmap(0x20_0000, 2 * MiB));
		assertEquals(List.of(
				"write L3 0x200000 0x400080002007ff -> 0x0 plain",
				"write L3 0x201000 0x400080002017ff -> 0x0 plain",
				"write L2 0x200000 0xf000003003 -> 0x0 plain",
				"TLBI IPA 0x200000 level unknown",
				"write L1 0x0 0xf000002003 -> 0x0 plain",
				"TLBI IPA 0x200000 level unknown",
				"TLBI VMID range 0x200000+0x200000"), s2.events.lines(),
				"table entries are still invalidated at once; the pages only by the final range");
	}

	/** §8 ¶1: replacing a table entry (coalescing into a block) without range instructions flushes the VMID. */
	@Test
	void coalescingFlushesTheWholeVmidWithoutRangeInstructions() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x20_0000, 2 * PAGE, 0x80_0020_0000L, "R", "W"), "two pages under a level-3 table");
		s2.events.clear();
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R", "W"), "the whole 2 MiB as a block");
		assertEquals(List.of(
				"write L2 0x200000 0xf000003003 -> 0x400 plain",
				"TLBI VMID",
				"DC CIVAC 0x8000200000+0x200000",
				"write L2 0x200000 0x400 -> 0x400080002007fd release"), s2.events.lines(),
				"break (the lock marker, bit 10), the whole VMID, clean the block's range, make with a release-store");
	}

	/** §8 ¶1: with range instructions, the range the replaced table entry covered. */
	@Test
	void coalescingInvalidatesTheTablesRangeWithRangeInstructions() {
		Stage2 s2 = new Stage2(RANGE);
		assertEquals(0, s2.map(0x20_0000, 2 * PAGE, 0x80_0020_0000L, "R", "W"));
		s2.events.clear();
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R", "W"));
		assertEquals(List.of(
				MaintenanceEvent.range(MaintenanceKind.TLBI_VMID_RANGE, 0x20_0000, 2 * MiB),
				MaintenanceEvent.range(MaintenanceKind.DC_CIVAC, 0x80_0020_0000L, 2 * MiB)), s2.events.maintenance(),
				"kind, address and size of each event");
	}

	/** A valid leaf replaced by one with another output address: break, TLBI at its level, clean, make. */
	@Test
	void replacingALeafBreaksInvalidatesCleansAndMakes() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W"));
		s2.events.clear();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_5000L, "R", "W"));
		assertEquals(List.of(
				"write L3 0x1000 0x400080000017ff -> 0x400 plain",
				"TLBI IPA 0x1000 level 3",
				"DC CIVAC 0x8000005000+0x1000",
				"write L3 0x1000 0x400 -> 0x400080000057ff release"), s2.events.lines());
	}

	/** §3.5: a shared walker (the fault path) installs the lock marker with compare-and-swap. */
	@Test
	void aSharedWalkerBreaksWithCompareAndSwap() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"));
		s2.events.clear();
		assertEquals(0, s2.mapOnFaultPath(0x1000, PAGE, 0x80_0000_2000L, "R"));
		assertEquals(List.of(
				"write L3 0x1000 0x4000800000177f -> 0x400 cas",
				"TLBI IPA 0x1000 level 3",
				"DC CIVAC 0x8000002000+0x1000",
				"write L3 0x1000 0x400 -> 0x4000800000277f release"), s2.events.lines());
	}

	/** §8 ¶3: relax_perms invalidates this CPU's TLB for the address even on -EAGAIN, level unknown. */
	@Test
	void relaxOnAnInvalidEntryStillInvalidatesNonShareable() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "a level-3 table exists");
		s2.events.clear();
		assertEquals(-Errno.EAGAIN, s2.library.relax(0x5123, s2.prot("W")));
		assertEquals(List.of(MaintenanceEvent.at(MaintenanceKind.TLBI_IPA_NSH, 0x5123, MaintenanceEvent.LEVEL_UNKNOWN)),
				s2.events.maintenance(), "the address as given, the level never set");
		assertEquals(List.of("TLBI IPA nsh 0x5123 level unknown"), s2.events.lines(), "and nothing written");
	}

	/** §8 ¶3: adding X invalidates the instruction cache for the leaf's output range, before the TLBI. */
	@Test
	void relaxAddingExecuteInvalidatesTheOutputRangeFirst() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R"), "an R block");
		s2.events.clear();
		assertEquals(0, s2.library.relax(0x20_1000, s2.prot("X")));
		assertEquals(List.of(
				"IC IVAU 0x8000200000+0x200000",
				"write L2 0x200000 0x4000800020077d -> 0x800020077d cas",
				"TLBI IPA nsh 0x201000 level 2"), s2.events.lines(),
				"the whole block's output range; a shared walker's compare-and-swap; the TLBI at the leaf's level");
	}

	/** Relax adding write only: no instruction-cache maintenance, the TLBI at the leaf's level. */
	@Test
	void relaxAddingWriteOnlyInvalidatesTheTlb() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"));
		s2.events.clear();
		assertEquals(0, s2.library.relax(0x1000, s2.prot("W")));
		assertEquals(List.of(
				"write L3 0x1000 0x4000800000177f -> 0x400080000017ff cas",
				"TLBI IPA nsh 0x1000 level 3"), s2.events.lines());
	}

	/** §8 ¶1: kvm_tlb_flush_vmid_range() calls the hypervisor once per MAX_TLBI_RANGE_PAGES pages. */
	@Test
	void rangeInvalidationsAreChunkedAtTwoMillionPages() {
		List<MaintenanceEvent> events = new ArrayList<>();
		Maintenance sink = events::add;
		TlbFlushes.vmidRange(sink, RANGE, 0x4_0000_0000L, 16 * GiB, 12);
		assertEquals(List.of(MaintenanceEvent.range(MaintenanceKind.TLBI_VMID_RANGE, 0x4_0000_0000L, 8 * GiB),
				MaintenanceEvent.range(MaintenanceKind.TLBI_VMID_RANGE, 0x6_0000_0000L, 8 * GiB)), events);
		events.clear();
		TlbFlushes.vmidRange(sink, CpuFeatures.NONE, 0x4_0000_0000L, 16 * GiB, 12);
		assertEquals(List.of(MaintenanceEvent.wholeVmid()), events, "no range instructions: the whole VMID, once");
	}

	/** §8 ¶1: the features are inputs; a machine has none unless told, LPA2 also comes with an LPA2 format. */
	@Test
	void featuresDefaultToNone() {
		assertEquals("none", CpuFeatures.NONE.text());
		assertEquals("fwb, tlb_range", FWB_AND_RANGE.text());
		assertEquals(new CpuFeatures(false, false, true), CpuFeatures.of(List.of(), true));
		assertEquals(CpuFeatures.NONE, new Stage2().library.features(), "the bundled 40-bit stage 2 has no LPA2");
	}
}
