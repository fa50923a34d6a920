package org.ptl.sim.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries written since the log was cleared, each with the value it had before the first write,
 * in the order they were first written: what a trace shows as "old -> new".
 */
public final class EntryLog {

	/** One entry that changed: where, and its value before. */
	public record Written(int page, int index, long before) {
	}

	private final Map<Long, Written> written = new LinkedHashMap<>();

	void record(int page, int index, long before) {
		written.putIfAbsent(((long) page << 32) | index, new Written(page, index, before));
	}

	public List<Written> entries() {
		return new ArrayList<>(written.values());
	}

	public void clear() {
		written.clear();
	}
}
