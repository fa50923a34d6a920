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
		FORMAT("format.ptl", "Page-table format (granule, levels, descriptors and their bit fields)", "my_format",
				org.ptl.model.Format.class),
		OWNERSHIP("ownership.ptl", "Ownership model (states, components, transitions, invariants)", "my_model",
				org.ptl.model.OwnershipModel.class),
		SCENARIO("scenario.ptl", "Scenario (steps on a binding of the workspace, with expectations)", "my_scenario",
				org.ptl.model.Scenario.class);

		final String file;
		final String label;
		/** the name the wizard proposes for what the file declares */
		final String defaultName;
		/** what the file declares, to find a workspace declaration of the same name */
		final Class<? extends org.ptl.model.Element> declares;

		Kind(String file, String label, String defaultName, Class<? extends org.ptl.model.Element> declares) {
			this.file = file;
			this.label = label;
			this.defaultName = defaultName;
			this.declares = declares;
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
