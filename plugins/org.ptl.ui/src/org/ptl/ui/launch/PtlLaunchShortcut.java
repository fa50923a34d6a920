package org.ptl.ui.launch;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.ptl.ui.PtlUi;

/**
 * Run As > PTL Simulation (or PTL Exploration) on a .ptl file, or PTL Trace Conformance on a trace,
 * in the Project Explorer or in its editor: reuses the file's launch configuration of that type, or creates one with the defaults
 * (every scenario or model of the file), and launches it.
 */
public abstract class PtlLaunchShortcut implements ILaunchShortcut2 {

	private final String typeId;
	private final String extension;

	protected PtlLaunchShortcut(String typeId) {
		this(typeId, "ptl");
	}

	protected PtlLaunchShortcut(String typeId, String extension) {
		this.typeId = typeId;
		this.extension = extension;
	}

	/** Run As > PTL Simulation. */
	public static final class Simulation extends PtlLaunchShortcut {
		public Simulation() {
			super(LaunchAttributes.SIMULATION_TYPE);
		}
	}

	/** Run As > PTL Exploration. */
	public static final class Exploration extends PtlLaunchShortcut {
		public Exploration() {
			super(LaunchAttributes.EXPLORATION_TYPE);
		}
	}

	/** Run As > PTL Trace Conformance on a casemate trace (.log). */
	public static final class Conformance extends PtlLaunchShortcut {
		public Conformance() {
			super(LaunchAttributes.CONFORMANCE_TYPE, "log");
		}
	}

	@Override
	public void launch(ISelection selection, String mode) {
		IFile file = fileIn(selection);
		if (file != null) {
			launch(file, mode);
		}
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
		if (file != null) {
			launch(file, mode);
		}
	}

	/** Finds or creates the file's configuration and launches it. */
	public void launch(IFile file, String mode) {
		try {
			DebugUITools.launch(configurationFor(file), mode);
		} catch (CoreException cannot) {
			PtlUi.log("cannot launch " + file.getFullPath(), cannot);
		}
	}

	/** The file's configuration of this shortcut's type, created when there is none. */
	public ILaunchConfiguration configurationFor(IFile file) throws CoreException {
		ILaunchConfiguration[] existing = configurationsFor(file);
		if (existing.length > 0) {
			return existing[0];
		}
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(typeId);
		ILaunchConfigurationWorkingCopy copy = type.newInstance(null,
				manager.generateLaunchConfigurationName(file.getProject().getName() + " " + file.getName()));
		copy.setAttribute(LaunchAttributes.FILE, file.getFullPath().toString());
		copy.setMappedResources(new IResource[] { file });
		return copy.doSave();
	}

	private ILaunchConfiguration[] configurationsFor(IFile file) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(typeId);
		String path = file.getFullPath().toString();
		return Arrays.stream(manager.getLaunchConfigurations(type))
				.filter(configuration -> path.equals(FileTab.attribute(configuration, LaunchAttributes.FILE, "")))
				.toArray(ILaunchConfiguration[]::new);
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
		return configurations(fileIn(selection));
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
		return configurations(editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class));
	}

	@Override
	public IResource getLaunchableResource(ISelection selection) {
		return fileIn(selection);
	}

	@Override
	public IResource getLaunchableResource(IEditorPart editor) {
		return editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
	}

	private ILaunchConfiguration[] configurations(IFile file) {
		try {
			return file == null ? null : configurationsFor(file);
		} catch (CoreException unreadable) {
			return null;
		}
	}

	private IFile fileIn(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			return file != null && extension.equals(file.getFileExtension()) ? file : null;
		}
		return null;
	}
}
