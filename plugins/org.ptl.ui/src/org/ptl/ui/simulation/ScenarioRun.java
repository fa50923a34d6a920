package org.ptl.ui.simulation;

import java.util.ArrayList;
import java.util.List;

import org.ptl.sim.trace.OwnershipTable;
import org.ptl.sim.trace.TraceEntry;

/**
 * One scenario of a simulation session as the view shows it: its trace entries so far, each with
 * every page's ownership right after it, how far the run has gone through a concurrent block's
 * interleaving, where the run stands, and its verdict once it ends.
 */
public final class ScenarioRun {

	/** Where a scenario's run stands. */
	public enum Status {
		PENDING, RUNNING, SUSPENDED, PASSED, FAILED, TERMINATED
	}

	/**
	 * A trace entry and the ownership after it.
	 *
	 * @param entry     the step or expectation
	 * @param ownership every page's ownership right after it, or null without a binding
	 */
	public record Recorded(TraceEntry entry, OwnershipTable ownership) {
	}

	private final String name;
	private final String description;
	private final int line;
	private final List<Recorded> entries = new ArrayList<>();
	/** For a concurrent block being stepped through, how many steps of its interleaving have run. */
	private final java.util.Map<TraceEntry.Race, Integer> revealed = new java.util.IdentityHashMap<>();
	private volatile Status status = Status.PENDING;
	private volatile String error;
	private volatile int nextLine;
	private volatile OwnershipTable initialOwnership;

	ScenarioRun(String name, String description, int line) {
		this.name = name;
		this.description = description;
		this.line = line;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	public int line() {
		return line;
	}

	public Status status() {
		return status;
	}

	/** Why the scenario could not run to its end, or null. */
	public String error() {
		return error;
	}

	/** The line of the step the run is suspended before, or 0. */
	public int nextLine() {
		return nextLine;
	}

	/** Every page's ownership before the first step, or null without a binding. */
	public OwnershipTable initialOwnership() {
		return initialOwnership;
	}

	void initialOwnership(OwnershipTable table) {
		initialOwnership = table;
	}

	public synchronized List<Recorded> entries() {
		return List.copyOf(entries);
	}

	public boolean passed() {
		return status == Status.PASSED;
	}

	/**
	 * How many steps of a concurrent block's interleaving the run has gone through: all of them
	 * unless a debug session is stepping through it.
	 */
	public synchronized int revealed(TraceEntry.Race race) {
		return revealed.getOrDefault(race, race.report().shown().size());
	}

	/** Before a debug session steps through a concurrent block: none of its steps has run yet. */
	public synchronized void revealNone(TraceEntry.Race race) {
		revealed.put(race, 0);
	}

	synchronized void reveal(TraceEntry.Race race, int steps) {
		revealed.put(race, steps);
	}

	synchronized void add(TraceEntry entry, OwnershipTable ownership) {
		entries.add(new Recorded(entry, ownership));
	}

	void status(Status value) {
		status = value;
	}

	void nextLine(int value) {
		nextLine = value;
	}

	void finish(boolean passed, String why) {
		error = why;
		nextLine = 0;
		status = passed ? Status.PASSED : Status.FAILED;
	}
}
