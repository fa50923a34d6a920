package org.ptl.ui.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.ptl.lang.util.NodeText;
import org.ptl.model.Scenario;
import org.ptl.model.WalkerPolicy;
import org.ptl.sim.race.RaceOptions;
import org.ptl.sim.scenario.ScenarioRunner;
import org.ptl.sim.scenario.SourceLocations;
import org.ptl.ui.PtlUi;
import org.ptl.ui.debug.PtlDebugTarget;
import org.ptl.ui.debug.PtlSourceLocator;
import org.ptl.ui.simulation.SimulationSession;

/**
 * Launches a "PTL Simulation": builds the file's project and, when it has errors, lets the Debug
 * plugin ask whether to go on; then runs the chosen scenarios (or all of the file's) in this JVM as
 * a job ({@link SimulationJob}), concurrent blocks with the interleavings the configuration asks for.
 * In debug mode the run stops before the first step (and each scheduler step of a concurrent block),
 * and at line breakpoints on steps, and is driven from the Debug view (F5/F6 step, F8 resume) or the
 * simulation view's Step and Resume ({@link PtlDebugTarget}).
 */
public final class SimulationLaunchDelegate extends PtlLaunchDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		IFile file = LaunchAttributes.file(configuration);
		LaunchModels models = LaunchModels.load(file);
		List<Scenario> scenarios = models.declared(Scenario.class);
		String only = configuration.getAttribute(LaunchAttributes.SCENARIO, "");
		if (!only.isBlank()) {
			scenarios = List.of(LaunchModels.named(scenarios, only, "scenario"));
		}
		if (scenarios.isEmpty()) {
			throw new CoreException(PtlUi.error(file.getFullPath() + " has no scenario to run", null));
		}
		String policyName = configuration.getAttribute(LaunchAttributes.POLICY, "");
		WalkerPolicy policy = policyName.isBlank() ? null
				: LaunchModels.named(models.visible(WalkerPolicy.class), policyName, "walker policy");
		long seed = configuration.getAttribute(LaunchAttributes.SEED, 0);
		String interleavings = configuration.getAttribute(LaunchAttributes.INTERLEAVINGS, "all");
		RaceOptions raceOptions = RaceOptions.parse(interleavings, seed);
		if (raceOptions == null) {
			throw new CoreException(PtlUi.error("interleavings are all, first or a number of interleavings, not '"
					+ interleavings + "'", null));
		}
		SimulationSession session = new SimulationSession(launch, file, ILaunchManager.DEBUG_MODE.equals(mode));
		PtlProcess process = new PtlProcess(launch, "PTL simulation of " + file.getFullPath(), session);
		if (ILaunchManager.DEBUG_MODE.equals(mode)) {
			launch.setSourceLocator(new PtlSourceLocator());
			launch.addDebugTarget(new PtlDebugTarget(launch, process, session));
		}
		session.publish();
		ViewOpener.showSimulationView();
		SimulationJob job = new SimulationJob(session, process, scenarios,
				new ScenarioRunner(seed, SourceLocations.of(NodeText::line, NodeText::text), policy, raceOptions));
		process.runs(job);
		job.schedule();
	}
}
