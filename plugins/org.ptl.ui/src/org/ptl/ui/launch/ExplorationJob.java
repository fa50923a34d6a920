package org.ptl.ui.launch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.ptl.lang.util.NodeText;
import org.ptl.model.Invariant;
import org.ptl.model.OwnershipModel;
import org.ptl.sim.explore.Counts;
import org.ptl.sim.explore.ExplorationOptions;
import org.ptl.sim.explore.ExplorationResult;
import org.ptl.sim.explore.ExplorationText;
import org.ptl.sim.explore.Explorer;
import org.ptl.ui.simulation.SimulationSession;

/**
 * Explores a launch's ownership models in this JVM, one after the other, with progress (states,
 * depth) in the job's monitor, then proves its layouts ({@link LayoutExplorations}); each result
 * goes to the simulation view and, as {@code ptl explore} prints it, to the launch's console. Cancelling stops the search at its next progress report.
 */
final class ExplorationJob extends Job {

	private final SimulationSession session;
	private final PtlProcess process;
	private final List<OwnershipModel> models;
	private final ExplorationOptions options;
	private final List<org.ptl.model.Layout> layouts;

	ExplorationJob(SimulationSession session, PtlProcess process, List<OwnershipModel> models,
			List<org.ptl.model.Layout> layouts, ExplorationOptions options) {
		super("PTL exploration of " + session.file().getName());
		this.session = session;
		this.process = process;
		this.models = models;
		this.options = options;
		this.layouts = layouts;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), models.size() + layouts.size());
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
