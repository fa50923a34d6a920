package org.ptl.sim.conform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ptl.model.Binding;
import org.ptl.model.ComponentBinding;
import org.ptl.model.Format;
import org.ptl.model.LibraryKind;
import org.ptl.sim.casemate.CasemateRecord;
import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.monitor.BbmEvent;
import org.ptl.sim.monitor.BbmMonitor;
import org.ptl.sim.monitor.Stage;
import org.ptl.sim.monitor.TableSpec;
import org.ptl.sim.own.StateCodec;

/**
 * The tables a trace installs, rebuilt from its hints and system-register writes: a
 * {@code set_root_lock} hint says which lock protects a root; a write of TTBR0_EL2 installs the
 * hypervisor's stage 1 (the binding's component whose library is the hyp one), a write of VTTBR_EL2
 * a stage 2, whose VMID (bits [63:48]) says whose: 0 the host (the first stage-2 component that is
 * not a family), N the member N of the stage-2 family (guest[N]). Each new root is given to the
 * monitor; a root written again (a context switch) is not new. Locks are numbered as first seen.
 */
final class TraceTables {

	private static final long BADDR = 0x0000_FFFF_FFFF_FFFEL;

	private final Binding binding;
	/** The format of every table when there is no binding (a trace checked for break-before-make only). */
	private final Format format;
	private final BbmMonitor monitor;
	private final Consumer<ConformanceFinding> findings;
	private final Map<Long, Long> rootLocks = new HashMap<>();
	private final Map<Long, Integer> lockIds = new HashMap<>();
	private final Map<Long, TraceTable> byRoot = new HashMap<>();
	private final List<TraceTable> tables = new ArrayList<>();

	TraceTables(Binding binding, Format format, BbmMonitor monitor, Consumer<ConformanceFinding> findings) {
		this.binding = binding;
		this.format = format;
		this.monitor = monitor;
		this.findings = findings;
	}

	/** The tables installed so far, in the order the monitor numbers them. */
	List<TraceTable> tables() {
		return tables;
	}

	/** The monitor's number for the lock at an address. */
	int lockId(long address) {
		return lockIds.computeIfAbsent(address, ignored -> lockIds.size() + 1);
	}

	void setRootLock(long root, long lock) {
		rootLocks.put(root, lock);
	}

	/** A translation-table base register written: installs the table when its root is new. */
	void sysreg(CasemateRecord record, CasemateRecord.SysregWrite write) {
		boolean stage2 = write.register().equals("vttbr_el2");
		if (!stage2 && !write.register().equals("ttbr0_el2")) {
			return;
		}
		Format first = format != null ? format
				: binding.getComponents().isEmpty() ? null : binding.getComponents().get(0).getFormat();
		if (first == null) {
			return;
		}
		int pageShift = Long.numberOfTrailingZeros(first.getGranule());
		long root = write.value() & BADDR & -(1L << pageShift);
		if (byRoot.containsKey(root)) {
			return;
		}
		int vmid = (int) (write.value() >>> 48);
		ComponentBinding component = binding == null ? null : stage2 ? stage2Component(vmid) : hypComponent();
		String name = component == null ? (stage2 ? "vttbr" : "ttbr") + "@0x" + Long.toHexString(root)
				: component.getComponent().isFamily() ? component.getComponent().getName() + "[" + vmid + "]"
						: component.getComponent().getName();
		ComponentBinding formatSource = component != null || binding == null ? component : anyOf(stage2);
		if (formatSource == null && binding != null) {
			unknown(record, "no component of binding '" + binding.getName() + "' has a table for " + write.register()
					+ ": the table at 0x" + Long.toHexString(root) + " is not checked");
			return;
		}
		if (component == null && binding != null) {
			unknown(record, "no component of binding '" + binding.getName() + "' for " + write.register() + " VMID " + vmid
					+ ": the table at 0x" + Long.toHexString(root) + " is checked for break-before-make only");
		}
		Long lock = rootLocks.get(root);
		if (lock == null) {
			unknown(record, "no set_root_lock hint names the lock of the table at 0x" + Long.toHexString(root)
					+ ": every write to it is an unlocked write");
		}
		FormatCodec codec = FormatCodec.compile(formatSource != null ? formatSource.getFormat() : format);
		StateCodec states = component == null || component.isSideTable() || component.getEncoding() == null ? null
				: new StateCodec(component.getEncoding());
		Stage stage = stage2 ? Stage.STAGE2 : Stage.EL2_STAGE1;
		TraceTable table = new TraceTable(name, root, lock == null ? -1 : lock, codec, stage, component, states);
		List<Long> pages = new ArrayList<>();
		int rootPages = Math.max(codec.geometry().rootPages(), codec.geometry().requiredRootPages());
		for (int i = 0; i < rootPages; i++) {
			pages.add(root + ((long) i << codec.geometry().pageShift()));
		}
		byRoot.put(root, table);
		tables.add(table);
		monitor.accept(new BbmEvent.Root(pages, new TableSpec(name, codec, stage), lock == null ? -1 : lockId(lock)));
	}

	private ComponentBinding stage2Component(int vmid) {
		for (ComponentBinding component : binding.getComponents()) {
			if (isHyp(component)) {
				continue;
			}
			if (component.getComponent().isFamily() == (vmid != 0)) {
				return component;
			}
		}
		return null;
	}

	private ComponentBinding hypComponent() {
		return binding.getComponents().stream().filter(TraceTables::isHyp).findFirst().orElse(null);
	}

	private ComponentBinding anyOf(boolean stage2) {
		return binding.getComponents().stream().filter(c -> isHyp(c) != stage2).findFirst().orElse(null);
	}

	private static boolean isHyp(ComponentBinding component) {
		return component.getOperations() != null && component.getOperations().getLibrary() == LibraryKind.HYP;
	}

	private void unknown(CasemateRecord record, String message) {
		findings.accept(new ConformanceFinding(ConformanceCheck.TRACE_UNKNOWN_TABLE, record.line(), record.id(),
				record.src(), message, List.of()));
	}
}
