package org.ptl.sim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.Component;
import org.ptl.model.Named;
import org.ptl.model.Scenario;
import org.ptl.model.ScenarioTable;
import org.ptl.model.Step;
import org.ptl.model.WalkerPolicy;
import org.ptl.sim.own.ComponentInstance;
import org.ptl.sim.maintenance.CpuFeatures;
import org.ptl.sim.own.OwnershipSystem;
import org.ptl.sim.table.EntryLog;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.translate.Translation;
import org.ptl.sim.walk.WalkPolicy;
import org.ptl.sim.walk.Walker;

/**
 * A scenario while it runs: its tables, its ownership system, the cache table allocations take
 * from, the walker and policy, and what the previous step returned (for the expectations after it).
 */
final class ScenarioState {

	final Scenario scenario;
	final WalkPolicy policy;
	final Walker walker;
	final Memcache memcache = Memcache.of(Memcache.UNLIMITED);
	final Map<String, SimTable> tables = new LinkedHashMap<>();
	final OwnershipSystem system;
	final long seed;
	final CpuFeatures features;

	long result;
	boolean resultIsValue;
	Translation translation;
	long visits;

	/** Where the run is written as a casemate trace, or null. */
	final CasemateRecording recording;

	ScenarioState(Scenario scenario, long seed, WalkerPolicy override, CasemateRecording recording) {
		this.scenario = scenario;
		this.recording = recording;
		this.seed = seed;
		WalkerPolicy chosen = override != null ? override : scenario.getPolicy();
		this.policy = chosen == null ? WalkPolicy.linuxDefault() : WalkPolicy.compile(chosen);
		this.walker = new Walker(policy);
		this.features = CpuFeatures.of(scenario.getFeatures(), false);
		int table = 0;
		for (ScenarioTable declared : scenario.getTables()) {
			SimTable standalone = SimTable.standalone(declared, walker, memcache, seed + 1000 + table++, features);
			tables.put(declared.getName(), standalone);
			if (recording != null) {
				recording.table(standalone, 0);
			}
		}
		if (scenario.getBinding() != null) {
			int pages = scenario.getMemoryPages() > 0 ? scenario.getMemoryPages() : 16;
			system = new OwnershipSystem(scenario.getBinding(), pages, scenario.getMemoryBase(), walker, memcache, seed,
					features);
			system.instances().forEach(this::register);
		} else {
			system = null;
		}
	}

	/** The instance of a component for a step, registering its table. */
	ComponentInstance instance(Component component, int index) {
		ComponentInstance instance = system.instance(component, index);
		register(instance);
		return instance;
	}

	private void register(ComponentInstance instance) {
		if (tables.containsKey(instance.name())) {
			return;
		}
		SimTable table = SimTable.of(instance);
		tables.put(instance.name(), table);
		if (recording != null) {
			recording.table(table, vmid(instance));
		}
	}

	/** The VMID a recorded trace gives a component's stage 2: 0 for one component, N for member N of a family. */
	private static int vmid(ComponentInstance instance) {
		String name = instance.name();
		int bracket = name.indexOf('[');
		return bracket < 0 ? 0 : Integer.parseInt(name.substring(bracket + 1, name.length() - 1));
	}

	/** The table a step names, or the only one there is. */
	SimTable table(Step step) {
		Named target = step.getTarget();
		if (target instanceof ScenarioTable declared) {
			return tables.get(declared.getName());
		}
		if (target instanceof Component component) {
			if (component.isFamily() && !step.isSetTargetIndex()) {
				throw new IllegalArgumentException("'" + component.getName() + "' is a family: name a member, as in 'in "
						+ component.getName() + "[1]'");
			}
			return tables.get(instance(component, step.getTargetIndex()).name());
		}
		if (tables.size() == 1) {
			return tables.values().iterator().next();
		}
		throw new IllegalArgumentException("the step must name its table with 'in <table>': the scenario has "
				+ tables.size() + " (" + String.join(", ", tables.keySet()) + ")");
	}

	/** Starts recording entry writes in every table. */
	List<EntryLog> startLogs() {
		List<EntryLog> logs = new ArrayList<>();
		for (SimTable table : tables.values()) {
			EntryLog log = new EntryLog();
			table.table().pool().setLog(log);
			logs.add(log);
		}
		return logs;
	}

	void setResult(long value, boolean isValue) {
		result = value;
		resultIsValue = isValue;
	}
}
