package org.ptl.ui.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.ptl.model.OwnershipModel;
import org.ptl.sim.explore.ExplorationOptions;
import org.ptl.ui.PtlUi;
import org.ptl.ui.simulation.SimulationSession;

/**
 * Launches a "PTL Exploration": the file's ownership models (or the one named) explored with the
 * configuration's pages, family members, symmetry and bounds, and its layouts (or the one named)
 * proved for every input, in this JVM as a job
 * ({@link ExplorationJob}); results show in the simulation view and the console.
 */
public final class ExplorationLaunchDelegate extends PtlLaunchDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		IFile file = LaunchAttributes.file(configuration);
		LaunchModels models = LaunchModels.load(file);
		String only = configuration.getAttribute(LaunchAttributes.MODEL, "");
		// the name in the configuration is a layout's or an ownership model's (a file has both kinds)
		List<org.ptl.model.Layout> layouts = models.declared(org.ptl.model.Layout.class).stream()
				.filter(layout -> only.isBlank() || only.equals(layout.getName())).toList();
		List<OwnershipModel> chosen = only.isBlank() ? models.declared(OwnershipModel.class)
				: layouts.isEmpty() ? List.of(LaunchModels.named(models.visible(OwnershipModel.class), only, "ownership model"))
						: List.of();
		if (chosen.isEmpty() && layouts.isEmpty()) {
			throw new CoreException(PtlUi.error(file.getFullPath() + " has no ownership model or layout to explore", null));
		}
		int pages = configuration.getAttribute(LaunchAttributes.PAGES, 2);
		int guests = configuration.getAttribute(LaunchAttributes.GUESTS, 1);
		if (pages < 1 || pages > 65_536 || guests < 1 || guests > 64) {
			throw new CoreException(PtlUi.error("pages must be 1 to 65,536 and guests 1 to 64 (got " + pages + " and "
					+ guests + ")", null));
		}
		ExplorationOptions options = ExplorationOptions.defaults().withPages(pages).withFamilyMembers(guests)
				.withSymmetry(configuration.getAttribute(LaunchAttributes.SYMMETRY, true))
				.withDeadlocks(configuration.getAttribute(LaunchAttributes.DEADLOCKS, false))
				.withMaxStates(Long.parseLong(configuration.getAttribute(LaunchAttributes.MAX_STATES, "0")))
				.withTimeLimitNanos(configuration.getAttribute(LaunchAttributes.TIME_LIMIT_SECONDS, 0) * 1_000_000_000L);
		SimulationSession session = new SimulationSession(launch, file, false);
		PtlProcess process = new PtlProcess(launch, "PTL exploration of " + file.getFullPath(), session);
		session.publish();
		ViewOpener.showSimulationView();
		ExplorationJob job = new ExplorationJob(session, process, chosen, layouts, options);
		process.runs(job);
		job.schedule();
	}
}
