package org.ptl.ui;

import org.eclipse.jface.preference.IPreferenceStore;

/**
 * The PTL preferences (kept in the org.ptl.ui preference store): format on save, the colour of each
 * look of the editor ({@code color.*}, see PtlColors) and each check's workspace severity
 * ({@code severity.*}, see CheckSeverities).
 */
public final class PtlPreferences {

	/** Format .ptl editors when they are saved (default off: formatting is the user's call). */
	public static final String FORMAT_ON_SAVE = "formatOnSave";

	private PtlPreferences() {
	}

	/** Whether the store can be read: the bundle is active (not so in plain JUnit runs). */
	public static boolean available() {
		return PtlUi.getDefault() != null;
	}

	public static IPreferenceStore store() {
		return PtlUi.getDefault().getPreferenceStore();
	}

	public static boolean formatOnSave() {
		return available() && store().getBoolean(FORMAT_ON_SAVE);
	}
}
