package org.ptl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ptl.lang.util.LoadedElements;
import org.ptl.lang.util.PtlNames;
import org.ptl.model.Binding;
import org.ptl.model.Format;
import org.ptl.sim.casemate.CasemateReadAhead;
import org.ptl.sim.conform.ConformanceReport;
import org.ptl.sim.conform.ConformanceRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ptl conform TRACE --binding NAME [FILE|DIR...]}: checks a recorded run, a casemate trace,
 * against a PTL binding: break-before-make, lock discipline and ownership conformance (see
 * {@link ConformanceRun}); {@code --dump-abstract} adds each table's abstract view. The binding comes
 * from the files given, or from the bundled examples. Exit 0 when the trace conforms, 1 when it does
 * not (or has malformed records), 2 when nothing could be checked or the input is unusable.
 */
@Command(name = "conform", description = "Check a recorded run (a casemate trace) against a PTL binding.")
final class ConformCommand implements Callable<Integer> {

	private static final long PROGRESS_NANOS = 2_000_000_000L;

	@ParentCommand
	private PtlCommand ptl;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "TRACE", description = "the trace (casemate's format; - for standard input)")
	private String trace;

	@Parameters(index = "1..*", paramLabel = "FILE|DIR", description = "where the binding is (default: the bundled examples)")
	private List<String> files = new ArrayList<>();

	@Option(names = "--binding", required = true, paramLabel = "NAME",
			description = "the binding whose formats, encodings and ownership model the trace must follow; or a format's name, to check break-before-make and locks only")
	private String bindingName;

	@Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text or json")
	private ReportFormat format;

	@Option(names = "--dump-abstract", description = "print each table's abstract view at the end of the trace")
	private boolean dumpAbstract;

	@Option(names = { "-q", "--quiet" }, description = "no progress on standard error")
	private boolean quiet;

	@Override
	public Integer call() {
		ModelSet models;
		try {
			models = ptl.loadWithoutErrors(files.isEmpty() ? List.of(defaultFiles()) : files, "not checking the trace");
		} catch (UsageException usage) {
			return ptl.usageError(usage.getMessage());
		}
		List<Binding> bindings = LoadedElements.in(models.allResources(), Binding.class);
		Binding binding = bindings.stream()
				.filter(b -> bindingName.equals(b.getName()) || bindingName.equals(PtlNames.qualified(b))).findFirst()
				.orElse(null);
		Format tableFormat = binding != null ? null
				: LoadedElements.in(models.allResources(), Format.class).stream()
						.filter(f -> bindingName.equals(f.getName()) || bindingName.equals(PtlNames.qualified(f))).findFirst()
						.orElse(null);
		if (binding == null && tableFormat == null) {
			return ptl.usageError("no binding or format '" + bindingName + "' (bindings: "
					+ String.join(", ", bindings.stream().map(Binding::getName).toList()) + ")");
		}
		ConformanceRun run = binding != null ? new ConformanceRun(binding) : new ConformanceRun(tableFormat);
		try (InputStream in = trace.equals("-") ? System.in : Files.newInputStream(Path.of(trace));
				CasemateReadAhead reader = new CasemateReadAhead(in)) {
			read(reader, run);
		} catch (IOException | java.nio.file.InvalidPathException unreadable) {
			return ptl.usageError(trace + ": cannot read the trace (" + unreadable.getMessage() + ")");
		}
		ConformanceReport report = run.report();
		String shown = trace.equals("-") ? "<stdin>" : trace;
		if (!report.checkedAnything()) {
			ConformText.printFindings(spec.commandLine().getErr(), shown, report);
			return ptl.usageError(shown + ": nothing to check: " + (report.records() == 0 ? "the trace has no record"
					: "the trace installs no table (no sysreg-write of vttbr_el2 or ttbr0_el2)"));
		}
		PrintWriter out = spec.commandLine().getOut();
		if (format == ReportFormat.json) {
			ConformJson.print(out, shown, bindingName, report, dumpAbstract);
		} else {
			ConformText.print(out, shown, bindingName, report, dumpAbstract);
		}
		out.flush();
		return report.conforms() ? ExitCodes.OK : ExitCodes.FINDINGS;
	}

	private void read(CasemateReadAhead reader, ConformanceRun run) throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		long size = trace.equals("-") ? -1 : Files.size(Path.of(trace));
		long next = System.nanoTime() + PROGRESS_NANOS;
		for (long n = 0; reader.readNext(run); n++) {
			if ((n & 0xffff) == 0 && !quiet && System.nanoTime() > next) {
				next = System.nanoTime() + PROGRESS_NANOS;
				err.println("ptl: conform: " + n + " records" + (size > 0 ? ", " + reader.bytesRead() * 100 / size + "%" : ""));
				err.flush();
			}
		}
	}

	private static String defaultFiles() {
		String home = System.getProperty("ptl.home");
		Path examples = home == null ? Path.of("examples") : Path.of(home, "examples");
		return Files.isDirectory(examples) ? examples.toString() : ".";
	}
}
