package org.ptl.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ptl.cli.SourceFiles.Source;
import org.ptl.lang.validation.SeverityPolicy;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ptl check FILE|DIR...}: validates .ptl files and prints every diagnostic as
 * {@code file:line:col: severity: message [check-id]}, or as JSON; ownership models are also explored
 * with small bounds ({@link ExplorationCheck}). Exit code 0 when there is no
 * error, 1 when there is one, 2 for usage and I/O errors.
 */
@Command(name = "check", description = "Check .ptl files (and the .ptl files below directories) and report problems.",
		sortOptions = false)
final class CheckCommand implements Callable<Integer> {

	@ParentCommand
	private PtlCommand ptl;

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files or directories to check")
	private List<String> paths;

	@Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
			description = "text (GCC-style lines, the default) or json")
	private ReportFormat format;

	@Option(names = { "-s", "--severity" }, paramLabel = "CHECK=LEVEL", converter = SeveritySetting.class,
			description = "report CHECK as error, warning, info, or ignore it (overrides the files' settings); repeatable")
	private List<SeverityPolicy.Setting> severities = new ArrayList<>();

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		List<Source> sources;
		try {
			sources = SourceFiles.collect(paths);
		} catch (UsageException usage) {
			return ptl.usageError(usage.getMessage());
		}
		PhaseTimer timer = new PhaseTimer(spec.commandLine().getErr());
		Injector injector = ptl.injector();
		timer.phase("language set-up");
		SeverityPolicy policy = injector.getInstance(SeverityPolicy.class);
		severities.forEach(policy::override);
		ModelSet models = new ModelSet(injector);
		try {
			models.load(sources);
		} catch (UsageException unreadable) {
			return ptl.usageError(unreadable.getMessage());
		}
		timer.phase("read and parse " + sources.size() + " files");
		List<Finding> findings = models.validate();
		timer.phase("link and validate");
		findings.addAll(new ExplorationCheck(policy).findings(models.resources(), findings));
		findings.sort(Finding.ORDER);
		timer.phase("explore ownership models");
		if (format == ReportFormat.json) {
			Reports.json(out, sources.stream().map(Source::shownAs).toList(), findings);
		} else {
			Reports.text(out, sources.size(), findings);
		}
		timer.phase("report");
		if (!models.internalFailures().isEmpty()) {
			throw new InternalFailure(models.internalFailures());
		}
		return Reports.hasErrors(findings) ? ExitCodes.FINDINGS : ExitCodes.OK;
	}
}
