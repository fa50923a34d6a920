package org.ptl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The .ptl files a command works on: files named on the command line, and every .ptl file below
 * the directories named there, in a stable (sorted) order, each shown under the path the user
 * would recognise.
 */
public final class SourceFiles {

	private static final String EXTENSION = ".ptl";

	private SourceFiles() {
	}

	/** A file to check: its real path and how reports show it. */
	public record Source(Path path, String shownAs) {
	}

	public static List<Source> collect(List<String> arguments) throws UsageException {
		Map<Path, Source> sources = new LinkedHashMap<>();
		for (String argument : arguments) {
			Path path = Path.of(argument);
			if (!Files.exists(path)) {
				throw new UsageException(argument + ": no such file or directory");
			}
			if (Files.isDirectory(path)) {
				List<Source> found = below(path, argument);
				if (found.isEmpty()) {
					throw new UsageException(argument + ": no .ptl files in this directory");
				}
				found.forEach(source -> sources.putIfAbsent(source.path(), source));
			} else if (!Files.isReadable(path)) {
				throw new UsageException(argument + ": cannot read this file");
			} else {
				Path real = path.toAbsolutePath().normalize();
				sources.putIfAbsent(real, new Source(real, argument));
			}
		}
		return new ArrayList<>(sources.values());
	}

	private static List<Source> below(Path directory, String shownAs) throws UsageException {
		try (Stream<Path> walk = Files.walk(directory)) {
			return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(EXTENSION))
					.sorted().map(p -> new Source(p.toAbsolutePath().normalize(), shown(directory, shownAs, p)))
					.toList();
		} catch (IOException | java.io.UncheckedIOException unreadable) {
			throw new UsageException(shownAs + ": cannot list this directory (" + unreadable.getMessage() + ")");
		}
	}

	private static String shown(Path directory, String shownAs, Path file) {
		String relative = directory.relativize(file).toString();
		return shownAs.endsWith("/") ? shownAs + relative : shownAs + "/" + relative;
	}
}
