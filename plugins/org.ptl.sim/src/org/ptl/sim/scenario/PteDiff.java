package org.ptl.sim.scenario;

import java.util.ArrayList;
import java.util.List;

import org.ptl.sim.format.DescriptorLayout;
import org.ptl.sim.format.FieldCodec;
import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.table.EntryLog;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.trace.PteChange;

/**
 * Turns a table's entry log into trace lines: each entry whose value differs after the step, with
 * the fields that changed decoded by the layout of the new value (or of the old one, for an entry
 * that became invalid).
 */
final class PteDiff {

	private PteDiff() {
	}

	static List<PteChange> changes(String name, PageTable table, EntryLog log) {
		List<PteChange> changes = new ArrayList<>();
		for (EntryLog.Written written : log.entries()) {
			long after = table.read(written.page(), written.index());
			if (after == written.before()) {
				continue;
			}
			int level = table.pool().level(written.page());
			changes.add(new PteChange(name, level, written.index(), table.entryAddress(written.page(), written.index()),
					written.before(), after, fields(table.codec(), level, written.before(), after)));
		}
		return changes;
	}

	static List<String> fields(FormatCodec codec, int level, long before, long after) {
		List<String> fields = new ArrayList<>();
		if (level < codec.geometry().firstLevel() || level > codec.geometry().lastLevel()) {
			return fields;
		}
		DescriptorLayout layout = codec.isValid(after) || before == 0 ? codec.layoutOf(after, level)
				: codec.layoutOf(before, level);
		if (layout == null) {
			return fields;
		}
		for (FieldCodec field : layout.fields()) {
			long old = field.get(before);
			long now = field.get(after);
			if (old != now) {
				fields.add(field.name() + ": " + field.describe(old) + " -> " + field.describe(now));
			}
		}
		return fields;
	}
}
