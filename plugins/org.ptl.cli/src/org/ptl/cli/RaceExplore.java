package org.ptl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ptl.lang.util.LoadedElements;
import org.ptl.lang.util.NodeText;
import org.ptl.model.ConcurrentBlock;
import org.ptl.model.Scenario;
import org.ptl.sim.race.RaceOptions;
import org.ptl.sim.race.RaceText;
import org.ptl.sim.scenario.ScenarioRunner;
import org.ptl.sim.scenario.SourceLocations;
import org.ptl.sim.trace.ScenarioTrace;
import org.ptl.sim.trace.TraceEntry;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The part of {@code ptl explore} that explores concurrent scenarios: each scenario with a
 * concurrent block runs to it, then every interleaving of its CPUs is explored; prints what was found
 * (text, or JSON objects for the report) and says how it went (0 holds, 1 fails, 3 bounded, as
 * explore's exit codes do).
 */
final class RaceExplore {

	private final List<Scenario> scenarios;
	private final RaceOptions options;
	private final JsonArray json = new JsonArray();
	private TraceEntry.Race firstShown;
	private String firstSource;

	private RaceExplore(List<Scenario> scenarios, RaceOptions options) {
		this.scenarios = scenarios;
		this.options = options;
	}

	/** The concurrent scenarios of the files, or those named; null (after the message) for an unknown name. */
	static RaceExplore select(ModelSet models, List<String> names, RaceOptions options, PtlCommand ptl) {
		List<Scenario> concurrent = LoadedElements.in(models.resources().values(), Scenario.class).stream()
				.filter(s -> s.getSteps().stream().anyMatch(ConcurrentBlock.class::isInstance)).toList();
		if (names.isEmpty()) {
			return new RaceExplore(concurrent, options);
		}
		List<Scenario> selected = new ArrayList<>();
		for (String name : names) {
			Scenario scenario = concurrent.stream().filter(s -> name.equals(s.getName())).findFirst().orElse(null);
			if (scenario == null) {
				ptl.usageError("no scenario '" + name + "' with a concurrent block (the files have: "
						+ String.join(", ", concurrent.stream().map(Scenario::getName).toList()) + ")");
				return null;
			}
			selected.add(scenario);
		}
		return new RaceExplore(selected, options);
	}

	boolean isEmpty() {
		return scenarios.isEmpty();
	}

	/** Explores every scenario; prints text unless JSON was asked for. Returns the exit code. */
	int run(PrintWriter out, boolean text, java.util.function.Function<Scenario, String> where) {
		int exit = ExitCodes.OK;
		ScenarioRunner runner = new ScenarioRunner(0, SourceLocations.of(NodeText::line, NodeText::text), null, options);
		for (Scenario scenario : scenarios) {
			ScenarioTrace trace = runner.run(scenario);
			if (trace.error() != null) {
				if (text) {
					out.println(where.apply(scenario) + ": scenario " + scenario.getName() + " cannot run: " + trace.error());
				}
				exit = ExitCodes.FINDINGS;
				continue;
			}
			for (TraceEntry entry : trace.entries()) {
				if (entry instanceof TraceEntry.Race race) {
					exit = worse(exit, race);
					if (firstShown == null) {
						firstShown = race;
						firstSource = scenario.eResource().getURI().lastSegment();
					}
					report(out, text, where.apply(scenario), scenario, race);
				}
			}
		}
		return exit;
	}

	private void report(PrintWriter out, boolean text, String where, Scenario scenario, TraceEntry.Race race) {
		if (!text) {
			JsonObject object = RaceJson.of(race.report());
			object.addProperty("scenario", scenario.getName());
			object.addProperty("where", where);
			object.addProperty("line", race.line());
			json.add(object);
			return;
		}
		out.println(where + ": scenario " + scenario.getName() + ", line " + race.line() + ": " + race.text());
		RaceText.lines(race.report(), race.report().shownFailure() != null).forEach(line -> out.println("  " + line));
		out.println();
	}

	private static int worse(int exit, TraceEntry.Race race) {
		if (!race.report().failures().isEmpty() || exit == ExitCodes.FINDINGS) {
			return ExitCodes.FINDINGS;
		}
		return race.report().bounded() ? ExitCodes.BOUNDED : exit;
	}

	JsonArray json() {
		return json;
	}

	/** Writes the first block's shown interleaving as a casemate trace; false when there is none. */
	boolean writeCasemate(Path file) throws IOException {
		if (firstShown == null) {
			return false;
		}
		CasemateFile.write(file, firstShown.report(), firstSource);
		return true;
	}
}
