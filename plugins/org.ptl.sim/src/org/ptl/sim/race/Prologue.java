package org.ptl.sim.race;

import java.util.ArrayList;
import java.util.List;

import org.ptl.sim.monitor.BbmEvent;
import org.ptl.sim.monitor.feed.EngineFeed;
import org.ptl.sim.table.MemoryOrder;
import org.ptl.sim.table.PageTable;

/**
 * The table as the CPUs find it, as events: each page reachable from the root made, each of its
 * non-zero entries written, then the root given to the monitor. A trace that starts with these can
 * be checked on its own.
 */
final class Prologue {

	private Prologue() {
	}

	static List<BbmEvent> of(PageTable table, RaceTable shared) {
		List<BbmEvent> events = new ArrayList<>();
		List<Long> roots = new ArrayList<>();
		for (int i = 0; i < table.rootPages(); i++) {
			roots.add(table.pool().physicalAddress(table.rootPage() + i));
			page(table, table.rootPage() + i, table.geometry().firstLevel(), events);
		}
		events.add(new BbmEvent.Root(roots, new org.ptl.sim.monitor.TableSpec(shared.name(), table.codec(),
				org.ptl.sim.monitor.Stage.STAGE2), EngineFeed.TABLE_LOCK));
		return events;
	}

	private static void page(PageTable table, int page, int level, List<BbmEvent> events) {
		long base = table.pool().physicalAddress(page);
		events.add(new BbmEvent.Init(0, base, 1L << table.geometry().pageShift()));
		for (int index = 0; index < table.pool().entriesPerPage(); index++) {
			long entry = table.read(page, index);
			if (entry != 0) {
				events.add(new BbmEvent.Write(0, base + ((long) index << 3), entry, MemoryOrder.PLAIN));
			}
		}
		for (int index = 0; index < table.pool().entriesPerPage(); index++) {
			long entry = table.read(page, index);
			if (table.codec().isTable(entry, level)) {
				page(table, table.childPage(entry, level), level + 1, events);
			}
		}
	}
}
