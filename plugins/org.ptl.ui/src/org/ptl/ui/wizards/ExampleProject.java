package org.ptl.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;
import org.ptl.ui.PtlUi;
import org.ptl.ui.build.PtlNature;

/**
 * Creates the PTL example project: the examples shipped in this bundle (arm64 formats, KVM
 * operations and walker policies, pKVM ownership models, bindings and scenarios, pKVM-IA) copied
 * into a new project with the PTL nature, so they are checked at once and ready to run.
 */
public final class ExampleProject {

	/** The file the wizard opens first. */
	public static final String FIRST_FILE = "pkvm/ownership_v6_15.ptl";

	private ExampleProject() {
	}

	public static void create(IProject project, IProgressMonitor monitor) throws CoreException {
		Bundle bundle = Platform.getBundle(PtlUi.PLUGIN_ID);
		Enumeration<URL> found = bundle.findEntries("examples", "*.ptl", true);
		List<URL> entries = found == null ? List.of() : Collections.list(found);
		if (entries.isEmpty()) {
			throw new CoreException(PtlUi.error("the org.ptl.ui bundle carries no examples", null));
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), entries.size() + 2);
		if (!project.exists()) {
			project.create(progress.split(1));
		}
		project.open(progress.split(1));
		for (URL entry : entries) {
			String relative = entry.getPath().substring(entry.getPath().indexOf("examples/") + "examples/".length());
			IFile file = project.getFile(relative);
			createFolders(file.getParent());
			try (InputStream in = entry.openStream()) {
				if (!file.exists()) {
					file.create(in, IResource.NONE, progress.split(1));
				}
			} catch (IOException unreadable) {
				throw new CoreException(PtlUi.error("cannot copy the example " + relative, unreadable));
			}
		}
		PtlNature.addTo(project, null);
	}

	private static void createFolders(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent());
			folder.create(true, true, null);
		}
	}
}
