package org.ptl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ptl.lang.util.LoadedElements;
import org.ptl.model.BitPicture;
import org.ptl.model.Layout;
import org.ptl.model.LayoutInput;
import org.ptl.model.expr.LayoutEvaluation;
import org.ptl.model.expr.LayoutInputs;
import org.ptl.model.expr.PictureSlices;
import org.ptl.sim.decode.Decoder;
import org.ptl.sim.layout.PictureSvg;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ptl layout FILE [--layout NAME] [--set NAME=VALUE ...] [--format json] [--svg FILE]}:
 * computes an address-space layout for its defaults, or for the inputs given: every derived value,
 * every region with its size, each transformation applied to its samples, the bit pictures, and
 * which of the layout's properties fail for these inputs. Exit 0 when all hold, 1 when one fails,
 * 2 for bad input (an unknown input, a value that is not a number or not one the input allows).
 */
@Command(name = "layout", sortOptions = false,
		description = "Compute an address-space layout for given inputs: values, regions, transformations and the VA bits.")
final class LayoutCommand implements Callable<Integer> {

	@ParentCommand
	private PtlCommand ptl;

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files (or directories) with layouts")
	private List<String> paths;

	@Option(names = "--layout", paramLabel = "NAME", description = "compute only this layout (default: the only one, or all)")
	private String layoutName;

	@Option(names = "--set", paramLabel = "NAME=VALUE", description = "an input's value instead of its default (0x..., 0b..., decimal, true, false); repeatable")
	private List<String> settings = new ArrayList<>();

	@Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (the default) or json")
	private ReportFormat format;

	@Option(names = "--svg", paramLabel = "FILE", description = "also draw the (first) layout's bit pictures as SVG into FILE")
	private Path svg;

	@Override
	public Integer call() {
		ModelSet models;
		try {
			models = ptl.loadWithoutErrors(paths, "not computing");
		} catch (UsageException usage) {
			return ptl.usageError(usage.getMessage());
		}
		List<Layout> layouts = LoadedElements.in(models.resources().values(), Layout.class);
		if (layoutName != null) {
			layouts = layouts.stream().filter(layout -> layoutName.equals(layout.getName())).toList();
			if (layouts.isEmpty()) {
				return ptl.usageError("no layout '" + layoutName + "' in the files");
			}
		}
		if (layouts.isEmpty()) {
			return ptl.usageError("the files have no layout");
		}
		if (!settings.isEmpty() && layouts.size() > 1) {
			return ptl.usageError("--set needs one layout: the files have " + layouts.size() + "; choose one with --layout");
		}
		List<LayoutReport> reports = new ArrayList<>();
		for (Layout layout : layouts) {
			Map<LayoutInput, Long> inputs;
			try {
				inputs = LayoutInputs.with(layout, parseSettings(layout));
			} catch (UsageException usage) {
				return ptl.usageError(usage.getMessage());
			}
			reports.add(LayoutReport.of(LayoutInputs.evaluate(layout, inputs)));
		}
		if (svg != null) {
			Integer failed = writeSvg(reports.get(0).evaluation());
			if (failed != null) {
				return failed;
			}
		}
		PrintWriter out = spec.commandLine().getOut();
		if (format == ReportFormat.json) {
			LayoutReport.printJson(out, reports);
		} else {
			for (LayoutReport report : reports) {
				report.printText(out);
			}
		}
		out.flush();
		return reports.stream().allMatch(LayoutReport::holds) ? ExitCodes.OK : ExitCodes.FINDINGS;
	}

	private Map<LayoutInput, Long> parseSettings(Layout layout) throws UsageException {
		Map<LayoutInput, Long> set = new LinkedHashMap<>();
		LayoutEvaluation<Long, Boolean> domains = LayoutInputs.evaluate(layout, Map.of());
		for (String setting : settings) {
			int equals = setting.indexOf('=');
			if (equals <= 0) {
				throw new UsageException("--set takes NAME=VALUE, not '" + setting + "'");
			}
			String name = setting.substring(0, equals).trim();
			String text = setting.substring(equals + 1).trim();
			LayoutInput input = layout.getInputs().stream().filter(candidate -> name.equals(candidate.getName()))
					.findFirst().orElse(null);
			if (input == null) {
				throw new UsageException("layout '" + layout.getName() + "' has no input '" + name + "' (its inputs: "
						+ String.join(", ", layout.getInputs().stream().map(LayoutInput::getName).toList()) + ")");
			}
			Long value = input.isBoolean() ? switch (text) {
			case "true", "1" -> 1L;
			case "false", "0" -> 0L;
			default -> null;
			} : Decoder.parseValue(text);
			if (value == null) {
				throw new UsageException("--set " + name + ": '" + text + "' is not " + (input.isBoolean()
						? "true or false" : "a 64-bit value (write 0x..., 0b... or decimal)"));
			}
			if (!domains.inDomain(input, value)) {
				throw new UsageException("--set " + name + ": " + text + " is not one of its values ("
						+ org.ptl.model.expr.LayoutTexts.domain(input) + ")");
			}
			set.put(input, value);
		}
		return set;
	}

	/** Writes the pictures next to the target and renames, so that a failed run leaves no half file. */
	private Integer writeSvg(LayoutEvaluation<Long, Boolean> evaluation) {
		List<BitPicture> pictures = evaluation.layout().getPictures();
		if (pictures.isEmpty()) {
			return ptl.usageError("layout '" + evaluation.layout().getName() + "' has no picture to draw");
		}
		StringBuilder drawing = new StringBuilder();
		for (BitPicture picture : pictures) {
			drawing.append(PictureSvg.draw(PictureSlices.of(evaluation, picture)));
			break; // one picture per file: SVG has one root
		}
		try {
			Path target = svg.toAbsolutePath();
			Path temporary = Files.createTempFile(target.getParent(), ".ptl-layout", ".svg");
			Files.writeString(temporary, drawing);
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return null;
		} catch (IOException | RuntimeException failed) {
			return ptl.usageError("cannot write " + svg + ": " + failed.getMessage());
		}
	}
}
