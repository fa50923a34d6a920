package org.ptl.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.ptl.sim.layout.LayoutProofText;
import org.ptl.cli.SourceFiles.Source;
import org.ptl.lang.util.LoadedElements;
import org.ptl.lang.util.NodeText;
import org.ptl.model.Invariant;
import org.ptl.model.Layout;
import org.ptl.model.OwnershipModel;
import org.ptl.sim.explore.Counts;
import org.ptl.sim.explore.ExplorationOptions;
import org.ptl.sim.explore.ExplorationResult;
import org.ptl.sim.explore.ExplorationText;
import org.ptl.sim.explore.Explorer;
import org.ptl.sim.layout.LayoutProof;
import org.ptl.sim.layout.LayoutProver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ptl explore FILE [--model NAME] [--pages N] [--guests K] [--no-symmetry] [--format json]}:
 * explores every state the ownership models of the files can reach and checks their invariants in
 * each. Exit 0 when they hold in every reachable state, 1 when one is broken (with the shortest
 * trace), 3 when a bound stopped the search, 2 on bad input. Progress goes to stderr on long runs
 * when stderr is a terminal.
 */
@Command(name = "explore", sortOptions = false,
		description = "Prove the invariants of ownership models in every reachable state, or give the shortest counterexample; prove layouts for every input; explore every interleaving of concurrent scenarios.")
final class ExploreCommand implements Callable<Integer> {

	@ParentCommand
	private PtlCommand ptl;

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files (or directories) with ownership models")
	private List<String> paths;

	@Option(names = "--model", paramLabel = "NAME", description = "explore only this model (repeatable; may be an imported one)")
	private List<String> modelNames = new ArrayList<>();

	@Option(names = "--pages", paramLabel = "N", defaultValue = "2", description = "pages (default: ${DEFAULT-VALUE})")
	private int pages;

	@Option(names = "--guests", paramLabel = "K", defaultValue = "1",
			description = "members of each component family, such as guest[*] (default: ${DEFAULT-VALUE})")
	private int guests;

	@Option(names = "--no-symmetry", description = "do not reduce interchangeable pages and family members")
	private boolean noSymmetry;

	@Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (the default) or json")
	private ReportFormat format;

	@Option(names = "--max-states", paramLabel = "N", defaultValue = "0",
			description = "stop after storing N states (exit 3); default: no bound")
	private long maxStates;

	@Option(names = "--max-memory", paramLabel = "SIZE", converter = Quantities.Size.class, defaultValue = "0",
			description = "stop before the stored states take more heap, e.g. 512M (exit 3); default: half the heap")
	private long maxMemory;

	@Option(names = "--time-limit", paramLabel = "DURATION", converter = Quantities.Duration.class, defaultValue = "0",
			description = "stop after this long, e.g. 30s or 2m (exit 3); default: no bound")
	private long timeLimit;

	@Option(names = "--counter-bound", paramLabel = "N", defaultValue = "3",
			description = "explore counters that declare no max up to N (passing it stops with exit 3)")
	private int counterBound;

	@Option(names = "--deadlocks", description = "also report states where no transition is enabled (exit 1), and page values no transition leaves")
	private boolean deadlocks;

	@Option(names = "--threads", paramLabel = "N", description = "threads that expand states (default: up to 2)")
	private Integer threads;

	@Option(names = { "-q", "--quiet" }, description = "no progress on stderr")
	private boolean quiet;

	@Option(names = "--scenario", paramLabel = "NAME", description = "explore only this concurrent scenario (repeatable)")
	private List<String> scenarioNames = new ArrayList<>();

	@Option(names = "--no-reduction", description = "concurrent scenarios: explore without partial-order reduction")
	private boolean noReduction;

	@Option(names = "--casemate", paramLabel = "FILE",
			description = "write the interleaving shown for the first concurrent scenario as a casemate trace")
	private java.nio.file.Path casemate;

	/** More pages than this would not fit a state in memory; no search of that size could finish anyway. */
	static final int MAX_PAGES = 1 << 16;

