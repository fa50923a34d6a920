package org.ptl.ui.launch;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.ptl.model.ConcurrentBlock;
import org.ptl.model.Element;
import org.ptl.model.OwnershipModel;
import org.ptl.model.Scenario;
import org.ptl.sim.explore.ExplorationOptions;
import org.ptl.sim.race.RaceOptions;
import org.ptl.ui.PtlUi;
import org.ptl.ui.simulation.SimulationSession;

/**
 * Launches a "PTL Exploration": the file's ownership models explored with the configuration's pages,
 * family members, symmetry and bounds, its layouts proved for every input, and its scenarios with
 * concurrent blocks explored in every interleaving (or only the model, layout or scenario named), in
 * this JVM as a job ({@link ExplorationJob}); results show in the simulation view and the console.
 */
public final class ExplorationLaunchDelegate extends PtlLaunchDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		IFile file = LaunchAttributes.file(configuration);
		LaunchModels models = LaunchModels.load(file);
		String only = configuration.getAttribute(LaunchAttributes.MODEL, "");
		List<OwnershipModel> chosen = models.declared(OwnershipModel.class);
		List<org.ptl.model.Layout> layouts = models.declared(org.ptl.model.Layout.class);
		List<Scenario> races = models.declared(Scenario.class).stream()
				.filter(scenario -> scenario.getSteps().stream().anyMatch(ConcurrentBlock.class::isInstance)).toList();
		if (!only.isBlank()) {
			// the name is an ownership model's, a layout's or a concurrent scenario's (a file has all kinds)
			List<Element> named = new ArrayList<>(models.visible(OwnershipModel.class));
			named.addAll(layouts);
			named.addAll(races);
			Element one = LaunchModels.named(named, only, "ownership model, layout or concurrent scenario");
			chosen = one instanceof OwnershipModel model ? List.of(model) : List.of();
			layouts = one instanceof org.ptl.model.Layout layout ? List.of(layout) : List.of();
			races = one instanceof Scenario scenario ? List.of(scenario) : List.of();
		}
		if (chosen.isEmpty() && layouts.isEmpty() && races.isEmpty()) {
			throw new CoreException(PtlUi.error(file.getFullPath()
					+ " has no ownership model, layout or scenario with a concurrent block to explore", null));
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
		long maxStates = options.maxStates();
		RaceOptions raceOptions = maxStates > 0
				? RaceOptions.EXHAUSTIVE.withMaxStates((int) Math.min(Integer.MAX_VALUE, maxStates))
				: RaceOptions.EXHAUSTIVE;
		ExplorationJob job = new ExplorationJob(session, process, chosen, layouts, options, races, raceOptions);
		process.runs(job);
		job.schedule();
	}
}
