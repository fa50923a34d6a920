package org.ptl.ui.launch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.ptl.lang.util.NodeText;
import org.ptl.model.Scenario;
import org.ptl.sim.race.StepRecord;
import org.ptl.sim.scenario.ScenarioExecution;
import org.ptl.sim.scenario.ScenarioRunner;
import org.ptl.sim.trace.ScenarioTrace;
import org.ptl.sim.trace.TextTrace;
import org.ptl.sim.trace.TraceEntry;
import org.ptl.ui.simulation.ScenarioRun;
import org.ptl.ui.simulation.SimulationSession;

/**
 * Runs a launch's scenarios in this JVM, one step at a time: before each step it asks the session
 * for its turn (so a debug launch waits for Step or Resume), records each trace entry with the
 * ownership after it for the view (in a debug session going through a concurrent block's
 * interleaving one scheduler step per turn), and at the end prints the trace {@code ptl simulate}
 * prints to the launch's console. Cancelling the job or terminating the session stops it between steps.
 */
final class SimulationJob extends Job {

	private final SimulationSession session;
	private final PtlProcess process;
	private final List<Scenario> scenarios;
	private final ScenarioRunner runner;

	SimulationJob(SimulationSession session, PtlProcess process, List<Scenario> scenarios, ScenarioRunner runner) {
		super("PTL simulation of " + session.file().getName());
		this.session = session;
		this.process = process;
		this.scenarios = scenarios;
		this.runner = runner;
		setUser(true);
	}

	/**
	 * Goes through the concurrent block's interleaving one scheduler step at a time, each a turn of
	 * the session (so Step runs one CPU's atomic event); a step that breaks a rule suspends it.
	 * False when the session was terminated.
	 */
	private boolean stepThrough(ScenarioRun run, TraceEntry.Race race, IProgressMonitor monitor) {
		List<StepRecord> steps = race.report().shown();
		boolean broke = false;
		for (int i = 0; i < steps.size(); i++) {
			if (!session.awaitTurn(run, steps.get(i).line(), monitor)) {
				return false;
			}
			session.reveal(run, race, i + 1);
			if (!steps.get(i).violations().isEmpty()) {
				broke = true;
				session.stopAtFailure();
			}
		}
		if (!broke && !race.report().passed()) {
			// a check of the final state, a deadlock or a livelock: the block as a whole failed
			session.stopAtFailure();
		}
		return true;
	}

	/** A failed step or expectation (a concurrent block tells its own failures as it is stepped through). */
	private static boolean failed(TraceEntry entry) {
		return entry instanceof TraceEntry.Step step ? step.failed()
				: entry instanceof TraceEntry.Check check && !check.passed();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		int total = scenarios.stream().mapToInt(scenario -> scenario.getSteps().size()).sum();
		SubMonitor progress = SubMonitor.convert(monitor, getName(), total);
		List<ScenarioTrace> traces = new ArrayList<>();
		boolean stopped = false;
		try {
			for (Scenario scenario : scenarios) {
				ScenarioRun run = session.addRun(scenario.getName(), scenario.getDescription(), NodeText.line(scenario));
				if (stopped) {
					session.markTerminated(run);
					continue;
				}
				progress.subTask(scenario.getName());
				ScenarioExecution execution = runner.start(scenario);
				session.started(run, execution.ownership());
				execution.trace().entries().forEach(entry -> session.record(run, entry, execution.ownership()));
				while (!execution.finished()) {
					if (!session.awaitTurn(run, NodeText.line(execution.nextStep()), progress)) {
						stopped = true;
						break;
					}
					TraceEntry entry = execution.next();
					if (entry instanceof TraceEntry.Race race && session.debug()) {
						run.revealNone(race);
					}
					if (entry != null) {
						session.record(run, entry, execution.ownership());
					}
					if (entry instanceof TraceEntry.Race race && session.debug() && !stepThrough(run, race, progress)) {
						stopped = true;
						break;
					}
					if (failed(entry)) {
						session.stopAtFailure();
					}
					progress.worked(1);
				}
				if (stopped) {
					session.markTerminated(run);
				} else {
					ScenarioTrace trace = execution.trace();
					traces.add(trace);
					session.finish(run, trace.passed(), trace.error());
				}
			}
			StringWriter text = new StringWriter();
			try (PrintWriter out = new PrintWriter(text)) {
				TextTrace.print(out, traces, false);
			}
			process.streams().print(text.toString());
			if (stopped) {
				process.streams().error("terminated\n");
			}
		} catch (RuntimeException | StackOverflowError failure) {
			process.streams().error("the simulation failed: " + failure + "\n");
			stopped = true;
		} finally {
			boolean passed = !stopped && traces.stream().allMatch(ScenarioTrace::passed);
			process.exited(passed ? 0 : 1);
			session.finished(true);
		}
		return stopped ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}
}
