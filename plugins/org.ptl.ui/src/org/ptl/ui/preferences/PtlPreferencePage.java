package org.ptl.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.ptl.ui.PtlPreferences;

/** Window > Preferences > PTL: the editor's behaviour; check severities and colours are its sub-pages. */
public final class PtlPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public PtlPreferencePage() {
		super(GRID);
		setDescription("PTL editors and checks. Check Severities and Colors are below this page.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(PtlPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(PtlPreferences.FORMAT_ON_SAVE, "&Format .ptl files when they are saved",
				getFieldEditorParent()));
	}
}
