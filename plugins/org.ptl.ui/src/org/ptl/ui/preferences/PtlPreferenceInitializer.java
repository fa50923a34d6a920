package org.ptl.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.ptl.ui.PtlPreferences;
import org.ptl.ui.editor.PtlColors;

/** The defaults of PTL's preferences: no format on save, the editor's standard colours, every check at its own severity. */
public final class PtlPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		PtlPreferences.store().setDefault(PtlPreferences.FORMAT_ON_SAVE, false);
		PtlColors.setDefaults(PtlPreferences.store());
	}
}
