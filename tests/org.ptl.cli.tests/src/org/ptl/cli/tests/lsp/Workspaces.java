package org.ptl.cli.tests.lsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the bundled examples and fixtures for a test to open, edit and break. */
final class Workspaces {

	private Workspaces() {
	}

	static Path root() {
		String root = System.getProperty("ptl.root");
		return root == null ? Path.of("../..").toAbsolutePath().normalize() : Path.of(root);
	}

	/**
	 * examples/ copied into the directory, without the layouts: a server with the copy as root would
	 * prove them in the background for seconds on every core, which no test here needs and which
	 * would only slow the tests that run beside it.
	 */
	static Path examples(Path directory) {
		copy(root().resolve("examples"), directory);
		deleteTree(directory.resolve("layout"));
		return directory;
	}

	private static void deleteTree(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Path fixture(String relative) {
		return root().resolve("tests/org.ptl.cli.tests/fixtures").resolve(relative);
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The 0-based line of the first line containing the text. */
	static int lineOf(String text, String part) {
		int at = text.indexOf(part);
		if (at < 0) {
			throw new IllegalArgumentException("no '" + part + "' in the text");
		}
		return (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
	}

	/** The 0-based column of the text on its line. */
	static int columnOf(String text, String part) {
		int at = text.indexOf(part);
		return at - (text.lastIndexOf('\n', at - 1) + 1);
	}

	private static void copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
