package org.ptl.ui.preferences;

import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.ptl.ui.PtlPreferences;
import org.ptl.ui.editor.PtlColors;

/**
 * PTL > Colors: the colour of each lexical class and semantic highlighting style of the .ptl editor.
 * On OK every open .ptl editor repaints with the new colours.
 */
public final class ColorPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public ColorPreferencePage() {
		super(GRID);
		setDescription("Colours of the .ptl editor (bold and italic stay as they are).");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(PtlPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		for (PtlColors.Look look : PtlColors.looks()) {
			addField(new ColorFieldEditor(PtlColors.preference(look.key()), look.label() + ":", getFieldEditorParent()));
		}
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		repaintPtlEditors();
		return ok;
	}

	/** Asks every open, restored .ptl editor to paint its text again (with the current colours). */
	public static void repaintPtlEditors() {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					try {
						if (reference.getEditor(false) != null && reference.getEditorInput() instanceof IFileEditorInput input
								&& "ptl".equals(input.getFile().getFileExtension())
								&& reference.getEditor(false).getAdapter(ITextOperationTarget.class) instanceof ITextViewer viewer) {
							viewer.invalidateTextPresentation();
						}
					} catch (PartInitException notRestored) {
						// an editor not restored yet paints with the new colours when it is
					}
				}
			}
		}
	}
}
