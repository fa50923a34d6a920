package org.ptl.ui.build;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.ptl.ui.PtlUi;

/**
 * Offers PTL checking where it is missing: when a .ptl file of a project without the PTL nature is
 * opened in an editor, asks once per project and session whether to check the project's .ptl files
 * on save (adding the nature), with "do not ask again" remembered in the preferences. The same can
 * be done any time with Configure > Enable PTL Checking.
 */
public final class NatureOffer implements IStartup {

	/** Preference: "never" once the user ticked "do not ask again". */
	public static final String PREFERENCE = "offerPtlNature";

	private static final Set<String> ASKED = new HashSet<>();

	@Override
	public void earlyStartup() {
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
				listen(window);
			}
			PlatformUI.getWorkbench().addWindowListener(new IWindowListener() {
				@Override
				public void windowOpened(IWorkbenchWindow window) {
					listen(window);
				}

				@Override
				public void windowActivated(IWorkbenchWindow window) {
				}

				@Override
				public void windowDeactivated(IWorkbenchWindow window) {
				}

				@Override
				public void windowClosed(IWorkbenchWindow window) {
				}
			});
		});
	}

	/** Whether opening this file should offer the nature: a .ptl file, in an open project without it, not declined for good. */
	public static boolean shouldOffer(IFile file, IPreferenceStore preferences) {
		if (file == null || !"ptl".equals(file.getFileExtension()) || !file.getProject().isOpen()
				|| MessageDialogWithToggle.NEVER.equals(preferences.getString(PREFERENCE))) {
			return false;
		}
		try {
			return !file.getProject().hasNature(PtlNature.ID);
		} catch (CoreException unreadable) {
			return false;
		}
	}

	private static void listen(IWorkbenchWindow window) {
		window.getPartService().addPartListener(new IPartListener2() {
			@Override
			public void partOpened(IWorkbenchPartReference reference) {
				if (reference.getPart(false) instanceof IEditorPart editor) {
					offer(window, Adapters.adapt(editor.getEditorInput(), IFile.class));
				}
			}
		});
	}

	private static void offer(IWorkbenchWindow window, IFile file) {
		IPreferenceStore preferences = PtlUi.getDefault().getPreferenceStore();
		if (!shouldOffer(file, preferences) || !ASKED.add(file.getProject().getName())) {
			return;
		}
		IProject project = file.getProject();
		MessageDialogWithToggle answer = MessageDialogWithToggle.openYesNoQuestion(window.getShell(),
				"Enable PTL Checking",
				"The project '" + project.getName() + "' does not check its .ptl files. Check them on every save, "
						+ "with markers in the Problems view?",
				"Do not ask again", false, null, null);
		if (answer.getToggleState()) {
			preferences.setValue(PREFERENCE, MessageDialogWithToggle.NEVER);
		}
		if (answer.getReturnCode() == IDialogConstants.YES_ID) {
			try {
				PtlNature.addTo(project, null);
			} catch (CoreException cannot) {
				PtlUi.log("cannot enable PTL checking on " + project.getName(), cannot);
			}
		}
	}
}
