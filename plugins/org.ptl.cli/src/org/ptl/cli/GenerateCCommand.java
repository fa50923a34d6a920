package org.ptl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ptl.gen.GeneratedFile;
import org.ptl.gen.NameClashException;
import org.ptl.gen.OutputDirectory;
import org.ptl.gen.c.CGenerator;
import org.ptl.gen.c.CStyle;
import org.ptl.lang.util.LoadedElements;
import org.ptl.model.ClaimSet;
import org.ptl.model.Encoding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ptl generate c FILE|DIR... [-o DIR] [--style kernel|user] [--self-test]}: a C header per
 * .ptl file that declares formats, claims or encodings (the files named and the files they import),
 * and with --self-test the C program that checks them. Exit 0 when written, 1 when the files have
 * errors or names clash (nothing written), 2 when the output cannot be written (nothing, or only
 * whole files, written).
 */
@Command(name = "c", description = "Generate a C header per .ptl file (and the files it imports): masks, enums, encode/decode helpers.",
		sortOptions = false)
final class GenerateCCommand implements Callable<Integer> {

	@ParentCommand
	private GenerateCommand generate;

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files or directories to generate from")
	private List<String> paths;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", defaultValue = ".", description = "where to write (default: .)")
	private Path output;

	@Option(names = "--style", paramLabel = "kernel|user", defaultValue = "user",
			description = "kernel (u64, GENMASK_ULL, linux/ headers) or user (uint64_t, stdint.h; the default)")
	private String style;

	@Option(names = "--self-test", description = "also write " + CGenerator.SELF_TEST + ", a C program that checks the headers")
	private boolean selfTest;

	@Override
	public Integer call() {
		PtlCommand ptl = generate.ptl;
		CStyle chosen;
		try {
			chosen = CStyle.of(style);
		} catch (IllegalArgumentException unknown) {
			return ptl.usageError(unknown.getMessage());
		}
		PrintWriter err = spec.commandLine().getErr();
		GenerationInput input = GenerationInput.load(ptl, paths, err);
		if (input.failed()) {
			return input.exitCode();
		}
		List<GeneratedFile> files;
		try {
			files = new CGenerator(chosen, LoadedElements.in(input.resources(), ClaimSet.class),
					LoadedElements.in(input.resources(), Encoding.class)).generate(input.sources(), selfTest);
		} catch (NameClashException clashes) {
			return input.report(clashes, err);
		}
		if (files.isEmpty()) {
			return ptl.usageError("nothing to generate: the files declare no format, claims or encoding");
		}
		return GeneratedOutput.write(ptl, new OutputDirectory(output), files, spec.commandLine().getOut());
	}
}
