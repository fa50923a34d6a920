package org.ptl.ui.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntPredicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.ptl.sim.explore.ExplorationResult;
import org.ptl.sim.trace.OwnershipTable;
import org.ptl.sim.trace.TraceEntry;

/**
 * One launch of a PTL simulation or exploration, as the simulation view shows it and controls it:
 * the scenario runs (or explorations) with their progress, and the controls: a session launched in
 * debug mode starts suspended before its first step; {@link #step()} lets one step run,
 * {@link #resume()} lets the rest run, {@link #suspend()} stops it again, a line with a breakpoint
 * ({@link #breakAt}) stops it before that line's step, {@link #terminate()} ends it. The launch's
 * job asks {@link #awaitTurn} before each step, and in a debug session before each scheduler step
 * of a concurrent block; a failed step suspends a debug session.
 */
public final class SimulationSession {

	/**
	 * An ownership model explored.
	 *
	 * @param file   the file it is in
	 * @param result what the explorer found
	 * @param text   the same text {@code ptl explore} prints
	 */
	public record Exploration(IFile file, ExplorationResult result, String text) {
	}

	/**
	 * A layout proved for every input (Run As > PTL Exploration on a layout).
	 *
	 * @param file  the file it is in
	 * @param proof what the prover found, with the counterexample of each broken property
	 * @param text  the same text {@code ptl explore} prints
	 */
	public record LayoutExploration(IFile file, org.ptl.sim.layout.LayoutProof proof, String text) {
	}

	/**
	 * A concurrent scenario explored: every interleaving of its block.
	 *
	 * @param file     the file it is in
	 * @param scenario its name
	 * @param race     what the exploration found, with the interleaving it shows
	 * @param text     the same text {@code ptl explore} prints
	 */
	public record RaceExploration(IFile file, String scenario, TraceEntry.Race race, String text) {
	}

	/**
	 * A recorded trace checked against a binding (Run As > PTL Trace Conformance).
	 *
	 * @param trace   the trace file
	 * @param binding the binding (or format) it was checked against
	 * @param report  what the check found
	 * @param text    the same text {@code ptl conform} prints
	 */
	public record TraceConformance(IFile trace, String binding, org.ptl.sim.conform.ConformanceReport report,
			String text) {
	}

	private final ILaunch launch;
	private final IFile file;
	private final boolean debug;
	private final List<ScenarioRun> runs = new CopyOnWriteArrayList<>();
	private final List<Exploration> explorations = new CopyOnWriteArrayList<>();
	private final List<LayoutExploration> layouts = new CopyOnWriteArrayList<>();
	private final List<RaceExploration> races = new CopyOnWriteArrayList<>();
	private final List<TraceConformance> conformance = new CopyOnWriteArrayList<>();
	private boolean suspended;
	private int stepsAllowed;
	private boolean terminated;
	private volatile boolean finished;
	private IntPredicate breakpoints = line -> false;
	private Suspension suspension = Suspension.START;

	public SimulationSession(ILaunch launch, IFile file, boolean suspendAtStart) {
		this.launch = launch;
		this.file = file;
		this.suspended = suspendAtStart;
		this.debug = suspendAtStart;
	}

	/** Makes this the session the view shows. */
	public void publish() {
		SimulationSessions.started(this);
	}

	public ILaunch launch() {
		return launch;
	}

	public IFile file() {
		return file;
	}

	public List<ScenarioRun> runs() {
		return new ArrayList<>(runs);
	}

	public List<Exploration> explorations() {
		return new ArrayList<>(explorations);
	}

	public ScenarioRun addRun(String name, String description, int line) {
		ScenarioRun run = new ScenarioRun(name, description, line);
		runs.add(run);
		changed();
		return run;
	}

	public List<LayoutExploration> layouts() {
		return new ArrayList<>(layouts);
	}

	public void addLayout(LayoutExploration layout) {
		layouts.add(layout);
		changed();
	}

