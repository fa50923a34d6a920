package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ptl.sim.tests.MonitorTrace.L2;
import static org.ptl.sim.tests.MonitorTrace.L3;
import static org.ptl.sim.tests.MonitorTrace.LOCKED;
import static org.ptl.sim.tests.MonitorTrace.OLD_PAGE;
import static org.ptl.sim.tests.MonitorTrace.OTHER_L3;
import static org.ptl.sim.tests.MonitorTrace.OTHER_PAGE;
import static org.ptl.sim.tests.MonitorTrace.PAGE;
import static org.ptl.sim.tests.MonitorTrace.PTE;
import static org.ptl.sim.tests.MonitorTrace.READ_ONLY_PAGE;
import static org.ptl.sim.tests.MonitorTrace.table;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ptl.model.Format;
import org.ptl.sim.monitor.BarrierKind;
import org.ptl.sim.monitor.BbmEvent;
import org.ptl.sim.monitor.TlbiOp;
import org.ptl.sim.monitor.Violation;
import org.ptl.sim.monitor.ViolationKind;
import org.ptl.sim.table.MemoryOrder;

/**
 * Every rule of the break-before-make monitor (DOMAIN.md §9.1): a stream that breaks it, reported
 * with casemate's message, the entry and both descriptors decoded; and its clean twin, which differs
 * in the one event that makes it right.
 */
class MonitorRulesTest {

	private static void clean(MonitorTrace trace) {
		assertEquals(List.of(), trace.found, "no violation");
	}

	private static Violation only(MonitorTrace trace, ViolationKind kind) {
		assertEquals(List.of(kind.message()), trace.messages(), "one violation");
		return trace.found.get(0);
	}

	@Test
	void aValidLeafReplacedByAnotherIsValidToValid() {
		MonitorTrace trace = MonitorTrace.withTables().write(PTE, PAGE).write(PTE, OTHER_PAGE);
		Violation violation = only(trace, ViolationKind.VALID_TO_VALID);
		assertEquals("BBM valid->valid: s2 L3 entry for 0x201000 (pa 0x21008) by cpu 0 at event 5: 0x400080002017ff "
				+ "(page: memattr=normal, s2ap=rw, sh=inner, af=1, oa=0x8000201000, xn=none) -> 0x400080002057ff (page: "
				+ "memattr=normal, s2ap=rw, sh=inner, af=1, oa=0x8000205000, xn=none)", violation.text());
	}

	@Test
	void theSameChangeThroughBreakInvalidateMakeIsClean() {
		clean(MonitorTrace.withTables().write(PTE, PAGE).write(PTE, LOCKED).flushIpa(0x20_1000, 3).write(PTE, OTHER_PAGE));
	}

	@Test
	void permissionsAccessFlagAndSoftwareBitsChangeInPlace() {
		clean(MonitorTrace.withTables().write(PTE, PAGE).write(PTE, READ_ONLY_PAGE).write(PTE, PAGE | (1L << 55))
				.write(PTE, OLD_PAGE).write(PTE, PAGE));
	}

	@Test
	void aFormatWithoutPermissionRolesGetsCasematesRule() {
		MonitorTrace trace = new MonitorTrace(Models.load(Models.fixture("noroles.ptl")).named(Format.class, "plain_s2"))
				.lock(0, true).write(MonitorTrace.ROOT, table(L2)).write(L2 + 8, table(L3)).write(PTE, PAGE)
				.write(PTE, READ_ONLY_PAGE);
		only(trace, ViolationKind.VALID_TO_VALID);
	}

	@Test
	void aBreakMadeValidBeforeItsTlbiIsInvalidUncleanToValid() {
		MonitorTrace trace = MonitorTrace.withTables().write(PTE, PAGE).write(PTE, LOCKED)
				.dsb(0, BarrierKind.DSB_ISHST).write(PTE, OTHER_PAGE);
		Violation violation = only(trace, ViolationKind.UNCLEAN_TO_VALID);
		assertEquals(LOCKED, violation.before());
		assertEquals("invalid: locked=1", violation.beforeText());
		assertTrue(violation.detail().contains("cpu 0 broke it (it held 0x400080002017ff) and has got to dsbed"),
				violation.detail());
	}

	@Test
	void aTlbiForAnotherPageDoesNotClean() {
		MonitorTrace trace = MonitorTrace.withTables().write(PTE, PAGE).write(PTE, LOCKED).flushIpa(0x20_2000, 3)
				.write(PTE, OTHER_PAGE);
		only(trace, ViolationKind.UNCLEAN_TO_VALID);
	}

	@Test
	void aTableWhoseChildrenAreUncleanCannotBeWritten() {
		MonitorTrace trace = MonitorTrace.withTables().write(PTE, PAGE).write(PTE, 0).write(L2 + 8, 0)
				.flushIpa(0x20_0000, 2).write(L2 + 8, table(L3));
		only(trace, ViolationKind.UNCLEAN_CHILDREN);
		clean(MonitorTrace.withTables().write(PTE, PAGE).write(PTE, 0).flushIpa(0x20_1000, 3).write(L2 + 8, 0)
				.flushIpa(0x20_0000, 2).write(L2 + 8, table(L3)));
	}

