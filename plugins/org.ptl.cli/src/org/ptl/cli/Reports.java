package org.ptl.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Prints findings: GCC-style lines followed by a one-line summary, or the same as one JSON document
 * ({@code {"files": [...], "diagnostics": [...], "summary": {...}}}).
 */
final class Reports {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private Reports() {
	}

	static void text(PrintWriter out, int fileCount, List<Finding> findings) {
		findings.forEach(finding -> out.println(finding.gccStyle()));
		Map<Finding.Level, Long> counts = counts(findings);
		out.println("checked " + plural(fileCount, "file") + ": " + plural(counts.get(Finding.Level.ERROR), "error")
				+ ", " + plural(counts.get(Finding.Level.WARNING), "warning") + ", "
				+ plural(counts.get(Finding.Level.INFO), "info"));
		out.flush();
	}

	static void json(PrintWriter out, List<String> files, List<Finding> findings) {
		JsonObject document = new JsonObject();
		JsonArray fileArray = new JsonArray();
		files.forEach(fileArray::add);
		document.add("files", fileArray);
		JsonArray diagnostics = new JsonArray();
		for (Finding finding : findings) {
			JsonObject diagnostic = new JsonObject();
			diagnostic.addProperty("file", finding.file());
			diagnostic.addProperty("line", finding.line());
			diagnostic.addProperty("column", finding.column());
			diagnostic.addProperty("severity", finding.severity().text());
			diagnostic.addProperty("check", finding.check());
			diagnostic.addProperty("message", finding.message());
			diagnostics.add(diagnostic);
		}
		document.add("diagnostics", diagnostics);
		JsonObject summary = new JsonObject();
		Map<Finding.Level, Long> counts = counts(findings);
		summary.addProperty("files", files.size());
		summary.addProperty("errors", counts.get(Finding.Level.ERROR));
		summary.addProperty("warnings", counts.get(Finding.Level.WARNING));
		summary.addProperty("infos", counts.get(Finding.Level.INFO));
		document.add("summary", summary);
		out.println(GSON.toJson(document));
		out.flush();
	}

	static boolean hasErrors(List<Finding> findings) {
		return findings.stream().anyMatch(finding -> finding.severity() == Finding.Level.ERROR);
	}

	private static Map<Finding.Level, Long> counts(List<Finding> findings) {
		Map<Finding.Level, Long> counts = findings.stream()
				.collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
		for (Finding.Level level : Finding.Level.values()) {
			counts.putIfAbsent(level, 0L);
		}
		return counts;
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
