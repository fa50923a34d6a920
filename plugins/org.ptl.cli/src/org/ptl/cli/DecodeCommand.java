package org.ptl.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.ptl.lang.util.LoadedElements;
import org.ptl.lang.util.PtlNames;
import org.ptl.model.ClaimSet;
import org.ptl.model.Encoding;
import org.ptl.model.Format;
import org.ptl.sim.decode.Decoder;
import org.ptl.sim.decode.Decoding;

import com.google.gson.GsonBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ptl decode FORMAT VALUE [--level N] [--file FILE]}: reads a 64-bit value as a descriptor
 * of a format: its kind, every field with its value and enum name, the software-bit claims and the
 * ownership states they encode, and what looks wrong. Formats come from the given files, or from the
 * bundled examples.
 */
@Command(name = "decode", description = "Decode a 64-bit value as a descriptor of a format.")
final class DecodeCommand implements Callable<Integer> {

	@ParentCommand
	private PtlCommand ptl;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FORMAT", description = "the format's name (arm64_s2_4k_40)")
	private String formatName;

	@Parameters(index = "1", paramLabel = "VALUE", description = "the value: 0x..., 0b... or decimal")
	private String valueText;

	@Option(names = "--level", paramLabel = "N", description = "the level the value is found at (default: every level)")
	private Integer level;

	@Option(names = "--file", paramLabel = "FILE|DIR", description = "where the format is (default: the bundled examples); repeatable")
	private List<String> files = new ArrayList<>();

	@Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text or json")
	private ReportFormat format;

	@Override
	public Integer call() {
		Long value = Decoder.parseValue(valueText);
		if (value == null) {
			return ptl.usageError("'" + valueText + "' is not a 64-bit value (write 0x..., 0b... or decimal)");
		}
		ModelSet models;
		try {
			models = ptl.loadWithoutErrors(files.isEmpty() ? List.of(defaultFiles()) : files, "not decoding");
		} catch (UsageException usage) {
			return ptl.usageError(usage.getMessage());
		}
		List<Resource> resources = models.allResources();
		List<Format> formats = LoadedElements.in(resources, Format.class);
		Format chosen = formats.stream()
				.filter(f -> formatName.equals(f.getName()) || formatName.equals(PtlNames.qualified(f)))
				.findFirst().orElse(null);
		if (chosen == null) {
			return ptl.usageError("no format '" + formatName + "' (known: "
					+ String.join(", ", formats.stream().map(Format::getName).toList()) + ")");
		}
		Decoder decoder;
		try {
			decoder = new Decoder(chosen, LoadedElements.in(resources, ClaimSet.class),
					LoadedElements.in(resources, Encoding.class));
		} catch (IllegalArgumentException unusable) {
			return ptl.usageError(unusable.getMessage());
		}
		if (level != null && (level < chosen.getFirstLevel() || level > chosen.getLastLevel())) {
			return ptl.usageError("format '" + formatName + "' has levels " + chosen.getFirstLevel() + ".."
					+ chosen.getLastLevel());
		}
		List<Decoding> readings = decoder.decode(value, level);
		PrintWriter out = spec.commandLine().getOut();
		if (format == ReportFormat.json) {
			out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(readings));
		} else {
			DecodingText.print(out, chosen.getName(), value, readings);
		}
		out.flush();
		return ExitCodes.OK;
	}

	private static String defaultFiles() {
		String home = System.getProperty("ptl.home");
		Path examples = home == null ? Path.of("examples") : Path.of(home, "examples");
		return Files.isDirectory(examples) ? examples.toString() : ".";
	}
}