	@Test
	void underABrokenTableNothingChanges() {
		MonitorTrace trace = MonitorTrace.withTables().write(L2 + 8, 0).write(L3 + 16, PAGE);
		only(trace, ViolationKind.UNCLEAN_PARENT);
		clean(MonitorTrace.withTables().write(L2 + 8, 0).flushIpa(0x20_0000, 2).write(L3 + 16, PAGE));
	}

	@Test
	void aWriterMustHoldTheTablesLock() {
		MonitorTrace trace = new MonitorTrace().write(MonitorTrace.ROOT, table(L2));
		only(trace, ViolationKind.UNLOCKED_WRITE);
		clean(new MonitorTrace().lock(0, true).write(MonitorTrace.ROOT, table(L2)));
	}

	@Test
	void aSharedWalkerMayNotStorePlain() {
		MonitorTrace trace = MonitorTrace.withTables().write(PTE, PAGE)
				.feed(new BbmEvent.Unlock(0, 0)).lock(1, false).write(1, PTE, READ_ONLY_PAGE, MemoryOrder.PLAIN);
		only(trace, ViolationKind.PLAIN_WRITE);
		clean(MonitorTrace.withTables().write(PTE, PAGE).feed(new BbmEvent.Unlock(0, 0)).lock(1, false)
				.write(1, PTE, READ_ONLY_PAGE, MemoryOrder.CAS));
	}

	@Test
	void aSharedWalkerReleasesOnlyWhatItLocked() {
		MonitorTrace trace = MonitorTrace.withTables().feed(new BbmEvent.Unlock(0, 0)).lock(1, false)
				.write(1, PTE, PAGE, MemoryOrder.RELEASE);
		only(trace, ViolationKind.RELEASE_NOT_LOCKED);
		clean(MonitorTrace.withTables().feed(new BbmEvent.Unlock(0, 0)).lock(1, false)
				.write(1, PTE, LOCKED, MemoryOrder.CAS).write(1, PTE, PAGE, MemoryOrder.RELEASE));
	}

	@Test
	void aNonBroadcastTlbiCannotCleanABreak() {
		MonitorTrace trace = MonitorTrace.withTables().write(PTE, PAGE).write(PTE, LOCKED)
				.dsb(0, BarrierKind.DSB_ISHST).tlbi(0, TlbiOp.IPAS2E1, 0x20_1000, 3);
		only(trace, ViolationKind.NON_BROADCAST_TLBI);
		clean(MonitorTrace.withTables().write(PTE, PAGE).write(PTE, LOCKED).dsb(0, BarrierKind.DSB_ISHST)
				.tlbi(0, TlbiOp.IPAS2E1IS, 0x20_1000, 3));
	}

	@Test
	void aNonBroadcastDsbCannotCompleteABreak() {
		MonitorTrace trace = MonitorTrace.withTables().write(PTE, PAGE).write(PTE, LOCKED).dsb(0, BarrierKind.DSB_NSHST);
		only(trace, ViolationKind.NON_BROADCAST_DSB);
		clean(MonitorTrace.withTables().write(PTE, PAGE).write(PTE, LOCKED).dsb(0, BarrierKind.DSB_ISHST));
	}

	@Test
	void aTablePageHasOneParent() {
		MonitorTrace trace = MonitorTrace.withTables().write(L2 + 16, table(L3));
		only(trace, ViolationKind.DOUBLE_USE);
		clean(MonitorTrace.withTables().write(L2 + 16, table(OTHER_L3)));
	}

	@Test
	void aReachableTablePageIsNotFreed() {
		MonitorTrace trace = MonitorTrace.withTables().feed(new BbmEvent.Free(0, L3, 0x1000));
		only(trace, ViolationKind.FREE_REACHABLE);
		clean(MonitorTrace.withTables().write(L2 + 8, 0).flushIpa(0x20_0000, 2).feed(new BbmEvent.Free(0, L3, 0x1000)));
	}

	@Test
	void aTablePageUnderAnUncleanBreakIsNotFreed() {
		MonitorTrace trace = MonitorTrace.withTables().write(L2 + 8, 0).feed(new BbmEvent.Free(0, L3, 0x1000));
		only(trace, ViolationKind.FREE_UNCLEAN);
	}

	@Test
	void onlyTheCpuThatBrokeAnEntryCanCleanIt() {
		MonitorTrace trace = MonitorTrace.withTables().write(PTE, PAGE).write(PTE, LOCKED);
		trace.dsb(1, BarrierKind.DSB_ISH).tlbi(1, TlbiOp.VMALLS12E1IS, 0, BbmEvent.Tlbi.LEVEL_UNKNOWN)
				.dsb(1, BarrierKind.DSB_ISH).write(PTE, OTHER_PAGE);
		only(trace, ViolationKind.UNCLEAN_TO_VALID);
		clean(MonitorTrace.withTables().write(PTE, PAGE).write(PTE, LOCKED).dsb(0, BarrierKind.DSB_ISHST)
				.tlbi(0, TlbiOp.VMALLS12E1IS, 0, BbmEvent.Tlbi.LEVEL_UNKNOWN).dsb(0, BarrierKind.DSB_ISH)
				.write(PTE, OTHER_PAGE));
	}
}
