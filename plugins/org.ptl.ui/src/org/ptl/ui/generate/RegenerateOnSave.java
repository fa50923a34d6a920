package org.ptl.ui.generate;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IStartup;
import org.ptl.ui.PtlUi;

/**
 * Regenerates on save: when a .ptl file's contents change in a project whose generation settings
 * ask for it ({@link GenerationSettings#onSave()}), its C header and documentation are generated
 * again into the project's folder, each by a job of its own. Generated files are not .ptl files, so
 * writing them starts nothing again.
 */
public final class RegenerateOnSave implements IStartup, IResourceChangeListener {

	@Override
	public void earlyStartup() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		Set<IFile> saved = new LinkedHashSet<>();
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (resource.getType() == IResource.PROJECT) {
					return resource.isAccessible() && GenerationSettings.of(resource.getProject()).onSave();
				}
				if (resource instanceof IFile file && "ptl".equals(file.getFileExtension())
						&& (delta.getKind() == IResourceDelta.ADDED
								|| delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
					saved.add(file);
				}
				return true;
			});
		} catch (CoreException unreadable) {
			PtlUi.log("cannot read the workspace change", unreadable);
		}
		for (IFile file : saved) {
			for (PtlGeneration.Kind kind : PtlGeneration.Kind.values()) {
				var job = GenerateHandler.job(file, kind);
				job.setUser(false);
				job.schedule();
			}
		}
	}
}