	@Override
	public Integer call() {
		if (pages < 1 || guests < 1 || maxStates < 0 || counterBound < 0 || (threads != null && threads < 1)) {
			return ptl.usageError("--pages, --guests and --threads take 1 or more, --max-states and --counter-bound 0 or more");
		}
		if (pages > MAX_PAGES) {
			return ptl.usageError("--pages takes at most " + MAX_PAGES + " (a state of " + pages
					+ " pages would not fit in memory)");
		}
		ModelSet models;
		try {
			models = ptl.loadWithoutErrors(paths, "not exploring");
		} catch (UsageException usage) {
			return ptl.usageError(usage.getMessage());
		}
		boolean onlyScenarios = !scenarioNames.isEmpty() && modelNames.isEmpty();
		List<Layout> layouts = modelNames.isEmpty() && !onlyScenarios
				? LoadedElements.in(models.resources().values(), Layout.class) : List.of();
		RaceExplore races = modelNames.isEmpty()
				? RaceExplore.select(models, scenarioNames, RaceChoice.parse("all", 0, !noReduction, maxStates), ptl)
				: null;
		if (modelNames.isEmpty() && races == null) {
			return ExitCodes.USAGE;
		}
		List<OwnershipModel> selected = onlyScenarios ? List.of()
				: select(models, !layouts.isEmpty() || (races != null && !races.isEmpty()));
		if (selected == null) {
			return ExitCodes.USAGE;
		}
		ExplorationOptions options = ExplorationOptions.defaults().withPages(pages).withFamilyMembers(guests)
				.withSymmetry(!noSymmetry).withMaxStates(maxStates).withMaxMemoryBytes(maxMemory)
				.withTimeLimitNanos(timeLimit).withCounterBound(counterBound).withDeadlocks(deadlocks)
				.withProgress(progress());
		if (threads != null) {
			options = options.withThreads(threads);
		}
		List<ExplorationJson.Explored> explored = new ArrayList<>();
		PrintWriter out = spec.commandLine().getOut();
		int exit = ExitCodes.OK;
		for (OwnershipModel model : selected) {
			ExplorationResult result;
			try {
				result = Explorer.explore(model, options);
			} catch (IllegalArgumentException cannot) {
				return ptl.usageError("cannot explore '" + model.getName() + "': " + cannot.getMessage());
			} catch (OutOfMemoryError heap) {
				// the store stops before it outgrows --max-memory; what else a search holds can still
				// exhaust a small heap: that is a bound too, said as one
				clearProgress();
				spec.commandLine().getErr().println("ptl: exploring '" + model.getName() + "' ran out of Java heap (at most "
						+ Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB): the search is incomplete; bound it with "
						+ "--max-memory or --max-states, or give the JVM more heap (JAVA_OPTS=-Xmx8g)");
				spec.commandLine().getErr().flush();
				return ExitCodes.BOUNDED;
			}
			String where = where(models, model);
			clearProgress();
			if (format == ReportFormat.json) {
				explored.add(new ExplorationJson.Explored(where, result));
			} else {
				ExplorationText.print(out, where, model.getInvariants().stream().map(Invariant::getName).toList(), result);
			}
			exit = worse(exit, result.verdict());
		}
		List<ExplorationJson.Proved> proved = new ArrayList<>();
		for (Layout layout : layouts) {
			LayoutProof proof = new LayoutProver(timeLimit > 0 ? java.time.Duration.ofNanos(timeLimit)
					: LAYOUT_TIME_LIMIT).prove(layout);
			String where = where(models, layout);
			if (format == ReportFormat.json) {
				proved.add(new ExplorationJson.Proved(where, proof));
			} else {
				LayoutProofText.print(out, where, proof, org.ptl.lang.util.NodeText::line);
			}
			exit = worse(exit, switch (proof.verdict()) {
			case PROVED -> ExplorationResult.Verdict.HOLDS;
			case VIOLATED -> ExplorationResult.Verdict.VIOLATED;
			case UNKNOWN -> ExplorationResult.Verdict.BOUNDED;
			});
		}
		if (races != null) {
			int raced = races.run(out, format != ReportFormat.json, scenario -> where(models, scenario));
			exit = exit == ExitCodes.FINDINGS || raced == ExitCodes.FINDINGS ? ExitCodes.FINDINGS : Math.max(exit, raced);
			if (casemate != null) {
				try {
					if (!races.writeCasemate(casemate)) {
						return ptl.usageError("--casemate: no concurrent scenario was explored");
					}
				} catch (java.io.IOException cannotWrite) {
					return ptl.usageError("cannot write " + casemate + ": " + cannotWrite.getMessage());
				}
			}
		}
		if (format == ReportFormat.json) {
			ExplorationJson.print(out, explored, proved, races == null ? new com.google.gson.JsonArray() : races.json());
		}
		out.flush();
		return exit;
	}

	/** Without --time-limit, a layout proof stops after this long (exit 3). */
	private static final java.time.Duration LAYOUT_TIME_LIMIT = java.time.Duration.ofMinutes(2);

	/** The models to explore: those named, or every model of the files named; null after a usage error. */
	private List<OwnershipModel> select(ModelSet models, boolean hasLayouts) {
		if (modelNames.isEmpty()) {
			List<OwnershipModel> own = LoadedElements.in(models.resources().values(), OwnershipModel.class);
			if (own.isEmpty() && !hasLayouts) {
				ptl.usageError("the files have no ownership model, no layout and no concurrent scenario");
				return null;
			}
			return own;
		}
		List<OwnershipModel> all = LoadedElements.in(models.allResources(), OwnershipModel.class);
		List<OwnershipModel> selected = new ArrayList<>();
		for (String name : modelNames) {
			OwnershipModel model = all.stream().filter(m -> name.equals(m.getName())).findFirst().orElse(null);
			if (model == null) {
				ptl.usageError("no ownership model '" + name + "' (the files have: "
						+ String.join(", ", all.stream().map(OwnershipModel::getName).toList()) + ")");
				return null;
			}
			selected.add(model);
		}
		return selected;
	}

	/** file:line of a model, the file as the user named it when it is one of theirs. */
	private static String where(ModelSet models, org.ptl.model.Element model) {
		Resource resource = model.eResource();
		String file = resource.getURI().isFile() ? resource.getURI().toFileString() : resource.getURI().toString();
		for (Map.Entry<Source, Resource> entry : models.resources().entrySet()) {
			if (entry.getValue() == resource) {
				file = entry.getKey().shownAs();
			}
		}
		return file + ":" + NodeText.line(model);
	}

	private static int worse(int exit, ExplorationResult.Verdict verdict) {
		int code = switch (verdict) {
		case HOLDS -> ExitCodes.OK;
		case VIOLATED -> ExitCodes.FINDINGS;
		case BOUNDED -> ExitCodes.BOUNDED;
		};
		if (exit == ExitCodes.FINDINGS || code == ExitCodes.FINDINGS) {
			return ExitCodes.FINDINGS;
		}
		return Math.max(exit, code);
	}

	private boolean showsProgress() {
		return !quiet && System.console() != null;
	}

	private ExplorationOptions.Progress progress() {
		if (!showsProgress()) {
			return ExplorationOptions.Progress.NONE;
		}
		PrintWriter err = spec.commandLine().getErr();
		return (states, queue, depth, elapsed) -> {
			err.print("\rptl explore: " + Counts.count(states) + " states, "
					+ Counts.rate(states * 1e9 / Math.max(1, elapsed)) + "/s, " + Counts.count(queue)
					+ " queued, depth " + depth + "   ");
			err.flush();
		};
	}

	private void clearProgress() {
		if (showsProgress()) {
			PrintWriter err = spec.commandLine().getErr();
			err.print("\r" + " ".repeat(78) + "\r");
			err.flush();
		}
	}
}
