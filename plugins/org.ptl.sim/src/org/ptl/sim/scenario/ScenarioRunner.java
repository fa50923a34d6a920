package org.ptl.sim.scenario;

import org.ptl.model.Scenario;
import org.ptl.model.WalkerPolicy;
import org.ptl.sim.trace.ScenarioTrace;

/**
 * Runs scenarios: performs each step on the scenario's tables and ownership system, records what it
 * changed (entries, states, maintenance), checks the invariants after every ownership step, and
 * checks each expectation against what the step before returned. Deterministic: the same scenario
 * and seed give the same trace. {@link #start} gives a run that goes one step at a time (the
 * Eclipse simulation view's step button); {@link #run} runs it to the end.
 */
public final class ScenarioRunner {

	private final long seed;
	private final SourceLocations locations;
	private final WalkerPolicy policyOverride;
	private final org.ptl.sim.race.RaceOptions raceOptions;

	public ScenarioRunner(long seed, SourceLocations locations) {
		this(seed, locations, null);
	}

	/**
	 * @param policyOverride the walker policy every scenario runs with instead of its own, or null to
	 *                       keep each scenario's (or the Linux default)
	 */
	public ScenarioRunner(long seed, SourceLocations locations, WalkerPolicy policyOverride) {
		this(seed, locations, policyOverride, org.ptl.sim.race.RaceOptions.EXHAUSTIVE);
	}

	/** @param raceOptions how concurrent blocks are run: every interleaving, the first, or a sample */
	public ScenarioRunner(long seed, SourceLocations locations, WalkerPolicy policyOverride,
			org.ptl.sim.race.RaceOptions raceOptions) {
		this.seed = seed;
		this.locations = locations;
		this.policyOverride = policyOverride;
		this.raceOptions = raceOptions;
	}

	public ScenarioTrace run(Scenario scenario) {
		ScenarioExecution execution = start(scenario);
		while (!execution.finished()) {
			execution.next();
		}
		return execution.trace();
	}

	/** Sets the scenario up (tables, initial ownership) and stops before its first step. */
	public ScenarioExecution start(Scenario scenario) {
		return new ScenarioExecution(scenario, seed, locations, policyOverride, raceOptions, null);
	}

	/**
	 * Runs a scenario and writes what it did to its tables as a casemate trace, whose records name
	 * the file (its source locations are "file:line").
	 */
	public CasemateRecording record(Scenario scenario, String file) {
		CasemateRecording recording = new CasemateRecording(file);
		ScenarioExecution execution = new ScenarioExecution(scenario, seed, locations, policyOverride, raceOptions,
				recording);
		while (!execution.finished()) {
			execution.next();
		}
		recording.finish(execution.trace());
		return recording;
	}
}
