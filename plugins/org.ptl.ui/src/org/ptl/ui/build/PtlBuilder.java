package org.ptl.ui.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.ptl.lang.imports.ImportGraph;
import org.ptl.ui.model.PtlResources;

/**
 * The PTL project builder: on every save (auto-build) it checks the .ptl files that changed and
 * every file importing them, directly or not, and replaces their problem markers; a full build
 * checks them all. Parsing and checking run in the build job, never on the UI thread.
 */
public final class PtlBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.ptl.ui.builder";

	private final ImportGraph graph = new ImportGraph();

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta == null || graph.isEmpty()) {
			// a full build, or the first since Eclipse started: who imports whom is not known yet
			graph.clear();
			check(allPtlFiles(), monitor);
			return null;
		}
		Set<IFile> changed = new LinkedHashSet<>();
		Set<URI> touched = new HashSet<>();
		delta.accept(child -> {
			if (child.getResource() instanceof IFile file && isPtl(file)) {
				touched.add(PtlResources.uriOf(file));
				if (child.getKind() == IResourceDelta.REMOVED) {
					graph.forget(PtlResources.uriOf(file));
				} else {
					changed.add(file);
				}
			}
			return true;
		});
		if (touched.isEmpty()) {
			return null;
		}
		for (URI importer : graph.importersOf(touched)) {
			IFile file = PtlResources.fileOf(importer);
			if (file != null && file.exists() && file.getProject().equals(getProject())) {
				changed.add(file);
			}
		}
		check(new ArrayList<>(changed), monitor);
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		graph.clear();
		getProject().deleteMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
	}

	private void check(List<IFile> files, IProgressMonitor monitor) throws CoreException {
		if (files.isEmpty()) {
			return;
		}
		for (Map.Entry<IFile, FileChecker.Checked> result : new FileChecker().check(files, monitor).entrySet()) {
			ProblemMarkers.replace(result.getKey(), result.getValue().issues());
			graph.record(PtlResources.uriOf(result.getKey()), result.getValue().imports());
		}
	}

	private List<IFile> allPtlFiles() throws CoreException {
		List<IFile> files = new ArrayList<>();
		getProject().accept(resource -> {
			if (resource instanceof IFile file && isPtl(file)) {
				files.add(file);
			}
			return !(resource.isDerived() || resource.getName().equals("target") && resource.getType() == IResource.FOLDER);
		});
		return files;
	}

	static boolean isPtl(IFile file) {
		return "ptl".equals(file.getFileExtension());
	}
}
