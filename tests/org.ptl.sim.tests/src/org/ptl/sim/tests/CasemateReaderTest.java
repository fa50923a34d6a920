package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ptl.sim.casemate.CasemateReader;
import org.ptl.sim.casemate.CasemateRecord;
import org.ptl.sim.casemate.CasemateWriter;
import org.ptl.sim.casemate.TlbiOperand;
import org.ptl.sim.casemate.TraceProblem;
import org.ptl.sim.monitor.BarrierKind;
import org.ptl.sim.monitor.BbmEvent;
import org.ptl.sim.monitor.TlbiOp;
import org.ptl.sim.table.MemoryOrder;

/**
 * Reading casemate traces (DOMAIN.md §9.3): the documented spelling, the tool's and the positional
 * compressed form say the same records; records may span lines; a malformed or truncated record is
 * a problem at its line and the reader goes on; an unknown kind is one warning; what PTL writes, it
 * reads back.
 */
class CasemateReaderTest {

	private record Read(List<CasemateRecord> records, List<TraceProblem> problems) {
	}

	private static Read read(String text) {
		List<CasemateRecord> records = new ArrayList<>();
		List<TraceProblem> problems = new ArrayList<>();
		try {
			new CasemateReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).readAll(new CasemateReader.Sink() {
				@Override
				public void record(CasemateRecord record) {
					records.add(record);
				}

				@Override
				public void problem(TraceProblem problem) {
					problems.add(problem);
				}
			});
		} catch (IOException cannotRead) {
			throw new UncheckedIOException(cannotRead);
		}
		return new Read(records, problems);
	}

	private static List<CasemateRecord.Op> ops(Read read) {
		return read.records().stream().map(CasemateRecord::op).toList();
	}

	@Test
	void threeSpellingsOfTheSameRecords() {
		Read tool = read("""
				(mem-write (id 1) (tid 1) (mem-order release) (address 0x42) (value 0x93) (src "a.c:1"))
				(lock (id 2) (tid 1) (address 0x42) (src "a.c:2"))
				(sysreg-write (id 3) (tid 1) (sysreg ttbr0_el2) (value 0x93) (src "a.c:3"))
				(barrier (id 4) (tid 1) dsb (kind ish) (src "a.c:4"))
				(hint (id 5) (tid 1) (kind set_pte_thread_owner) (location 0x42) (value 0x93) (src "a.c:5"))
				(tlbi (id 6) (tid 1) ipas2e1is (value 0x700000080003) (src "a.c:6"))
				""");
		Read documented = read("""
				(mem-write (id 1) (thread 1) (mem-order RELEASE) (address 0x42) (value 0x93) (src "a.c:1"))
				(lock (id 2) (thread 1) (address 0x42) (src "a.c:2"))
				(msr (id 3) (thread 1) (sysreg TTBR0_EL2) (value 0x93) (src "a.c:3"))
				(barrier
				  (id 4)
				  (thread 1)
				  dsb (kind ISH)
				  (src "a.c:4"))
				(hint (id 5) (thread 1) (kind set_pte_thread_owner) (location 0x42) (value 0x93) (src "a.c:5"))
				(tlbi (id 6) (thread 1) ipas2e1is (addr 0x80003000) (level 3) (src "a.c:6"))
				""");
		Read compressed = read("""
				(mem-write 1 1 "a.c:1" release 42 93)
				(lock 2 1 "a.c:2" 42)
				(msr 3 1 "a.c:3" TTBR0_EL2 93)
				(barrier 4 1 "a.c:4" DSB ISH)
				(hint 5 1 "a.c:5" SET_PTE_THREAD_OWNER 42 93)
				(tlbi 6 1 "a.c:6" ipas2e1is 700000080003)
				""");
		for (Read read : List.of(tool, documented, compressed)) {
			assertEquals(List.of(), read.problems());
			assertEquals(6, read.records().size());
		}
		assertEquals(ops(tool), ops(documented));
		assertEquals(ops(tool), ops(compressed));
		assertEquals(new CasemateRecord.MemWrite(MemoryOrder.RELEASE, 0x42, 0x93), ops(tool).get(0));
		assertEquals(new CasemateRecord.Barrier(BarrierKind.DSB_ISH), ops(tool).get(3));
		assertEquals(new CasemateRecord.Tlbi(TlbiOp.IPAS2E1IS, 0x80003000L, 0, 3), ops(tool).get(5));
		assertEquals("a.c:4", documented.records().get(3).src());
		assertEquals(4, documented.records().get(3).line());
		assertEquals(1, compressed.records().get(0).tid());
	}

	@Test
	void aTruncatedRecordIsAProblemAtItsLineAndTheNextIsRead() {
		Read read = read("""
				(mem-init (id 0) (tid 0) (address 0x1000) (size 0x1000) (src "a.c:1"))
				(mem-write (id 1) (tid 0) (mem-order plain) (address 0x1000)
				(mem-write (id 2) (tid 0) (mem-order plain) (address 0x1008) (value 0x3) (src "a.c:3"))
				""");
		assertEquals(2, read.records().size());
		assertEquals(2, read.records().get(1).id());
		assertEquals(1, read.problems().size());
		TraceProblem problem = read.problems().get(0);
		assertTrue(problem.error());
		assertEquals(2, problem.line());
		assertEquals(1, problem.id());
		assertTrue(problem.message().startsWith("truncated record"), problem.message());
	}

	@Test
	void aWordLongerThan200CharactersIsAProblemAndTheNextRecordIsRead() {
		Read read = read("(mem-write (id 1) (tid 0) (mem-order " + "x".repeat(300) + ") (address 0x1000) (value 0x1))\n"
				+ "(mem-write (id 2) (tid 0) (mem-order plain) (address 0x1008) (value 0x3) (src \"a.c:2\"))\n");
		assertEquals(List.of(2L), read.records().stream().map(CasemateRecord::id).toList());
		assertEquals("a word longer than 200 characters", read.problems().get(0).message());
		assertEquals(1, read.problems().get(0).line());
	}

	/** Words and quoted locations that straddle the reader's 64 KiB buffer read as any others. */
	@Test
	void recordsAcrossTheReadersBufferReadWhole() {
		StringBuilder text = new StringBuilder();
		int count = 3000;
		for (int id = 0; id < count; id++) {
			text.append("(mem-write (id ").append(id).append(") (tid 0) (mem-order plain) (address 0x")
					.append(Long.toHexString(0x40000000L + 8L * id)).append(") (value 0x").append(Integer.toHexString(id * 7))
					.append(") (src \"file_").append(id).append(".c:").append(id).append("\"))\n");
		}
		Read read = read(text.toString());
		assertEquals(List.of(), read.problems());
		assertEquals(count, read.records().size());
		for (int id = 0; id < count; id++) {
			CasemateRecord record = read.records().get(id);
			assertEquals(id, record.id());
			assertEquals(id + 1, record.line());
			assertEquals("file_" + id + ".c:" + id, record.src());
			assertEquals(new CasemateRecord.MemWrite(MemoryOrder.PLAIN, 0x40000000L + 8L * id, id * 7), record.op());
		}
	}

	/** A list cut short inside a field is no field: the record lacks it; a list as location is none. */
	@Test
	void aFieldCutShortIsNoField() {
		Read read = read("""
				(unlock (id 1) (tid (( 0) (address 0x10) (src "a.c:1"))
				(unlock (id 2) (tid 0) (address 0x10) (src (a b)))
				""");
		// what follows on the line is no record either
		assertEquals(List.of("a list nested too deeply", "expected '(' to start a record, found '0'"),
				read.problems().stream().map(TraceProblem::message).toList());
		assertEquals(1, read.problems().get(0).id(), "the record's id was read before the field");
		assertEquals(List.of(2L), read.records().stream().map(CasemateRecord::id).toList());
		assertEquals("", read.records().get(0).src());
	}

	@Test
	void malformedFieldsAreNamed() {
		Read read = read("""
				(mem-write (id 1) (tid 0) (mem-order plain) (address 0x1000) (value 0x10000000000000000) (src "a.c:1"))
				(mem-write (id 2) (tid 0) (mem-order sloppy) (address 0x1000) (value 0x1) (src "a.c:2"))
				(mem-write (id 3) (tid 0) (mem-order plain) (address 0x1000) (src "a.c:3"))
				(barrier (id 4) (tid 0) dmb (kind ish))
				(tlbi (id 5) (tid 0) vae3is (value 0x1))
				(mem-write (id 6) (tid 0) (mem-order plain) (address 0x1000) (value 0x1)
				""");
		assertEquals(List.of(), read.records());
		assertEquals(List.of("value '0x10000000000000000' is not a 64-bit number",
				"mem-order 'sloppy' is none of plain, release, cas", "mem-write without its value",
				"barrier 'dmb' is neither dsb nor isb", "unknown TLBI 'vae3is'",
				"truncated record: the file ends before its ')'"),
				read.problems().stream().map(TraceProblem::message).toList());
		assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), read.problems().stream().map(TraceProblem::line).toList());
	}

	@Test
	void anUnknownKindIsOneWarning() {
		Read read = read("""
				! BBM invalid unclean->valid
				(vcpu-run (id 0) (tid 0) (src "a.c:1"))
				(vcpu-run (id 1) (tid 0) (src "a.c:2"))
				(lock (id 2) (tid 0) (address 0x10) (src "a.c:3"))
				""");
		assertEquals(1, read.records().size());
		assertEquals(1, read.problems().size());
		assertFalse(read.problems().get(0).error());
		assertEquals("line 2, record 0: unknown record kind 'vcpu-run': records of this kind are skipped",
				read.problems().get(0).text());
	}

	@Test
	void tlbiOperandsCarryTheAddressAndTheLevelHint() {
		long operand = TlbiOperand.of(0x201000, 2, 12);
		assertEquals(0x600000000201L, operand);
		assertEquals(0x201000, TlbiOperand.address(operand));
		assertEquals(2, TlbiOperand.level(operand));
		assertEquals(BbmEvent.Tlbi.LEVEL_UNKNOWN, TlbiOperand.level(TlbiOperand.of(0x201000, BbmEvent.Tlbi.LEVEL_UNKNOWN, 12)));
	}

	@Test
	void whatTheWriterWritesTheReaderReads() {
		StringBuilder text = new StringBuilder();
		CasemateWriter writer = new CasemateWriter(text, 12, lock -> 0x1000 + 8L * lock);
		List<BbmEvent> events = List.of(new BbmEvent.Init(0, 0x8000, 0x1000),
				new BbmEvent.Write(1, 0x8008, 0x400, MemoryOrder.CAS), new BbmEvent.Lock(1, 2, false),
				new BbmEvent.Barrier(1, BarrierKind.DSB_ISHST), new BbmEvent.Tlbi(1, TlbiOp.VALE2IS, 0x5000, 0, 3),
				new BbmEvent.Tlbi(1, TlbiOp.RIPAS2E1IS, 0x200000, 0x200000, BbmEvent.Tlbi.LEVEL_UNKNOWN),
				new BbmEvent.Unlock(1, 2), new BbmEvent.Free(1, 0x8000, 0x1000));
		for (BbmEvent event : events) {
			writer.event(event, 1, "x.ptl:3");
		}
		Read read = read(text.toString());
		assertEquals(List.of(), read.problems());
		assertEquals(List.of(new CasemateRecord.MemInit(0x8000, 0x1000, false),
				new CasemateRecord.MemWrite(MemoryOrder.CAS, 0x8008, 0x400), new CasemateRecord.Lock(0x1010, true, true, false),
				new CasemateRecord.Barrier(BarrierKind.DSB_ISHST), new CasemateRecord.Tlbi(TlbiOp.VALE2IS, 0x5000, 0, 3),
				new CasemateRecord.Tlbi(TlbiOp.RIPAS2E1IS, 0x200000, 0x200000, BbmEvent.Tlbi.LEVEL_UNKNOWN),
				new CasemateRecord.Lock(0x1010, false, false, false), new CasemateRecord.Hint("release_table", 0x8000, 0)),
				ops(read));
		assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L), read.records().stream().map(CasemateRecord::id).toList());
	}
}
