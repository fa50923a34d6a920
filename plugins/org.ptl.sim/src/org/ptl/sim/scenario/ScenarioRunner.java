package org.ptl.sim.scenario;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.Counter;
import org.ptl.model.Expectation;
import org.ptl.model.Scenario;
import org.ptl.model.Step;
import org.ptl.model.TransitionStep;
import org.ptl.sim.own.ComponentInstance;
import org.ptl.sim.own.TransitionEngine;
import org.ptl.sim.table.EntryLog;
import org.ptl.sim.trace.PteChange;
import org.ptl.sim.trace.ScenarioTrace;
import org.ptl.sim.trace.StateChange;
import org.ptl.sim.trace.TraceEntry;

/**
 * Runs scenarios: performs each step on the scenario's tables and ownership system, records what it
 * changed (entries, states, maintenance), checks the invariants after every ownership step, and
 * checks each expectation against what the step before returned. Deterministic: the same scenario
 * and seed give the same trace.
 */
public final class ScenarioRunner {

	private final long seed;
	private final SourceLocations locations;

	public ScenarioRunner(long seed, SourceLocations locations) {
		this.seed = seed;
		this.locations = locations;
	}

	public ScenarioTrace run(Scenario scenario) {
		List<TraceEntry> entries = new ArrayList<>();
		ScenarioState state;
		try {
			state = new ScenarioState(scenario, seed);
		} catch (RuntimeException cannotBuild) {
			return new ScenarioTrace(scenario.getName(), scenario.getDescription(), locations.line(scenario), entries,
					message(cannotBuild));
		}
		try {
			entries.addAll(new InitialOwnershipSetup(state, locations).run(scenario.getInitialOwnership()));
		} catch (RuntimeException cannotSetUp) {
			return new ScenarioTrace(scenario.getName(), scenario.getDescription(), locations.line(scenario), entries,
					message(cannotSetUp));
		}
		StepRunner steps = new StepRunner(state);
		Expectations expectations = new Expectations(state);
		for (Step step : scenario.getSteps()) {
			try {
				if (step instanceof Expectation expectation) {
					String failure = expectations.check(expectation);
					entries.add(new TraceEntry.Check(locations.line(step), locations.text(step), failure == null, failure));
				} else {
					entries.add(perform(state, steps, step));
				}
			} catch (RuntimeException stepFailed) {
				return new ScenarioTrace(scenario.getName(), scenario.getDescription(), locations.line(scenario), entries,
						"line " + locations.line(step) + ": " + message(stepFailed));
			}
		}
		return new ScenarioTrace(scenario.getName(), scenario.getDescription(), locations.line(scenario), entries, null);
	}

	private TraceEntry.Step perform(ScenarioState state, StepRunner steps, Step step) {
		if (step instanceof TransitionStep transition && state.system != null) {
			// members of a family get their tables now, so that the step's writes to them are traced
			state.instance(transition.getInitiator(), transition.getInitiatorIndex());
			if (transition.getCompleter() != null) {
				state.instance(transition.getCompleter(), transition.getCompleterIndex());
			}
		}
		List<EntryLog> logs = state.startLogs();
		List<SimTable> tables = new ArrayList<>(state.tables.values());
		List<StateChange> states = new ArrayList<>();
		List<String> events = new ArrayList<>();
		List<String> violations = new ArrayList<>();
		String result;
		if (step instanceof TransitionStep transition) {
			result = transition(state, transition, states, events, violations);
		} else {
			result = steps.run(step);
			events.addAll(steps.notes);
		}
		List<PteChange> ptes = pteChanges(tables, logs);
		for (SimTable table : state.tables.values()) {
			table.drainMaintenance().forEach(event -> events.add(table.name() + ": " + event));
		}
		return new TraceEntry.Step(locations.line(step), locations.text(step), result, ptes, states, events, violations);
	}

	/** The entries each table's log saw change, and stops logging. */
	static List<PteChange> pteChanges(List<SimTable> tables, List<EntryLog> logs) {
		List<PteChange> ptes = new ArrayList<>();
		for (int i = 0; i < tables.size(); i++) {
			SimTable table = tables.get(i);
			ptes.addAll(PteDiff.changes(table.name(), table.table(), logs.get(i)));
			table.table().pool().setLog(null);
		}
		return ptes;
	}

	private static String transition(ScenarioState state, TransitionStep step, List<StateChange> states,
			List<String> events, List<String> violations) {
		if (state.system == null) {
			throw new IllegalArgumentException("the scenario has no binding, so no component can take part in a transition");
		}
		ComponentInstance initiator = state.instance(step.getInitiator(), step.getInitiatorIndex());
		ComponentInstance completer = step.getCompleter() == null ? null
				: state.instance(step.getCompleter(), step.getCompleterIndex());
		int page = step.getPage();
		List<ComponentInstance> all = state.system.instances();
		List<Counter> counters = state.system.model().getCounters();
		boolean inMemory = page >= 0 && page < state.system.pages();
		List<String> before = new ArrayList<>();
		if (inMemory) {
			all.forEach(instance -> before.add(name(state.system.state(instance, page))));
			counters.forEach(counter -> before.add(Long.toString(state.system.counter(counter, page))));
		}
		TransitionEngine.Outcome outcome = state.system.transition(step.getTransition(), initiator, completer, page);
		state.setResult(outcome.result(), false);
		if (inMemory) {
			for (int i = 0; i < all.size(); i++) {
				String after = name(state.system.state(all.get(i), page));
				if (!after.equals(before.get(i))) {
					states.add(new StateChange(all.get(i).name(), false, page, before.get(i), after));
				}
			}
			for (int i = 0; i < counters.size(); i++) {
				String after = Long.toString(state.system.counter(counters.get(i), page));
				if (!after.equals(before.get(all.size() + i))) {
					states.add(new StateChange(counters.get(i).getName(), true, page, before.get(all.size() + i), after));
				}
			}
			state.system.violations(page).forEach(invariant -> violations.add(invariant + " (page " + page + ")"));
		}
		String result = org.ptl.sim.Errno.text(outcome.result());
		return outcome.result() == 0 ? result : result + " (" + outcome.reason() + ")";
	}

	private static String name(org.ptl.model.State state) {
		return state == null ? "?" : state.getName();
	}

	private static String message(RuntimeException failure) {
		return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
	}
}
