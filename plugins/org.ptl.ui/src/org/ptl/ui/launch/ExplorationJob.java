package org.ptl.ui.launch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.ptl.lang.util.NodeText;
import org.ptl.model.Invariant;
import org.ptl.model.OwnershipModel;
import org.ptl.model.Scenario;
import org.ptl.sim.explore.Counts;
import org.ptl.sim.explore.ExplorationOptions;
import org.ptl.sim.explore.ExplorationResult;
import org.ptl.sim.explore.ExplorationText;
import org.ptl.sim.explore.Explorer;
import org.ptl.sim.race.RaceOptions;
import org.ptl.sim.race.RaceText;
import org.ptl.sim.scenario.ScenarioRunner;
import org.ptl.sim.scenario.SourceLocations;
import org.ptl.sim.trace.ScenarioTrace;
import org.ptl.sim.trace.TraceEntry;
import org.ptl.ui.simulation.SimulationSession;

/**
 * Explores a launch's ownership models in this JVM, one after the other, with progress (states,
 * depth) in the job's monitor, then proves its layouts ({@link LayoutExplorations}), then explores its
 * concurrent scenarios in every interleaving; each result goes to the simulation view and, as
 * {@code ptl explore} prints it, to the launch's console. Cancelling stops an ownership search at its
 * next progress report, and the layouts and concurrent scenarios between two.
 */
final class ExplorationJob extends Job {

	private final SimulationSession session;
	private final PtlProcess process;
	private final List<OwnershipModel> models;
	private final ExplorationOptions options;
	private final List<org.ptl.model.Layout> layouts;
	private final List<Scenario> races;
	private final RaceOptions raceOptions;

	ExplorationJob(SimulationSession session, PtlProcess process, List<OwnershipModel> models,
			List<org.ptl.model.Layout> layouts, ExplorationOptions options, List<Scenario> races,
			RaceOptions raceOptions) {
		super("PTL exploration of " + session.file().getName());
		this.session = session;
		this.process = process;
		this.models = models;
		this.options = options;
		this.layouts = layouts;
		this.races = races;
		this.raceOptions = raceOptions;
		setUser(true);
	}

	/**
	 * Runs a concurrent scenario to its blocks and explores each in every interleaving; prints and
	 * records each as {@code ptl explore} does. Returns the exit code so far.
	 */
	private int explore(Scenario scenario, int exit, IProgressMonitor monitor) {
		if (monitor.isCanceled() || session.terminated()) {
			throw new OperationCanceledException();
		}
		monitor.subTask(scenario.getName() + ": every interleaving");
		String where = session.file().getFullPath() + ":" + NodeText.line(scenario);
		ScenarioTrace trace = new ScenarioRunner(0, SourceLocations.of(NodeText::line, NodeText::text), null, raceOptions)
				.run(scenario);
		if (trace.error() != null) {
			process.streams().print(where + ": scenario " + scenario.getName() + " cannot run: " + trace.error() + "\n");
			return 1;
		}
		for (TraceEntry entry : trace.entries()) {
			if (entry instanceof TraceEntry.Race race) {
				List<String> lines = new ArrayList<>();
				lines.add(where + ": scenario " + scenario.getName() + ", line " + race.line() + ": " + race.text());
				RaceText.lines(race.report(), race.report().shownFailure() != null).forEach(line -> lines.add("  " + line));
				String text = String.join("\n", lines) + "\n\n";
				process.streams().print(text);
				session.addRace(new SimulationSession.RaceExploration(session.file(), scenario.getName(), race, text));
				exit = race.report().passed() ? exit : 1;
			}
		}
		return exit;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), models.size() + layouts.size() + races.size());
		int exit = 0;
		try {
			for (OwnershipModel model : models) {
				monitor.subTask(model.getName());
				ExplorationResult result = Explorer.explore(model, options.withProgress((states, queue, depth, nanos) -> {
					if (monitor.isCanceled() || session.terminated()) {
						throw new OperationCanceledException();
					}
					monitor.subTask(model.getName() + ": " + Counts.count(states) + " states, depth " + depth);
				}));
				StringWriter text = new StringWriter();
				try (PrintWriter out = new PrintWriter(text)) {
					ExplorationText.print(out, session.file().getFullPath() + ":" + NodeText.line(model),
							model.getInvariants().stream().map(Invariant::getName).toList(), result);
				}
				process.streams().print(text.toString());
				session.addExploration(new SimulationSession.Exploration(session.file(), result, text.toString()));
				if (result.verdict() != ExplorationResult.Verdict.HOLDS) {
					exit = 1;
				}
				monitor.worked(1);
			}
			for (org.ptl.model.Layout layout : layouts) {
				exit = Math.max(exit, LayoutExplorations.prove(session, process, layout, options, monitor));
				monitor.worked(1);
			}
			for (Scenario scenario : races) {
				exit = explore(scenario, exit, monitor);
				monitor.worked(1);
			}
			return Status.OK_STATUS;
		} catch (OperationCanceledException cancelled) {
			process.streams().error("terminated\n");
			exit = 1;
			return Status.CANCEL_STATUS;
		} catch (IllegalArgumentException | OutOfMemoryError cannot) {
			process.streams().error("cannot explore: " + cannot.getMessage() + "\n");
			exit = 1;
			return Status.OK_STATUS;
		} finally {
			process.exited(exit);
			session.finished(true);
			monitor.done();
		}
	}
}
