package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ptl.sim.layout.LayoutProof;
import org.ptl.ui.launch.LaunchAttributes;
import org.ptl.ui.simulation.SimulationSession;
import org.ptl.ui.simulation.SimulationView;

/**
 * Address-space layouts in the IDE: saving a layout whose defaults put the idmap page inside the
 * HYP window marks it, and so does saving one that some inputs break (the layout checks and the
 * proof run on save as in ptl check); Run As > PTL Exploration
 * proves a layout for every input, and on the 5.4 twin shows the counterexample in the simulation
 * view's exploration tab (screenshot) and on the console, as ptl explore does.
 */
class LayoutInEclipseTest {

	@BeforeAll
	static void neverAsk() {
		org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("org.eclipse.debug.ui")
				.put("org.eclipse.debug.ui.cancel_launch_with_compile_errors", "always");
	}

	@Test
	void savingALayoutChecksIt() throws CoreException {
		IFile file = Workbench.write(Workbench.project("ptl-layout-on-save"), "overlap.ptl",
				Launches.read("tests/org.ptl.cli.tests/fixtures/checks/layout.region-overlap/triggers.ptl"));
		assertTrue(OnSaveValidationTest.checks(file).contains("layout.region-overlap"), OnSaveValidationTest.checks(file).toString());
		Workbench.write(file.getProject(), "overlap.ptl",
				Launches.read("tests/org.ptl.cli.tests/fixtures/checks/layout.region-overlap/clean.ptl"));
		assertEquals(java.util.List.of(), OnSaveValidationTest.checks(file));
		// and proved for every input: the 5.4 twin holds for its defaults but not for every idmap placement
		IFile twin = Workbench.write(file.getProject(), "hyp_va_5_4.ptl",
				Launches.read("tests/org.ptl.cli.tests/fixtures/twins/hyp_va_5_4.ptl"));
		assertTrue(OnSaveValidationTest.checks(twin).contains("layout.counterexample"), OnSaveValidationTest.checks(twin).toString());
	}

	@Test
	void anExplorationProvesALayoutAndShowsTheCounterexampleOfTheTwin() throws CoreException {
		IFile proved = Workbench.write(Workbench.project("ptl-layout-proved"), "hyp_va_6_x.ptl",
				Launches.read("examples/layout/hyp_va_6_x.ptl"));
		SimulationSession session = Launches.finished(Launches.launch(LaunchAttributes.EXPLORATION_TYPE, ILaunchManager.RUN_MODE, proved), java.time.Duration.ofSeconds(60));
		assertEquals(1, session.layouts().size());
		assertEquals(LayoutProof.Verdict.PROVED, session.layouts().get(0).proof().verdict(), session.layouts().get(0).text());

		IFile twin = Workbench.write(Workbench.project("ptl-layout-twin"), "hyp_va_5_4.ptl",
				Launches.read("tests/org.ptl.cli.tests/fixtures/twins/hyp_va_5_4.ptl"));
		ILaunch launch = Launches.launch(LaunchAttributes.EXPLORATION_TYPE, ILaunchManager.RUN_MODE, twin);
		SimulationSession broken = Launches.finished(launch, java.time.Duration.ofSeconds(60));
		LayoutProof proof = broken.layouts().get(0).proof();
		assertEquals(LayoutProof.Verdict.VIOLATED, proof.verdict());
		assertNotNull(proof.violations().get(0).counterexample());
		assertTrue(broken.layouts().get(0).text().contains("VIOLATED regions 'idmap' and 'hyp_linear' share no address"),
				broken.layouts().get(0).text());
		String console = launch.getProcesses()[0].getStreamsProxy().getOutputStreamMonitor().getContents();
		assertTrue(console.contains("layout hyp_va_5_4: 2 properties broken"), console);
		assertEquals(1, launch.getProcesses()[0].getExitValue());
		Workbench.screenshotOf(SimulationView.ID, "exploration-layout");
	}
}
