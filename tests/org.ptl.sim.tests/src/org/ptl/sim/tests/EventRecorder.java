package org.ptl.sim.tests;

import java.util.ArrayList;
import java.util.List;

import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.maintenance.MaintenanceEvent;
import org.ptl.sim.table.MemoryOrder;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.table.PoolObserver;

/**
 * Records a table's descriptor writes and the library's maintenance in the order they happen, one
 * line each, so that a test can compare them with a literal list: "write L2 0x200000 0x0 -> 0x400
 * cas", "TLBI IPA 0x200000 level 2". Writes to pages that hang from no entry (a subtree being built)
 * show level and address as the pool knows them.
 */
final class EventRecorder implements Maintenance, PoolObserver {

	private final PageTable table;
	private final List<String> lines = new ArrayList<>();
	private final List<MaintenanceEvent> maintenance = new ArrayList<>();

	EventRecorder(PageTable table) {
		this.table = table;
		table.pool().setObserver(this);
	}

	@Override
	public void perform(MaintenanceEvent event) {
		maintenance.add(event);
		lines.add(event.text());
	}

	@Override
	public void written(int page, int index, long before, long after, MemoryOrder order) {
		lines.add("write L" + table.pool().level(page) + " 0x" + Long.toHexString(table.entryAddress(page, index)) + " 0x"
				+ Long.toHexString(before) + " -> 0x" + Long.toHexString(after) + " " + order.text());
	}

	/** The writes and maintenance since the last clear, in order. */
	List<String> lines() {
		return List.copyOf(lines);
	}

	/** The maintenance events alone since the last clear. */
	List<MaintenanceEvent> maintenance() {
		return List.copyOf(maintenance);
	}

	void clear() {
		lines.clear();
		maintenance.clear();
	}
}
