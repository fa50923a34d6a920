package org.ptl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.ptl.cli.SourceFiles.Source;
import org.ptl.lang.formatting2.PtlTextFormatter;
import org.ptl.lang.resource.PtlResource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ptl format FILE|DIR...}: prints .ptl files in the canonical layout, or with
 * {@code --check} lists the files that are not (exit 1), or with {@code --in-place} rewrites them.
 * Files with syntax errors are left alone and reported (exit 1).
 */
@Command(name = "format", description = "Format .ptl files: print them, check them (--check) or rewrite them (--in-place).")
final class FormatCommand implements Callable<Integer> {

	@ParentCommand
	private PtlCommand ptl;

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files or directories to format")
	private List<String> paths;

	@Option(names = "--check", description = "print the files that are not formatted and exit 1 if there are any")
	private boolean check;

	@Option(names = { "-i", "--in-place" }, description = "rewrite the files that are not formatted")
	private boolean inPlace;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		ModelSet models = new ModelSet(ptl.injector());
		try {
			models.load(SourceFiles.collect(paths));
		} catch (UsageException usage) {
			return ptl.usageError(usage.getMessage());
		}
		if (!models.internalFailures().isEmpty()) {
			throw new InternalFailure(models.internalFailures());
		}
		PtlTextFormatter formatter = ptl.injector().getInstance(PtlTextFormatter.class);
		int exitCode = ExitCodes.OK;
		for (Finding unreadable : models.loadFindings()) {
			spec.commandLine().getErr().println("ptl: " + unreadable.gccStyle() + " (not formatted)");
			exitCode = ExitCodes.FINDINGS;
		}
		for (Map.Entry<Source, Resource> entry : models.resources().entrySet()) {
			Source source = entry.getKey();
			XtextResource resource = (XtextResource) entry.getValue();
			if (resource.getParseResult().hasSyntaxErrors()
					|| resource instanceof PtlResource refused && refused.isTooDeep()) {
				spec.commandLine().getErr().println("ptl: " + source.shownAs() + ": not formatted: it has syntax errors ('ptl check' shows them)");
				exitCode = ExitCodes.FINDINGS;
				continue;
			}
			String original = resource.getParseResult().getRootNode().getText();
			String formatted = formatter.format(resource);
			if (check) {
				if (!formatted.equals(original)) {
					out.println(source.shownAs());
					exitCode = ExitCodes.FINDINGS;
				}
			} else if (inPlace) {
				if (!formatted.equals(original) && !write(source.path(), formatted)) {
					return ptl.usageError(source.shownAs() + ": cannot write the formatted file");
				}
			} else {
				out.print(formatted);
			}
		}
		spec.commandLine().getErr().flush();
		out.flush();
		return exitCode;
	}

	/** Writes through a temporary file and a rename, so that a failure leaves the original intact. */
	private static boolean write(Path path, String text) {
		try {
			Path temporary = Files.createTempFile(path.toAbsolutePath().getParent(), ".ptl-format", ".tmp");
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return true;
		} catch (IOException failure) {
			return false;
		}
	}
}
