package org.ptl.ui.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.ptl.lang.imports.Imports;
import org.ptl.lang.validation.SeverityPolicy;
import org.ptl.model.Import;
import org.ptl.model.PtlModel;
import org.ptl.ui.PtlUi;
import org.ptl.ui.model.PtlResources;

/**
 * Checks .ptl files the way {@code ptl check} does: loads them together into one resource set (so
 * imports are read once), runs the validators and the small-bound exploration, and tells what
 * each file imports.
 */
public final class FileChecker {

	/**
	 * A checked file.
	 *
	 * @param issues  its diagnostics
	 * @param imports the files it imports directly
	 */
	public record Checked(List<Issue> issues, Set<URI> imports) {
	}

	private final XtextResourceSet resourceSet = PtlResources.newResourceSet();
	private final IResourceValidator validator = PtlUi.injector().getInstance(IResourceValidator.class);
	private final ExplorationIssues exploration = new ExplorationIssues(PtlUi.injector().getInstance(SeverityPolicy.class));

	/** Checks every file; cancelling the monitor stops between files. */
	public Map<IFile, Checked> check(List<IFile> files, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Checking PTL files", files.size() * 2);
		Map<IFile, XtextResource> loaded = new LinkedHashMap<>();
		for (IFile file : files) {
			progress.subTask(file.getFullPath().toString());
			loaded.put(file, PtlResources.load(resourceSet, file));
			progress.worked(1);
		}
		Map<IFile, Checked> results = new LinkedHashMap<>();
		CancelIndicator cancel = () -> progress.isCanceled();
		for (Map.Entry<IFile, XtextResource> entry : loaded.entrySet()) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			XtextResource resource = entry.getValue();
			List<Issue> issues = new ArrayList<>(validator.validate(resource, CheckMode.ALL, cancel));
			issues.addAll(exploration.of(resource, issues));
			results.put(entry.getKey(), new Checked(issues, importsOf(resource)));
			progress.worked(1);
		}
		return results;
	}

	private static Set<URI> importsOf(XtextResource resource) {
		Set<URI> targets = new HashSet<>();
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PtlModel model) {
			for (Import anImport : model.getImports()) {
				URI target = Imports.target(anImport);
				if (target != null) {
					targets.add(target);
				}
			}
		}
		return targets;
	}
}
