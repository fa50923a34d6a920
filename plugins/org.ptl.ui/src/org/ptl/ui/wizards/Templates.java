package org.ptl.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.ptl.ui.PtlUi;

/**
 * The new-file templates shipped in the bundle's templates/ folder (a format, an ownership model,
 * a scenario), with their ${placeholders} filled in.
 */
public final class Templates {

	/** The kinds of file the New PTL File wizard creates. */
	public enum Kind {
		FORMAT("format.ptl", "Page-table format (granule, levels, descriptors and their bit fields)"),
		OWNERSHIP("ownership.ptl", "Ownership model (states, components, transitions, invariants)"),
		SCENARIO("scenario.ptl", "Scenario (steps on a binding of the workspace, with expectations)");

		final String file;
		final String label;

		Kind(String file, String label) {
			this.file = file;
			this.label = label;
		}
	}

	private Templates() {
	}

	/** The template of a kind with every ${key} replaced by its value. */
	public static String fill(Kind kind, Map<String, String> values) {
		String text = read(kind);
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace("${" + value.getKey() + "}", value.getValue());
		}
		return text;
	}

	private static String read(Kind kind) {
		URL url = FileLocator.find(Platform.getBundle(PtlUi.PLUGIN_ID), new Path("templates/" + kind.file));
		if (url == null) {
			throw new IllegalStateException("the bundle has no template " + kind.file);
		}
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}
}
