package org.ptl.ui.launch;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.ptl.lang.util.LoadedElements;
import org.ptl.model.Binding;
import org.ptl.model.Element;
import org.ptl.model.Format;
import org.ptl.ui.PtlUi;
import org.ptl.ui.model.PtlResources;
import org.ptl.ui.simulation.SimulationSession;

/**
 * Launches a "PTL Trace Conformance": a recorded trace (casemate's format) checked against a
 * binding, or a format, declared in the .ptl files of a workspace file or folder (the trace's
 * project by default), in this JVM as a job ({@link ConformanceJob}); findings become problem markers
 * on the trace's lines and rows of the simulation view, and the report goes to the console.
 */
public final class ConformanceLaunchDelegate extends PtlLaunchDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		IFile trace = LaunchAttributes.file(configuration);
		IResource spec = spec(configuration, trace);
		XtextResourceSet resources = PtlResources.newResourceSet();
		for (IFile file : ptlFiles(spec)) {
			PtlResources.load(resources, file);
		}
		EcoreUtil.resolveAll(resources);
		List<Binding> bindings = LoadedElements.in(resources.getResources(), Binding.class);
		String name = configuration.getAttribute(LaunchAttributes.BINDING, "").trim();
		if (name.isEmpty() && bindings.size() == 1) {
			name = bindings.get(0).getName(); // Run As on a trace in a project with one binding needs no question
		}
		if (name.isEmpty()) {
			throw new CoreException(PtlUi.error("name the binding " + trace.getFullPath() + " must follow in its launch "
					+ "configuration (Run > Run Configurations...); " + spec.getFullPath() + " has "
					+ String.join(", ", bindings.stream().map(Binding::getName).toList()), null));
		}
		String wanted = name;
		Element chosen = bindings.stream().filter(binding -> wanted.equals(binding.getName())).findFirst().orElse(null);
		if (chosen == null) {
			chosen = LoadedElements.in(resources.getResources(), Format.class).stream()
					.filter(format -> wanted.equals(format.getName())).findFirst().orElse(null);
		}
		if (chosen == null) {
			throw new CoreException(PtlUi.error("no binding or format '" + name + "' in " + spec.getFullPath()
					+ " (bindings: " + String.join(", ", bindings.stream().map(Binding::getName).toList()) + ")", null));
		}
		SimulationSession session = new SimulationSession(launch, trace, false);
		PtlProcess process = new PtlProcess(launch, "PTL trace conformance of " + trace.getFullPath(), session);
		session.publish();
		ViewOpener.showSimulationView();
		ConformanceJob job = new ConformanceJob(session, process, chosen);
		process.runs(job);
		job.schedule();
	}

	private static IResource spec(ILaunchConfiguration configuration, IFile trace) throws CoreException {
		String path = configuration.getAttribute(LaunchAttributes.SPEC, "").trim();
		if (path.isEmpty()) {
			return trace.getProject();
		}
		IResource spec = ResourcesPlugin.getWorkspace().getRoot().findMember(new Path(path));
		if (spec == null) {
			throw new CoreException(PtlUi.error("the binding's location " + path + " does not exist", null));
		}
		return spec;
	}

	private static List<IFile> ptlFiles(IResource spec) throws CoreException {
		List<IFile> files = new ArrayList<>();
		if (spec instanceof IContainer container) {
			container.accept(resource -> {
				if (resource instanceof IFile file && "ptl".equals(file.getFileExtension())) {
					files.add(file);
				}
				return true;
			});
		} else if (spec instanceof IFile file) {
			files.add(file);
		}
		return files;
	}
}
