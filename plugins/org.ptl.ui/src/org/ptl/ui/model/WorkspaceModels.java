package org.ptl.ui.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.ptl.lang.util.LoadedElements;
import org.ptl.model.Element;

/**
 * Every .ptl file of the open projects, read from disk into one resource set and resolved: where
 * the decoder view finds its formats and the new-scenario wizard its bindings. Files with syntax
 * errors are left out of the elements (the builder reports them).
 */
public final class WorkspaceModels {

	private final List<Resource> resources;

	private WorkspaceModels(List<Resource> resources) {
		this.resources = resources;
	}

	/** Reads the workspace (on the caller's thread: call it from a job or a wizard's progress). */
	public static WorkspaceModels load() throws CoreException {
		XtextResourceSet resourceSet = PtlResources.newResourceSet();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (!project.isOpen()) {
				continue;
			}
			project.accept(resource -> {
				if (resource instanceof IFile file && "ptl".equals(file.getFileExtension())) {
					PtlResources.load(resourceSet, file);
				}
				return !resource.isDerived() && !(resource.getType() == IResource.FOLDER && resource.getName().equals("target"));
			});
		}
		EcoreUtil.resolveAll(resourceSet);
		return new WorkspaceModels(new ArrayList<>(resourceSet.getResources()));
	}

	/** The elements of a type in files without syntax errors. */
	public <T extends Element> List<T> all(Class<T> type) {
		return LoadedElements.in(resources.stream().filter(resource -> resource.getErrors().isEmpty()).toList(), type);
	}
}
