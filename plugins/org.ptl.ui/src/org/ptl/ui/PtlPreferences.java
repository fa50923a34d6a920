package org.ptl.ui;

import org.eclipse.jface.preference.IPreferenceStore;

/**
 * The PTL preferences the editor reads (kept in the org.ptl.ui preference store): format on save.
 * Check severities are read by the language's SeverityPolicy, not here.
 */
public final class PtlPreferences {

	/** Format .ptl editors when they are saved (default off: formatting is the user's call). */
	public static final String FORMAT_ON_SAVE = "formatOnSave";

	private PtlPreferences() {
	}

	public static IPreferenceStore store() {
		return PtlUi.getDefault().getPreferenceStore();
	}

	public static boolean formatOnSave() {
		return PtlUi.getDefault() != null && store().getBoolean(FORMAT_ON_SAVE);
	}
}
