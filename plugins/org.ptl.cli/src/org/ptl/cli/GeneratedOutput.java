package org.ptl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.ptl.gen.ForeignFileException;
import org.ptl.gen.GeneratedFile;
import org.ptl.gen.OutputDirectory;
import org.ptl.gen.OutputException;

/**
 * Writes what a generator produced and says so: one "wrote PATH" line per file on stdout, or one
 * line on stderr and exit code 2 when the directory cannot be written or a file there is not the
 * generator's.
 */
final class GeneratedOutput {

	private GeneratedOutput() {
	}

	static int write(PtlCommand ptl, OutputDirectory directory, List<GeneratedFile> files, PrintWriter out) {
		List<Path> written;
		try {
			written = directory.write(files);
		} catch (OutputException | ForeignFileException cannot) {
			return ptl.usageError(cannot.getMessage());
		}
		written.forEach(path -> out.println("wrote " + path));
		out.flush();
		return ExitCodes.OK;
	}
}
