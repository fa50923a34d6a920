package org.ptl.sim.maintenance;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what a library performs, in order: its maintenance events and, among them, its notes,
 * each as the line a trace prints; {@link #drain()} hands them over and starts afresh.
 */
public final class MaintenanceLog implements Maintenance {

	private final List<String> lines = new ArrayList<>();
	private final List<MaintenanceEvent> events = new ArrayList<>();

	@Override
	public void perform(MaintenanceEvent event) {
		events.add(event);
		lines.add(event.text());
	}

	@Override
	public void note(String text) {
		lines.add(text);
	}

	/** The maintenance performed since the last drain, without the notes. */
	public List<MaintenanceEvent> events() {
		return List.copyOf(events);
	}

	/** Every event and note since the last drain, as text; forgets them. */
	public List<String> drain() {
		List<String> drained = List.copyOf(lines);
		lines.clear();
		events.clear();
		return drained;
	}
}
