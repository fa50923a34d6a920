package org.ptl.lang.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

/**
 * Xtext's workspace, started without a root as well: a client that sends neither a root nor
 * workspace folders (an editor opening a single file from anywhere) gets a workspace without
 * folders instead of a failed initialize, and the files it opens go to the workspace's project for
 * files outside every folder.
 */
public class PtlWorkspaceManager extends WorkspaceManager {

	@Override
	public void initialize(URI baseDir, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor,
			CancelIndicator cancelIndicator) {
		if (baseDir == null) {
			initialize(List.of(), issueAcceptor, cancelIndicator);
		} else {
			super.initialize(baseDir, issueAcceptor, cancelIndicator);
		}
	}
}
