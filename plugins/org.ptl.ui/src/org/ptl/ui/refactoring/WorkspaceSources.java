package org.ptl.ui.refactoring;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.ptl.ui.model.PtlResources;

/**
 * Every .ptl file of the open projects as the user sees it: the text of an open editor (saved or
 * not) where there is one, else the file on disk, in one resolved resource set. What Find
 * References and rename search, so that they agree with the editors and not only with the disk.
 */
final class WorkspaceSources {

	private WorkspaceSources() {
	}

	static XtextResourceSet load() throws CoreException {
		XtextResourceSet resourceSet = PtlResources.newResourceSet();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (!project.isOpen()) {
				continue;
			}
			project.accept(resource -> {
				if (resource instanceof IFile file && "ptl".equals(file.getFileExtension())) {
					loadFile(resourceSet, file);
				}
				return !resource.isDerived() && !(resource.getType() == IResource.FOLDER && resource.getName().equals("target"));
			});
		}
		EcoreUtil.resolveAll(resourceSet);
		return resourceSet;
	}

	private static void loadFile(XtextResourceSet resourceSet, IFile file) throws CoreException {
		if (resourceSet.getResource(PtlResources.uriOf(file), false) != null) {
			return; // loaded already as an import of an earlier file
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		if (buffer != null) {
			PtlResources.parse(resourceSet, PtlResources.uriOf(file), buffer.getDocument().get());
		} else {
			PtlResources.load(resourceSet, file);
		}
	}

	/** The resources, copied: resolving may add imported files outside the workspace while iterating. */
	static List<Resource> resources(XtextResourceSet resourceSet) {
		return List.copyOf(resourceSet.getResources());
	}
}
