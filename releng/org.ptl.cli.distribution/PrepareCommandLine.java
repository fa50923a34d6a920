import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Lays out the ptl command line for a plain JVM from the p2 repository this module builds: one jar
 * per bundle (the newest when the repository holds several versions), copied without signature
 * files, and a class path file listing them. Run by ./ptl through the JDK's source launcher:
 * {@code java PrepareCommandLine.java <repository/plugins> <output directory>}.
 *
 * <p>Why unsigned copies: on a class path the JVM verifies every class of a signed jar against its
 * signature (the Eclipse jars on Maven Central are signed), which doubled ptl's start-up time, and
 * classes from signed jars cannot go into a class-data-sharing or AOT cache. Outside OSGi the
 * signatures protect nothing the p2 repository did not already check.
 */
public final class PrepareCommandLine {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]*\\.(SF|RSA|DSA|EC)");
	private static final Pattern BUNDLE_JAR = Pattern.compile("(.+?)_(\\d[^_]*)\\.jar");

	public static void main(String[] args) throws IOException {
		Path plugins = Path.of(args[0]);
		Path output = Path.of(args[1]);
		Path lib = output.resolve("lib");
		deleteRecursively(lib);
		Files.createDirectories(lib);
		List<String> classPath = new ArrayList<>();
		for (Path jar : newestPerBundle(plugins).values()) {
			Path copy = lib.resolve(jar.getFileName());
			copyWithoutSignatures(jar, copy);
			classPath.add(copy.toAbsolutePath().toString());
		}
		Path classPathFile = output.resolve("ptl.classpath");
		Path temporary = output.resolve("ptl.classpath.tmp");
		Files.writeString(temporary, String.join(":", classPath) + "\n");
		Files.move(temporary, classPathFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static Map<String, Path> newestPerBundle(Path plugins) throws IOException {
		Map<String, Path> newest = new TreeMap<>();
		Map<String, Version> versions = new TreeMap<>();
		try (Stream<Path> jars = Files.list(plugins)) {
			for (Path jar : jars.sorted().toList()) {
				var matcher = BUNDLE_JAR.matcher(jar.getFileName().toString());
				if (!matcher.matches()) {
					continue;
				}
				Version version = Version.parse(matcher.group(2));
				Version known = versions.get(matcher.group(1));
				if (known == null || version.compareTo(known) > 0) {
					versions.put(matcher.group(1), version);
					newest.put(matcher.group(1), jar);
				}
			}
		}
		return newest;
	}

	private static void copyWithoutSignatures(Path source, Path target) throws IOException {
		try (ZipFile zip = new ZipFile(source.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					continue;
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(directory)) {
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
