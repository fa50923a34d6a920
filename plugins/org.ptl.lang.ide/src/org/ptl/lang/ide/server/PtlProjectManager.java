package org.ptl.lang.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.ptl.lang.validation.InternalFailures;

import com.google.inject.Inject;

/**
 * A workspace folder (or the files opened from outside any) as the server builds it, publishing
 * each file's diagnostics as {@code ptl check} reports them: the validation's first, then, when
 * its {@link DeferredChecks} find more, all of them again ({@link DeferredDiagnostics}). A failure
 * of PTL is reported through {@link ServerMessages}, not as a diagnostic of the file.
 */
public class PtlProjectManager extends ProjectManager {

	@Inject
	private ServerMessages messages;

	@Inject
	private DeferredDiagnostics deferred;

	@Override
	protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		BuildRequest request = super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
		request.setAfterValidate((uri, issues) -> {
			publish(request, uri, issues);
			return true;
		});
		return request;
	}

	private void publish(BuildRequest request, URI uri, Iterable<Issue> issues) {
		List<Issue> findings = new ArrayList<>();
		for (Issue issue : issues) {
			if (InternalFailures.isInternal(issue)) {
				messages.internalFailure(uri.lastSegment() + ":" + issue.getLineNumber(), issue.getMessage());
			} else {
				findings.add(issue);
			}
		}
		XtextResource resource = request.getResourceSet().getResource(uri, false) instanceof XtextResource xtext ? xtext
				: null;
		deferred.publish(uri, findings, resource, getIssueAcceptor());
	}
}
