package org.ptl.fuzz;

import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;

/** The shapes a command's stdout may have: GCC-style diagnostics with a summary, or one JSON document. */
final class Outputs {

	private static final Pattern DIAGNOSTIC = Pattern
			.compile("^.+:\\d+:\\d+: (error|warning|info): .+ \\[[a-z0-9.-]+\\]$");
	private static final Pattern SUMMARY = Pattern
			.compile("^checked \\d+ files?: \\d+ errors?, \\d+ warnings?, \\d+ infos?$");

	private Outputs() {
	}

	/** Every line a diagnostic, the last one the summary. */
	static void requireReport(CommandRun run) {
		String[] lines = run.out().split("\n");
		run.require(lines.length > 0 && SUMMARY.matcher(lines[lines.length - 1]).matches(), "no summary line");
		for (int i = 0; i < lines.length - 1; i++) {
			run.require(DIAGNOSTIC.matcher(lines[i]).matches(), "not a diagnostic: " + lines[i]);
		}
	}

	/** A JSON report without the times it measured ("seconds", "statesPerSecond"), whatever their depth. */
	static JsonElement withoutTimes(CommandRun run) {
		JsonElement report = JsonParser.parseString(run.out());
		dropTimes(report);
		return report;
	}

	private static void dropTimes(JsonElement element) {
		if (element.isJsonObject()) {
			JsonObject object = element.getAsJsonObject();
			object.remove("seconds");
			object.remove("statesPerSecond");
			object.entrySet().forEach(entry -> dropTimes(entry.getValue()));
		} else if (element.isJsonArray()) {
			element.getAsJsonArray().forEach(Outputs::dropTimes);
		}
	}

	/** One JSON document and nothing else. */
	static void requireJson(CommandRun run) {
		try {
			JsonParser.parseString(run.out());
		} catch (JsonSyntaxException | IllegalStateException broken) {
			run.require(false, "stdout is not JSON: " + broken.getMessage());
		}
		run.require(run.out().trim().startsWith("{") || run.out().trim().startsWith("["), "stdout is not one JSON document");
	}
}
