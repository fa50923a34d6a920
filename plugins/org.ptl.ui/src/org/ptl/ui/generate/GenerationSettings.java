package org.ptl.ui.generate;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;
import org.ptl.ui.PtlUi;

/**
 * A project's generation settings, kept with the project (.settings/org.ptl.ui.generate.prefs, so
 * they travel with it): the folder generated files go to, the C style, and whether saving a .ptl
 * file regenerates its header and documentation there.
 *
 * @param folder   project-relative folder (default {@value #DEFAULT_FOLDER})
 * @param style    the C style: user or kernel
 * @param onSave   whether saving regenerates
 */
public record GenerationSettings(String folder, String style, boolean onSave) {

	public static final String DEFAULT_FOLDER = "generated";

	private static final String NODE = PtlUi.PLUGIN_ID + ".generate";

	public static GenerationSettings of(IProject project) {
		IEclipsePreferences node = new ProjectScope(project).getNode(NODE);
		return new GenerationSettings(node.get("folder", DEFAULT_FOLDER), node.get("style", "user"), node.getBoolean("onSave", false));
	}

	public void saveTo(IProject project) throws BackingStoreException {
		IEclipsePreferences node = new ProjectScope(project).getNode(NODE);
		node.put("folder", folder);
		node.put("style", style);
		node.putBoolean("onSave", onSave);
		node.flush();
	}
}
