package org.ptl.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ptl.lang.util.LoadedElements;
import org.ptl.lang.util.NodeText;
import org.ptl.model.Element;
import org.ptl.model.ProtocolScenario;
import org.ptl.model.Scenario;
import org.ptl.sim.protocol.ProtocolScenarioRunner;
import org.ptl.sim.race.RaceOptions;
import org.ptl.sim.scenario.ScenarioRunner;
import org.ptl.sim.scenario.SourceLocations;
import org.ptl.sim.trace.ScenarioTrace;
import org.ptl.sim.trace.TextTrace;
import org.ptl.sim.trace.TraceEntry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ptl simulate FILE [--scenario NAME] [--trace text|json] [--seed N] [--interleavings
 * all|first|N] [--casemate FILE]}: runs the scenarios of .ptl files (page-table, ownership and
 * protocol scenarios) and prints their traces; a concurrent block is run in every interleaving
 * (or the first, or N drawn at random). A file with errors is reported (GCC-style, on stderr)
 * before anything runs. Exit 0 when every expectation holds, 1 when one fails, 2 on bad input.
 */
@Command(name = "simulate", description = "Run the scenarios of .ptl files and print what each step did.")
final class SimulateCommand implements Callable<Integer> {

	@ParentCommand
	private PtlCommand ptl;

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files (or directories) with scenarios")
	private List<String> paths;

	@Option(names = "--scenario", paramLabel = "NAME", description = "run only this scenario (repeatable)")
	private List<String> scenarios = new ArrayList<>();

	/** How the run is printed: as text, as JSON, or as the casemate trace of its table writes. */
	enum TraceFormat {
		text, json, casemate
	}

	@Option(names = "--trace", paramLabel = "text|json|casemate", defaultValue = "text",
			description = "text (the default), json, or casemate: the one scenario's table writes, barriers, TLBIs and locks as a casemate trace")
	private TraceFormat trace;

	@Option(names = "--seed", paramLabel = "N", defaultValue = "0",
			description = "seeds where table pages are placed; the same seed gives the same trace")
	private long seed;

	@Option(names = { "-v", "--verbose" }, description = "also show TLB and cache maintenance, walk details and every changed entry of long lists")
	private boolean verbose;

	@Option(names = "--interleavings", paramLabel = "all|first|N", defaultValue = "all",
			description = "for concurrent blocks: every interleaving (the default), the first, or N drawn at random from --seed")
	private String interleavings;

	@Option(names = "--casemate", paramLabel = "FILE",
			description = "write the interleaving shown for the first concurrent block (the shortest that fails, else the first) as a casemate trace")
	private java.nio.file.Path casemate;

	@Override
	public Integer call() {
		ModelSet models;
		try {
			models = ptl.loadWithoutErrors(paths, "not simulating");
		} catch (UsageException usage) {
			return ptl.usageError(usage.getMessage());
		}
		List<Element> selected = LoadedElements.in(models.resources().values(), Element.class).stream()
				.filter(element -> element instanceof Scenario || element instanceof ProtocolScenario).toList();
		if (!scenarios.isEmpty()) {
			List<String> known = selected.stream().map(Element::getName).toList();
			for (String name : scenarios) {
				if (!known.contains(name)) {
					return ptl.usageError("no scenario '" + name + "' (the files have: " + String.join(", ", known) + ")");
				}
			}
			selected = selected.stream().filter(s -> scenarios.contains(s.getName())).toList();
		}
		if (selected.isEmpty()) {
			return ptl.usageError("the files have no scenario");
		}
		RaceOptions raceOptions = RaceChoice.parse(interleavings, seed, true, 0);
		if (raceOptions == null) {
			return ptl.usageError("--interleavings takes all, first or a number of interleavings, not '" + interleavings + "'");
		}
		SourceLocations locations = SourceLocations.of(NodeText::line, NodeText::text);
		ScenarioRunner runner = new ScenarioRunner(seed, locations, null, raceOptions);
		if (trace == TraceFormat.casemate) {
			return casemate(runner, selected);
		}
		ProtocolScenarioRunner protocols = new ProtocolScenarioRunner(locations);
		List<ScenarioTrace> traces = selected.stream().map(element -> element instanceof ProtocolScenario scenario
				? protocols.run(scenario) : runner.run((Scenario) element)).toList();
		if (casemate != null) {
			TraceEntry.Race race = traces.stream().flatMap(t -> t.entries().stream())
					.filter(TraceEntry.Race.class::isInstance).map(TraceEntry.Race.class::cast).findFirst().orElse(null);
			if (race == null) {
				return ptl.usageError("--casemate: the scenarios run have no concurrent block");
			}
			try {
				CasemateFile.write(casemate, race.report(), sourceOf(traces, race, selected));
			} catch (java.io.IOException cannotWrite) {
				return ptl.usageError("cannot write " + casemate + ": " + cannotWrite.getMessage());
			}
		}
		PrintWriter out = spec.commandLine().getOut();
		if (trace == TraceFormat.json) {
			JsonTrace.print(out, traces);
		} else {
			TextTrace.print(out, traces, verbose);
		}
		return traces.stream().allMatch(ScenarioTrace::passed) ? ExitCodes.OK : ExitCodes.FINDINGS;
	}

	/** Prints one scenario's run as a casemate trace; its failures go to stderr. */
	private int casemate(ScenarioRunner runner, List<? extends Element> selected) {
		if (selected.size() != 1) {
			return ptl.usageError("--trace casemate writes one scenario's run; the files have "
					+ selected.size() + " (choose one with --scenario)");
		}
		if (!(selected.get(0) instanceof Scenario scenario)) {
			return ptl.usageError("--trace casemate records page tables; '" + selected.get(0).getName()
					+ "' is a protocol scenario, which has none");
		}
		org.ptl.sim.scenario.CasemateRecording recording;
		try {
			recording = runner.record(scenario, scenario.eResource().getURI().lastSegment());
		} catch (IllegalArgumentException cannotRecord) {
			return ptl.usageError("--trace casemate: " + cannotRecord.getMessage());
		}
		PrintWriter out = spec.commandLine().getOut();
		out.print(recording.text());
		out.flush();
		ScenarioTrace run = recording.trace();
		if (!run.passed()) {
			PrintWriter err = spec.commandLine().getErr();
			err.println("ptl: scenario " + scenario.getName() + " fails ('ptl simulate' without --trace casemate shows how)");
			err.flush();
			return ExitCodes.FINDINGS;
		}
		return ExitCodes.OK;
	}

	/** The file name of the scenario whose trace holds the block, for the trace's source locations. */
	private static String sourceOf(List<ScenarioTrace> traces, TraceEntry.Race race, List<? extends Element> scenarios) {
		for (int i = 0; i < traces.size(); i++) {
			if (traces.get(i).entries().contains(race)) {
				org.eclipse.emf.common.util.URI uri = scenarios.get(i).eResource().getURI();
				return uri.lastSegment();
			}
		}
		return "?";
	}
}
