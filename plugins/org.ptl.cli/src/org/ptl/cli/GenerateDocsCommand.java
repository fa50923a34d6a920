package org.ptl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ptl.gen.GeneratedFile;
import org.ptl.gen.NameClashException;
import org.ptl.gen.OutputDirectory;
import org.ptl.gen.docs.DocsGenerator;
import org.ptl.lang.util.LoadedElements;
import org.ptl.lang.util.NodeText;
import org.ptl.model.ClaimSet;
import org.ptl.model.Encoding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ptl generate docs FILE|DIR... -o DIR}: a self-contained HTML site of the files (and the
 * files they import): descriptors drawn as 64-bit registers, ownership state diagrams, encodings
 * side by side, invariants, walker policy tables and a decoder box. Exit codes as for
 * {@code generate c}.
 */
@Command(name = "docs", description = "Generate an HTML documentation site: bit layouts, state diagrams, encodings, a decoder box.",
		sortOptions = false)
final class GenerateDocsCommand implements Callable<Integer> {

	@ParentCommand
	private GenerateCommand generate;

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files or directories to document")
	private List<String> paths;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", required = true, description = "where to write the site")
	private Path output;

	@Override
	public Integer call() {
		PtlCommand ptl = generate.ptl;
		PrintWriter err = spec.commandLine().getErr();
		GenerationInput input = GenerationInput.load(ptl, paths, err);
		if (input.failed()) {
			return input.exitCode();
		}
		List<GeneratedFile> files;
		try {
			files = new DocsGenerator(NodeText::text, LoadedElements.in(input.resources(), ClaimSet.class),
					LoadedElements.in(input.resources(), Encoding.class)).generate(input.sources());
		} catch (NameClashException clashes) {
			return input.report(clashes, err);
		}
		return GeneratedOutput.write(ptl, new OutputDirectory(output), files, spec.commandLine().getOut());
	}
}
