package org.ptl.sim.scenario;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.FieldKind;
import org.ptl.sim.format.DescriptorLayout;
import org.ptl.sim.format.FieldCodec;
import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.table.EntryLog;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.trace.PteChange;

/**
 * Turns a table's entry log into trace lines: each entry whose value differs after the step, with
 * the fields that changed decoded by name; a new entry, or one that changed kind, lists the fields
 * it now has, and a cleared entry says so.
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
		DescriptorLayout old = before == 0 ? null : codec.layoutOf(before, level);
		if (after == 0) {
			fields.add(old == null ? "cleared" : "cleared (was " + old.name() + ")");
			return fields;
		}
		DescriptorLayout now = codec.layoutOf(after, level);
		if (now == null) {
			return fields;
		}
		if (old != now) {
			// A new entry, or one that changed kind (block to table): what it is now, not a diff.
			fields.add(old == null ? "new " + now.name() : old.name() + " -> " + now.name());
			for (FieldCodec field : now.fields()) {
				long value = field.get(after);
				if (value != 0 && field.kind() != FieldKind.FIXED) {
					fields.add(field.name() + " = " + field.describe(value));
				}
			}
			return fields;
		}
		for (FieldCodec field : now.fields()) {
			long was = field.get(before);
			long is = field.get(after);
			if (was != is) {
				fields.add(field.name() + ": " + field.describe(was) + " -> " + field.describe(is));
			}
		}
		return fields;
	}
}
