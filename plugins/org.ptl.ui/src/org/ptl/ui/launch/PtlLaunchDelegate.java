package org.ptl.ui.launch;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

/**
 * What PTL's launch delegates share: before a launch the Debug plugin builds the launched file's
 * project and, when it has errors, asks whether to go on (the "errors in project, continue?"
 * question), looking at that project only.
 */
abstract class PtlLaunchDelegate extends LaunchConfigurationDelegate {

	@Override
	protected IProject[] getProjectsForProblemSearch(ILaunchConfiguration configuration, String mode)
			throws CoreException {
		return new IProject[] { LaunchAttributes.file(configuration).getProject() };
	}

	@Override
	protected IProject[] getBuildOrder(ILaunchConfiguration configuration, String mode) throws CoreException {
		return getProjectsForProblemSearch(configuration, mode);
	}
}
