package org.ptl.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.ptl.lang.PtlStandaloneSetup;

import com.google.inject.Injector;

/**
 * The world a fuzz input runs in: a private copy of the bundled examples and of the check fixtures
 * (laid out as in the repository, so the inputs' relative imports find their files), and one
 * language injector shared by every run. An input is written as one .ptl file into the directory
 * its first line names ({@code // in: examples/kvm}); the line is a PTL comment, so a seed stays a
 * valid PTL file and a mutated one still lands somewhere.
 */
public final class FuzzWorld {

	/** The directories an input may be placed in, relative to the copy's root. */
	public static final List<String> DIRECTORIES = List.of("examples/pkvm", "examples/kvm", "examples/arm64",
			"examples/pkvm-ia", "tests/org.ptl.cli.tests/fixtures/twins",
			"tests/org.ptl.cli.tests/fixtures/explore");

	private static final String HEADER = "// in: ";

	private static FuzzWorld world;

	private final Path root;
	private final Injector injector;

	private FuzzWorld(Path root, Injector injector) {
		this.root = root;
		this.injector = injector;
	}

	/** The world of this process, made on first use. */
	public static synchronized FuzzWorld get() {
		if (world == null) {
			world = create();
		}
		return world;
	}

	public Injector injector() {
		return injector;
	}

	/** Writes the input where its header says and returns the file. */
	public Path place(byte[] input) {
		Path file = root.resolve(directory(input)).resolve("fuzz_input.ptl");
		try {
			Files.write(file, input);
		} catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return file;
	}

	/** Writes the input as a trace file beside the bundled traces and returns the file. */
	public Path placeTrace(byte[] input) {
		Path file = root.resolve("examples/traces/fuzz_input.log");
		try {
			Files.write(file, input);
		} catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return file;
	}

	/** The copy of the bundled examples. */
	public Path examples() {
		return root.resolve("examples");
	}

	/** The seed for a file of the repository: its text behind the header naming its directory. */
	public static byte[] seed(String directory, byte[] text) {
		byte[] header = (HEADER + directory + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] seed = new byte[header.length + text.length];
		System.arraycopy(header, 0, seed, 0, header.length);
		System.arraycopy(text, 0, seed, header.length, text.length);
		return seed;
	}

	private static String directory(byte[] input) {
		String start = new String(input, 0, Math.min(input.length, 80), StandardCharsets.ISO_8859_1);
		if (start.startsWith(HEADER)) {
			String named = start.substring(HEADER.length()).split("\n", 2)[0].trim();
			if (DIRECTORIES.contains(named)) {
				return named;
			}
		}
		return DIRECTORIES.get(0);
	}

	private static FuzzWorld create() {
		Path repository = Path.of(System.getProperty("ptl.root", "../..")).toAbsolutePath().normalize();
		try {
			Path root = Files.createTempDirectory("ptl-fuzz");
			copy(repository.resolve("examples"), root.resolve("examples"));
			copy(repository.resolve("tests/org.ptl.cli.tests/fixtures"), root.resolve("tests/org.ptl.cli.tests/fixtures"));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
			return new FuzzWorld(root, new PtlStandaloneSetup().createInjectorAndDoEMFRegistration());
		} catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path source : files.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
	}

	private static void delete(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException ignored) {
			// a temporary directory left behind is no failure of the fuzz run
		}
	}
}
