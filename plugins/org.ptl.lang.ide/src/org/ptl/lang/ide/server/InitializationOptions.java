package org.ptl.lang.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ptl.lang.validation.SeverityPolicy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads the settings a client passes in {@code initializationOptions}: check severities as the
 * command line's {@code -s} takes them, either {@code {"severity": ["encoding.unused=error"]}} or
 * {@code {"severity": {"encoding.unused": "error"}}}. A setting that names no check, or no level, is
 * left out and reported, so that one typo does not cost the user the whole server.
 */
final class InitializationOptions {

	private static final String SEVERITY = "severity";

	private InitializationOptions() {
	}

	static List<SeverityPolicy.Setting> severities(Object options, Consumer<String> problems) {
		List<SeverityPolicy.Setting> settings = new ArrayList<>();
		if (options == null) {
			return settings;
		}
		if (!(options instanceof JsonObject object)) {
			problems.accept("initializationOptions must be an object such as {\"severity\": [\"encoding.unused=error\"]}");
			return settings;
		}
		JsonElement severity = object.get(SEVERITY);
		List<String> texts = new ArrayList<>();
		if (severity == null || severity.isJsonNull()) {
			return settings;
		} else if (severity.isJsonArray()) {
			severity.getAsJsonArray().forEach(element -> texts.add(text(element)));
		} else if (severity.isJsonObject()) {
			for (Map.Entry<String, JsonElement> entry : severity.getAsJsonObject().entrySet()) {
				texts.add(entry.getKey() + "=" + text(entry.getValue()));
			}
		} else {
			problems.accept("initializationOptions.severity must be a list of CHECK=LEVEL or an object of CHECK: LEVEL");
			return settings;
		}
		for (String text : texts) {
			try {
				settings.add(SeverityPolicy.Setting.parse(text));
			} catch (IllegalArgumentException wrong) {
				problems.accept("initializationOptions.severity: " + wrong.getMessage() + "; the setting is ignored");
			}
		}
		return settings;
	}

	private static String text(JsonElement element) {
		return element.isJsonPrimitive() ? element.getAsString() : element.toString();
	}
}
