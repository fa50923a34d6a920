package org.ptl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.ptl.sim.race.CasemateTrace;
import org.ptl.sim.race.RaceReport;

/**
 * Writes the interleaving a concurrent block's report shows as a casemate trace, to a temporary name
 * first and renamed, so that a failed write leaves no half file.
 */
final class CasemateFile {

	private CasemateFile() {
	}

	static void write(Path file, RaceReport report, String source) throws IOException {
		List<String> lines = CasemateTrace.of(report.prologue(), report.shown(), source);
		Path absolute = file.toAbsolutePath();
		Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
		Files.write(temporary, lines, StandardCharsets.UTF_8);
		Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
