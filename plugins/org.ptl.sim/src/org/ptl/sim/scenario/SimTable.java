package org.ptl.sim.scenario;

import java.util.List;

import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.kvm.OperationSet;
import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.maintenance.CpuFeatures;
import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.maintenance.MaintenanceLog;
import org.ptl.sim.monitor.feed.EngineFeed;
import org.ptl.sim.own.ComponentInstance;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.translate.Translator;
import org.ptl.sim.walk.Walker;

/**
 * A table a scenario's steps work on: a scenario table of its own, or a component's table; with
 * the library that changes it, a translator, and the maintenance its operations performed.
 */
final class SimTable {

	private final String name;
	private final PgtableLibrary library;
	private final Translator translator;
	private final MaintenanceLog maintenance;
	private final ComponentInstance component;
	private final EngineFeed feed;

	private SimTable(String name, PgtableLibrary library, MaintenanceLog maintenance, ComponentInstance component,
			EngineFeed feed) {
		this.name = name;
		this.library = library;
		this.translator = new Translator(library.table(), library.operations());
		this.maintenance = maintenance;
		this.component = component;
		this.feed = feed;
	}

	static SimTable standalone(org.ptl.model.ScenarioTable table, Walker walker, Memcache memcache, long seed,
			CpuFeatures scenarioFeatures) {
		FormatCodec codec = FormatCodec.compile(table.getFormat());
		OperationSet operations = OperationSet.compile(table.getOperations(), codec);
		MaintenanceLog maintenance = new MaintenanceLog();
		CpuFeatures own = CpuFeatures.of(table.getFeatures(), table.getFormat().isLpa2());
		CpuFeatures features = new CpuFeatures(scenarioFeatures.fwb() || own.fwb(),
				scenarioFeatures.tlbRange() || own.tlbRange(), scenarioFeatures.lpa2() || own.lpa2());
		PageTable pageTable = new PageTable(codec, seed);
		EngineFeed feed = EngineFeed.watching(pageTable, table.getName(), table.getOperations().getLibrary(), features);
		PgtableLibrary library = new PgtableLibrary(pageTable, operations, walker, memcache,
				Maintenance.both(maintenance, feed), features);
		return new SimTable(table.getName(), library, maintenance, null, feed);
	}

	static SimTable of(ComponentInstance instance) {
		return new SimTable(instance.name(), instance.library(), null, instance, instance.feed());
	}

	/** The break-before-make monitor's feed of this table. */
	EngineFeed feed() {
		return feed;
	}

	String name() {
		return name;
	}

	PgtableLibrary library() {
		return library;
	}

	PageTable table() {
		return library.table();
	}

	Translator translator() {
		return translator;
	}

	List<String> drainMaintenance() {
		if (component != null) {
			return component.drainMaintenance();
		}
		return maintenance.drain();
	}
}
