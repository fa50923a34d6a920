package org.ptl.sim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.InitialOwnership;
import org.ptl.model.State;
import org.ptl.sim.Errno;
import org.ptl.sim.own.ComponentInstance;
import org.ptl.sim.own.OwnershipSystem;
import org.ptl.sim.table.EntryLog;
import org.ptl.sim.trace.StateChange;
import org.ptl.sim.trace.TraceEntry;

/**
 * Puts a scenario's components in the states its 'initially' lines give before the first step:
 * each page's store and table are set up as a transition to the state would set them, a page a
 * component holds in an unmapped state is annotated with the owner id of the component that maps
 * it (as a donation leaves it), and the invariants are checked once everything is in place. Each
 * line becomes a step of the trace, so that what it did to the tables is shown.
 */
final class InitialOwnershipSetup {

	private final ScenarioState state;
	private final SourceLocations locations;

	InitialOwnershipSetup(ScenarioState state, SourceLocations locations) {
		this.state = state;
		this.locations = locations;
	}

	List<TraceEntry> run(List<InitialOwnership> lines) {
		List<TraceEntry> entries = new ArrayList<>();
		if (lines.isEmpty()) {
			return entries;
		}
		if (state.system == null) {
			throw new IllegalArgumentException("the scenario has no binding, so it has no initial ownership to set");
		}
		OwnershipSystem system = state.system;
		// what every page ends up as, so that a page given away knows who receives it
		Map<Integer, Map<ComponentInstance, State>> targets = new HashMap<>();
		for (InitialOwnership line : lines) {
			ComponentInstance instance = state.instance(line.getComponent(), line.isSetIndex() ? line.getIndex() : 0);
			for (int page = line.getFirst(); page <= last(line); page++) {
				targets.computeIfAbsent(page, p -> new HashMap<>()).put(instance, line.getState());
			}
		}
		List<Integer> touched = new ArrayList<>();
		for (InitialOwnership line : lines) {
			ComponentInstance instance = state.instance(line.getComponent(), line.isSetIndex() ? line.getIndex() : 0);
			List<EntryLog> logs = state.startLogs();
			List<SimTable> tables = new ArrayList<>(state.tables.values());
			List<StateChange> states = new ArrayList<>();
			int result = 0;
			for (int page = line.getFirst(); page <= last(line) && result == 0; page++) {
				String before = name(system.state(instance, page));
				ComponentInstance receiver = receiver(system, instance, targets.get(page), page);
				State receiverState = receiver == null ? null : targets.get(page).getOrDefault(receiver,
						system.state(receiver, page));
				result = system.establish(instance, page, line.getState(), receiver, receiverState);
				String after = name(system.state(instance, page));
				if (!before.equals(after)) {
					states.add(new StateChange(instance.name(), false, page, before, after));
				}
				touched.add(page);
			}
			entries.add(new TraceEntry.Step(locations.line(line), locations.text(line), Errno.text(result),
					ScenarioExecution.pteChanges(tables, logs), states, List.of(), List.of()));
			if (result != 0) {
				throw new IllegalArgumentException("line " + locations.line(line) + ": setting up the initial ownership "
						+ "failed with " + Errno.text(result));
			}
		}
		List<String> violations = new ArrayList<>();
		touched.stream().distinct().sorted()
				.forEach(page -> system.violations(page).forEach(v -> violations.add(v + " (page " + page + ")")));
		if (!violations.isEmpty()) {
			TraceEntry.Step last = (TraceEntry.Step) entries.remove(entries.size() - 1);
			entries.add(new TraceEntry.Step(last.line(), last.text(), last.result(), last.ptes(), last.states(),
					last.events(), violations));
		}
		return entries;
	}

	/** The component that maps the page once everything is set up, other than the one giving it away. */
	private static ComponentInstance receiver(OwnershipSystem system, ComponentInstance giver,
			Map<ComponentInstance, State> targets, int page) {
		for (ComponentInstance candidate : system.instances()) {
			State end = targets.getOrDefault(candidate, system.state(candidate, page));
			if (candidate != giver && OwnershipSystem.maps(candidate, end)) {
				return candidate;
			}
		}
		return null;
	}

	private static int last(InitialOwnership line) {
		return line.isSetLast() ? line.getLast() : line.getFirst();
	}

	private static String name(State state) {
		return state == null ? "?" : state.getName();
	}
}
