package org.ptl.sim.monitor.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.ptl.model.LibraryKind;
import org.ptl.sim.maintenance.CpuFeatures;
import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.maintenance.MaintenanceEvent;
import org.ptl.sim.monitor.BbmEvent;
import org.ptl.sim.monitor.BbmMonitor;
import org.ptl.sim.monitor.Stage;
import org.ptl.sim.monitor.TableSpec;
import org.ptl.sim.monitor.Violation;
import org.ptl.sim.table.MemoryOrder;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.table.PoolObserver;

/**
 * Feeds one simulated table's events to a break-before-make monitor: the table pool's writes, pages
 * made and freed, and the library's maintenance expanded to its instructions, each tagged with the
 * CPU acting now; and collects what the monitor reports. Every event also goes to a listener (the
 * racing scheduler, a trace export) when one is set.
 */
public final class EngineFeed implements PoolObserver, Maintenance {

	/** The lock of a table, as monitor events name it. */
	public static final int TABLE_LOCK = 0;

	private final PageTable table;
	private final String name;
	private final CpuFeatures features;
	private BbmMonitor monitor;
	private IntSupplier cpu = () -> 0;
	private final List<Violation> violations = new ArrayList<>();
	private EventListener listener;

	/** Sees every event the feed gives the monitor, and what it answered. */
	public interface EventListener {
		void event(BbmEvent event, List<Violation> violations);
	}

	public EngineFeed(PageTable table, String name, LibraryKind library, CpuFeatures features) {
		this.table = table;
		this.name = name;
		this.features = features;
		this.monitor = new BbmMonitor(table.geometry().pageShift());
		List<Long> roots = new ArrayList<>();
		for (int i = 0; i < table.rootPages(); i++) {
			roots.add(table.pool().physicalAddress(table.rootPage() + i));
		}
		Stage stage = library == LibraryKind.HYP ? Stage.EL2_STAGE1 : Stage.STAGE2;
		feed(new BbmEvent.Root(roots, new TableSpec(name, table.codec(), stage), TABLE_LOCK));
	}

	/**
	 * A feed that watches the table from now on (it becomes the pool's observer), with CPU 0 holding
	 * the table's lock for writing: a sequential run, where each step is the only writer.
	 */
	public static EngineFeed watching(PageTable table, String name, LibraryKind library, CpuFeatures features) {
		EngineFeed feed = new EngineFeed(table, name, library, features);
		table.pool().setObserver(feed);
		feed.feed(new BbmEvent.Lock(0, TABLE_LOCK, true));
		return feed;
	}

	public BbmMonitor monitor() {
		return monitor;
	}

	/** Continues from another monitor's state (a copy taken before the CPUs raced). */
	public void restore(BbmMonitor saved) {
		this.monitor = saved.copy();
	}

	public String name() {
		return name;
	}

	public PageTable table() {
		return table;
	}

	/** Who acts from now on. */
	public void actingCpu(IntSupplier acting) {
		this.cpu = acting;
	}

	public void listener(EventListener listener) {
		this.listener = listener;
	}

	/** Gives the monitor an event of the CPU acting now (a lock, a barrier) and keeps its violations. */
	public void feed(BbmEvent event) {
		List<Violation> found = monitor.accept(event);
		violations.addAll(found);
		if (listener != null) {
			listener.event(event, found);
		}
	}

	public int cpu() {
		return cpu.getAsInt();
	}

	/** The violations since the last drain, and forgets them. */
	public List<Violation> drain() {
		List<Violation> drained = List.copyOf(violations);
		violations.clear();
		return drained;
	}

	private long address(int page, int index) {
		return table.pool().physicalAddress(page) + ((long) index << 3);
	}

	@Override
	public void written(int page, int index, long before, long after, MemoryOrder order) {
		feed(new BbmEvent.Write(cpu(), address(page, index), after, order));
	}

	@Override
	public void allocated(int page) {
		feed(new BbmEvent.Init(cpu(), address(page, 0), 1L << table.geometry().pageShift()));
	}

	@Override
	public void freed(int page) {
		feed(new BbmEvent.Free(cpu(), address(page, 0), 1L << table.geometry().pageShift()));
	}

	@Override
	public void perform(MaintenanceEvent event) {
		for (BbmEvent expanded : MaintenanceExpansion.of(event, cpu(), features, table.geometry().pageShift())) {
			feed(expanded);
		}
	}
}
