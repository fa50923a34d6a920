package org.ptl.sim.protocol;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.ActionCall;
import org.ptl.model.Family;
import org.ptl.model.Protocol;
import org.ptl.model.ProtocolExpectation;
import org.ptl.model.ProtocolScenario;
import org.ptl.model.ProtocolStep;
import org.ptl.model.support.Protocols;
import org.ptl.sim.explore.TraceStep;
import org.ptl.sim.scenario.SourceLocations;
import org.ptl.sim.trace.ScenarioTrace;
import org.ptl.sim.trace.StateChange;
import org.ptl.sim.trace.TraceEntry;

/**
 * Runs a protocol scenario step by step ({@code ptl simulate}): each call takes one atomic step of
 * an action instance (the members given, the step its program counter is at), and is reported with
 * every variable and field it changed and the invariants broken after it; a call that is not
 * enabled fails, changing nothing. Expectations are predicates over the state, every invariant, or
 * a call that must not be enabled. The trace is the one ownership scenarios give, so every face
 * shows it alike.
 */
public final class ProtocolScenarioRunner {

	private final SourceLocations locations;

	public ProtocolScenarioRunner(SourceLocations locations) {
		this.locations = locations;
	}

	public ScenarioTrace run(ProtocolScenario scenario) {
		int line = locations.line(scenario);
		Protocol protocol = scenario.getProtocol();
		ProtocolSystem system;
		try {
			system = new ProtocolSystem(protocol, name -> Protocols.size(scenario, family(protocol, name)));
		} catch (IllegalArgumentException cannot) {
			return new ScenarioTrace(scenario.getName(), scenario.getDescription(), line, List.of(), cannot.getMessage());
		}
		Family pages = Protocols.pages(protocol);
		Parameters parameters = new Parameters(protocol, scenario);
		TermCompiler terms = new TermCompiler(system.layout(), parameters);
		ProtocolRun run = new ProtocolRun(system, pages == null ? 1 : Protocols.size(scenario, pages), parameters.count());
		List<TraceEntry> entries = new ArrayList<>();
		for (ProtocolStep step : scenario.getSteps()) {
			String text = locations.text(step);
			int at = locations.line(step);
			if (step instanceof ActionCall call) {
				entries.add(call(system, run, call, text, at));
			} else {
				entries.add(expectation(system, run, terms, (ProtocolExpectation) step, text, at));
			}
		}
		return new ScenarioTrace(scenario.getName(), scenario.getDescription(), line, entries, null);
	}

	private static Family family(Protocol protocol, String name) {
		return protocol.getFamilies().stream().filter(family -> name.equals(family.getName())).findFirst().orElse(null);
	}

	private static TraceEntry call(ProtocolSystem system, ProtocolRun run, ActionCall call, String text, int line) {
		int[] arguments = call.getArguments().stream().mapToInt(Integer::intValue).toArray();
		ProtocolRule rule = run.rule(call.getAction(), arguments);
		if (rule == null) {
			return new TraceEntry.Check(line, text, false, "no such instance of action '" + call.getAction().getName() + "'");
		}
		if (call.getStep() != null && rule.step != call.getStep()) {
			return new TraceEntry.Check(line, text, false, "'" + call.getAction().getName() + "' with these members is at step '"
					+ (rule.step == null ? "?" : rule.step.getName()) + "', not '" + call.getStep().getName() + "'");
		}
		ProtocolRun.Outcome outcome = run.take(rule, arguments);
		if (outcome.problem() != null) {
			return new TraceEntry.Check(line, text, false, outcome.problem());
		}
		List<StateChange> states = new ArrayList<>();
		for (TraceStep.Change change : outcome.changes()) {
			states.add(StateChange.ofVariable(change.subject(), change.before(), change.after()));
		}
		List<String> broken = system.broken(run.global(), run.pages()).stream()
				.map(name -> "invariant " + name + " is broken").toList();
		return new TraceEntry.Step(line, text, "taken by " + rule.actor, List.of(), states, List.of(), broken);
	}

	private static TraceEntry expectation(ProtocolSystem system, ProtocolRun run, TermCompiler terms,
			ProtocolExpectation expectation, String text, int line) {
		if (expectation.isInvariantsHold()) {
			List<String> broken = system.broken(run.global(), run.pages());
			return new TraceEntry.Check(line, text, broken.isEmpty(), "broken: " + String.join(", ", broken));
		}
		if (expectation.getDisabled() != null) {
			ActionCall call = expectation.getDisabled();
			int[] arguments = call.getArguments().stream().mapToInt(Integer::intValue).toArray();
			ProtocolRule rule = run.rule(call.getAction(), arguments);
			boolean enabled = rule != null && (call.getStep() == null || rule.step == call.getStep())
					&& run.enabled(rule, arguments);
			return new TraceEntry.Check(line, text, !enabled, "it is enabled");
		}
		boolean holds = terms.condition(expectation.getPredicate()).test(run.frame());
		return new TraceEntry.Check(line, text, holds,
				"it is false; the state is " + system.describe(run.global(), run.pages(), -1));
	}
}
