package org.ptl.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.inject.Injector;

/**
 * The run the {@code ptl} launcher records its class-data cache from (JDK 25's AOT cache holds the
 * classes loaded and linked, and the method profiles of this run): it checks the bundled examples,
 * as nearly every command starts by loading a spec, and explores a bundled protocol, so that the
 * explorer's classes are in the cache too (explore and conform run without the recorded profiles,
 * which made their loops slower than profiles of the run at hand). One process runs
 * both, with one language set up, as a cache is recorded from one run; what the commands print is
 * dropped, and their exit codes do not matter.
 */
public final class TrainingRun {

	private TrainingRun() {
	}

	/** {@code args[0]}: the checkout the launcher runs from (its examples/). */
	public static void main(String[] args) throws InterruptedException {
		Main.prepareProcess();
		Path home = Path.of(args.length > 0 ? args[0] : ".");
		Thread worker = new Thread(null, () -> train(home), "ptl", 1L << 30);
		worker.start();
		worker.join();
		System.exit(0);
	}

	/** The command lines the training runs, in order, for the checkout at home. */
	public static List<List<String>> commands(Path home) {
		Path examples = home.resolve("examples");
		Path protocol = examples.resolve("dirty/s390_gmap_old.ptl");
		return List.of(List.of("check", examples.toString()),
				List.of("explore", protocol.toString(), "--model", "s390_gmap_old", "--members", "gmap=2,vcpu=1",
						"--pages", "8", "--no-symmetry", "-q"));
	}

	private static void train(Path home) {
		Injector language = PtlCommand.createInjector();
		PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
		for (List<String> command : commands(home)) {
			if (Files.exists(Path.of(command.get(1)))) {
				Main.run(command.toArray(String[]::new), nowhere, nowhere, language);
			}
		}
	}
}
