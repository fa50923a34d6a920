package org.ptl.sim.tests;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.Format;
import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.monitor.BarrierKind;
import org.ptl.sim.monitor.BbmEvent;
import org.ptl.sim.monitor.BbmMonitor;
import org.ptl.sim.monitor.Stage;
import org.ptl.sim.monitor.TableSpec;
import org.ptl.sim.monitor.TlbiOp;
import org.ptl.sim.monitor.Violation;
import org.ptl.sim.table.MemoryOrder;

/**
 * A hand-written event stream for the break-before-make monitor, on the bundled 40-bit stage 2: root
 * pages at 0x10000 and 0x11000, a level-2 table at 0x20000 under the first root entry, a level-3
 * table at 0x21000 for 0x200000-0x3fffff; and the descriptors the tests write there. Every call
 * feeds one event and keeps what the monitor says.
 */
final class MonitorTrace {

	static final long ROOT = 0x1_0000;
	static final long L2 = 0x2_0000;
	static final long L3 = 0x2_1000;
	static final long OTHER_L3 = 0x2_2000;
	/** The level-3 entry for 0x201000. */
	static final long PTE = L3 + 8;
	/** R|W page mapping 0x8000201000 (AF set). */
	static final long PAGE = 0x40_0080_0020_17ffL;
	/** The same page at another output address. */
	static final long OTHER_PAGE = 0x40_0080_0020_57ffL;
	/** The same page read-only: a change of S2AP alone. */
	static final long READ_ONLY_PAGE = 0x40_0080_0020_177fL;
	/** The same page with the access flag clear. */
	static final long OLD_PAGE = 0x40_0080_0020_13ffL;
	static final long LOCKED = 0x400;

	final BbmMonitor monitor;
	final List<Violation> found = new ArrayList<>();

	MonitorTrace() {
		this(Models.EXAMPLES.named(Format.class, "arm64_s2_4k_40"));
	}

	MonitorTrace(Format format) {
		FormatCodec codec = FormatCodec.compile(format);
		monitor = new BbmMonitor(12);
		feed(new BbmEvent.Root(List.of(ROOT, ROOT + 0x1000), new TableSpec("s2", codec, Stage.STAGE2), 0));
	}

	static long table(long page) {
		return page | 3;
	}

	MonitorTrace feed(BbmEvent event) {
		found.addAll(monitor.accept(event));
		return this;
	}

	MonitorTrace lock(int cpu, boolean exclusive) {
		return feed(new BbmEvent.Lock(cpu, 0, exclusive));
	}

	MonitorTrace write(int cpu, long address, long value, MemoryOrder order) {
		return feed(new BbmEvent.Write(cpu, address, value, order));
	}

	MonitorTrace write(long address, long value) {
		return write(0, address, value, MemoryOrder.PLAIN);
	}

	MonitorTrace dsb(int cpu, BarrierKind kind) {
		return feed(new BbmEvent.Barrier(cpu, kind));
	}

	MonitorTrace tlbi(int cpu, TlbiOp op, long address, int level) {
		return feed(new BbmEvent.Tlbi(cpu, op, address, 0, level));
	}

	/** __kvm_tlb_flush_vmid_ipa() of CPU 0: DSB ISHST, TLBI IPAS2E1IS, DSB ISH, TLBI VMALLE1IS, DSB ISH. */
	MonitorTrace flushIpa(long address, int level) {
		return dsb(0, BarrierKind.DSB_ISHST).tlbi(0, TlbiOp.IPAS2E1IS, address, level).dsb(0, BarrierKind.DSB_ISH)
				.tlbi(0, TlbiOp.VMALLE1IS, 0, BbmEvent.Tlbi.LEVEL_UNKNOWN).dsb(0, BarrierKind.DSB_ISH);
	}

	/** CPU 0 holds the write lock; the level-2 and level-3 tables hang from the root. */
	static MonitorTrace withTables() {
		MonitorTrace trace = new MonitorTrace().lock(0, true);
		return trace.write(ROOT, table(L2)).write(L2 + 8, table(L3));
	}

	List<String> messages() {
		return found.stream().map(Violation::message).toList();
	}
}
