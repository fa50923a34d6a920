package org.ptl.sim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ptl.model.ConcurrentBlock;
import org.ptl.model.Counter;
import org.ptl.model.Expectation;
import org.ptl.model.Scenario;
import org.ptl.model.Step;
import org.ptl.model.TransitionStep;
import org.ptl.model.WalkerPolicy;
import org.ptl.sim.monitor.Violation;
import org.ptl.sim.own.ComponentInstance;
import org.ptl.sim.own.TransitionEngine;
import org.ptl.sim.table.EntryLog;
import org.ptl.sim.trace.OwnershipTable;
import org.ptl.sim.trace.PteChange;
import org.ptl.sim.trace.ScenarioTrace;
import org.ptl.sim.trace.StateChange;
import org.ptl.sim.trace.TraceEntry;

/**
 * One run of a scenario that goes a step at a time: set up on creation (tables, initial ownership),
 * then each {@link #next()} performs one step or checks one expectation and returns its trace entry.
 * A step that cannot be performed ends the run with an error, as does a scenario that cannot be set
 * up. Between steps, {@link #ownership()} shows every component's state of every page.
 */
public final class ScenarioExecution {

	private final Scenario scenario;
	private final SourceLocations locations;
	private final List<TraceEntry> entries = new ArrayList<>();
	private ScenarioState state;
	private StepRunner steps;
	private Expectations expectations;
	private RaceRunner races;
	private int position;
	private String error;

	ScenarioExecution(Scenario scenario, long seed, SourceLocations locations, WalkerPolicy policyOverride,
			org.ptl.sim.race.RaceOptions raceOptions, CasemateRecording recording) {
		this.scenario = scenario;
		this.locations = locations;
		try {
			state = new ScenarioState(scenario, seed, policyOverride, recording);
			entries.addAll(new InitialOwnershipSetup(state, locations).run(scenario.getInitialOwnership()));
			if (recording != null) {
				recording.publish();
			}
			for (SimTable table : state.tables.values()) {
				for (Violation violation : table.feed().drain()) {
					throw new IllegalArgumentException("setting up the initial ownership breaks break-before-make: "
							+ violation.text());
				}
			}
			steps = new StepRunner(state);
			expectations = new Expectations(state);
			races = new RaceRunner(state, locations, raceOptions);
		} catch (RuntimeException cannotSetUp) {
			error = message(cannotSetUp);
		}
	}

	public Scenario scenario() {
		return scenario;
	}

	/** Whether every step ran, or the run stopped on an error. */
	public boolean finished() {
		return error != null || position >= scenario.getSteps().size();
	}

	/** The step {@link #next()} performs, or null when the run is finished. */
	public Step nextStep() {
		return finished() ? null : scenario.getSteps().get(position);
	}

	/** Performs the next step (or checks the next expectation); null when the step failed or the run is finished. */
	public TraceEntry next() {
		if (finished()) {
			return null;
		}
		Step step = scenario.getSteps().get(position++);
		try {
			TraceEntry entry;
			if (step instanceof Expectation expectation) {
				String failure = expectations.check(expectation);
				entry = new TraceEntry.Check(locations.line(step), locations.text(step), failure == null, failure);
			} else if (step instanceof ConcurrentBlock block) {
				List<Step> after = scenario.getSteps().subList(position, scenario.getSteps().size());
				beginRecording(step);
				entry = new TraceEntry.Race(locations.line(step), firstLine(locations.text(step)), races.run(block, after));
				endRecording();
			} else {
				beginRecording(step);
				entry = perform(step);
				endRecording();
			}
			entries.add(entry);
			return entry;
		} catch (RuntimeException stepFailed) {
			error = "line " + locations.line(step) + ": " + message(stepFailed);
			return null;
		}
	}

	private void beginRecording(Step step) {
		if (state.recording != null) {
			state.recording.beginStep(locations.line(step), !(step instanceof ConcurrentBlock));
		}
	}

	private void endRecording() {
		if (state.recording != null) {
			state.recording.endStep();
		}
	}

	/** The trace so far (the whole trace once finished). */
	public ScenarioTrace trace() {
		return new ScenarioTrace(scenario.getName(), scenario.getDescription(), locations.line(scenario),
				Collections.unmodifiableList(new ArrayList<>(entries)), error);
	}

	/** Every component instance's state and every counter, per page, now; null without a binding. */
	public OwnershipTable ownership() {
		if (state == null || state.system == null) {
			return null;
		}
		List<ComponentInstance> instances = state.system.instances();
		List<Counter> counters = state.system.model().getCounters();
		List<String> columns = new ArrayList<>();
		instances.forEach(instance -> columns.add(instance.name()));
		counters.forEach(counter -> columns.add(counter.getName()));
		List<List<String>> rows = new ArrayList<>();
		for (int page = 0; page < state.system.pages(); page++) {
			List<String> row = new ArrayList<>();
			for (ComponentInstance instance : instances) {
				row.add(name(state.system.state(instance, page)));
			}
			for (Counter counter : counters) {
				row.add(Long.toString(state.system.counter(counter, page)));
			}
			rows.add(row);
		}
		return new OwnershipTable(columns, rows);
	}

	private TraceEntry.Step perform(Step step) {
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
		List<Violation> monitor = new ArrayList<>();
		for (SimTable table : state.tables.values()) {
			table.drainMaintenance().forEach(event -> events.add(table.name() + ": " + event));
			monitor.addAll(table.feed().drain());
		}
		return new TraceEntry.Step(locations.line(step), locations.text(step), result, ptes, states, events, violations,
				monitor);
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

	private static String firstLine(String text) {
		int brace = text.indexOf('{');
		return brace < 0 ? text : text.substring(0, brace).trim();
	}

	private static String name(org.ptl.model.State state) {
		return state == null ? "?" : state.getName();
	}

	private static String message(RuntimeException failure) {
		return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
	}
}
