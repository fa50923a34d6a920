package org.ptl.cli.tests.lsp;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.ptl.cli.Main;

/**
 * Starts the {@code ptl} command as its own process, as the launcher script does: a plain JVM (no
 * OSGi) with {@link Main} on a class path of the bundles the command line is wired to here. So the
 * tests reach the real process boundary (stdin, stdout, exit code) without the packaged
 * distribution, which is built after them.
 */
final class CommandLineProcess {

	private CommandLineProcess() {
	}

	static Process start(Path stderr, String... args) {
		List<String> command = new java.util.ArrayList<>(List.of(javaBinary(), "-Xss16m", "-cp", classPath(),
				Main.class.getName()));
		command.addAll(List.of(args));
		try {
			return new ProcessBuilder(command).redirectError(stderr.toFile()).start();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The jars (or class folders) of org.ptl.cli and every bundle it is wired to, directly or not. */
	static String classPath() {
		Set<String> entries = new LinkedHashSet<>();
		Set<Bundle> seen = new java.util.HashSet<>();
		Deque<Bundle> work = new ArrayDeque<>(List.of(FrameworkUtil.getBundle(Main.class)));
		while (!work.isEmpty()) {
			Bundle bundle = work.pop();
			if (bundle.getBundleId() == 0 || !seen.add(bundle)) {
				continue; // the framework itself is not needed outside OSGi
			}
			entries.add(location(bundle));
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring != null) {
				for (BundleWire wire : wiring.getRequiredWires(null)) {
					work.push(wire.getProvider().getBundle());
				}
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	private static String location(Bundle bundle) {
		String location = bundle.getLocation();
		location = location.startsWith("initial@") ? location.substring("initial@".length()) : location;
		location = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
		Path path = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
		if (!path.isAbsolute()) {
			// relative to the framework's install area, as Equinox reads it
			String area = System.getProperty("osgi.install.area", "file:" + System.getProperty("user.dir"));
			path = Path.of(area.startsWith("file:") ? area.substring("file:".length()) : area).resolve(path);
		}
		path = path.normalize();
		if (Files.isDirectory(path) && Files.isDirectory(path.resolve("target/classes"))) {
			return path.resolve("target/classes").toString(); // a bundle of this build, not yet a jar
		}
		return path.toString();
	}
}