	public void addExploration(Exploration exploration) {
		explorations.add(exploration);
		changed();
	}

	public List<RaceExploration> races() {
		return new ArrayList<>(races);
	}

	public void addRace(RaceExploration race) {
		races.add(race);
		changed();
	}

	public List<TraceConformance> conformance() {
		return new ArrayList<>(conformance);
	}

	public void addConformance(TraceConformance checked) {
		conformance.add(checked);
		changed();
	}

	/** Whether this is a debug session, which steps through concurrent blocks and stops at failures. */
	public boolean debug() {
		return debug;
	}

	/** A run went through one more step of a concurrent block's interleaving. */
	public void reveal(ScenarioRun run, TraceEntry.Race race, int steps) {
		run.reveal(race, steps);
		changed();
	}

	/** A step failed: a debug session suspends there, as at a breakpoint, until Step or Resume. */
	public synchronized void stopAtFailure() {
		if (debug) {
			suspended = true;
			stepsAllowed = 0;
			suspension = Suspension.FAILURE;
		}
	}

	public boolean finished() {
		return finished;
	}

	public synchronized boolean suspended() {
		return suspended && !finished && !terminated;
	}

	public synchronized void step() {
		stepsAllowed++;
		suspension = Suspension.STEP;
		notifyAll();
	}

	public synchronized void resume() {
		suspended = false;
		notifyAll();
	}

	/** Stops the session before its next step. */
	public synchronized void suspend() {
		if (!suspended) {
			suspended = true;
			suspension = Suspension.REQUEST;
		}
	}

	/** Why the session is (or was last) suspended. */
	public synchronized Suspension suspension() {
		return suspension;
	}

	/** Which lines stop the session before their step (the debugger's breakpoints); none by default. */
	public synchronized void breakAt(IntPredicate lines) {
		breakpoints = lines;
	}

	public synchronized void terminate() {
		terminated = true;
		notifyAll();
	}

	public synchronized boolean terminated() {
		return terminated;
	}

	/**
	 * Called by the job before each step of a run: waits while the session is suspended and no step
	 * was asked for. False when the session was terminated or the job cancelled.
	 */
	public boolean awaitTurn(ScenarioRun run, int line, IProgressMonitor monitor) {
		synchronized (this) {
			if (!suspended && breakpoints.test(line)) {
				suspended = true;
				stepsAllowed = 0;
				suspension = Suspension.BREAKPOINT;
			}
		}
		if (mustWait(monitor)) {
			// told outside the lock: a listener may read the session
			run.status(ScenarioRun.Status.SUSPENDED);
			run.nextLine(line);
			changed();
		}
		synchronized (this) {
			while (mustWait(monitor)) {
				try {
					wait(100);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
			if (stepsAllowed > 0) {
				stepsAllowed--;
			}
			if (terminated || monitor.isCanceled()) {
				run.status(ScenarioRun.Status.TERMINATED);
				return false;
			}
			run.status(ScenarioRun.Status.RUNNING);
			run.nextLine(line);
		}
		return true;
	}

	private synchronized boolean mustWait(IProgressMonitor monitor) {
		return suspended && stepsAllowed == 0 && !terminated && !monitor.isCanceled();
	}

	/** The run starts: its pages' ownership before any step. */
	public void started(ScenarioRun run, OwnershipTable ownership) {
		run.initialOwnership(ownership);
		changed();
	}

	public void record(ScenarioRun run, TraceEntry entry, OwnershipTable ownership) {
		run.add(entry, ownership);
		changed();
	}

	public void finish(ScenarioRun run, boolean passed, String error) {
		run.finish(passed, error);
		changed();
	}

	public void markTerminated(ScenarioRun run) {
		run.status(ScenarioRun.Status.TERMINATED);
		changed();
	}

	/** The job is done: every run ended or was terminated. */
	public void finished(boolean value) {
		finished = value;
		changed();
	}

	private void changed() {
		SimulationSessions.changed(this);
	}
}
