package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ptl.ui.launch.LaunchAttributes;
import org.ptl.ui.simulation.ScenarioRun;
import org.ptl.ui.simulation.SimulationSession;
import org.ptl.ui.simulation.SimulationSessions;
import org.ptl.ui.simulation.SimulationView;

/**
 * Launching "PTL Simulation" and "PTL Exploration" configurations: a bundled scenario passes, a
 * seeded failing one shows as failed, a debug launch waits for Step and Resume, and an exploration
 * of a broken model gives its counterexample; the console gets the text the CLI prints.
 */
class SimulationLaunchTest {

	private static IProject examples;

	@BeforeAll
	static void createProject() throws CoreException {
		examples = Workbench.examplesProject("ptl-launch-examples");
		// never stop a test launch on the "errors in project, continue?" question (it would wait for a click)
		org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("org.eclipse.debug.ui")
				.put("org.eclipse.debug.ui.cancel_launch_with_compile_errors", "always");
	}

	@Test
	void aFileThatDoesNotParseIsRefusedWithItsFirstSyntaxError() throws CoreException {
		IFile broken = Workbench.write(Workbench.project("ptl-launch-broken"), "broken.ptl", "scenario s {\n  map 0x0 size\n}\n");
		CoreException refused = org.junit.jupiter.api.Assertions.assertThrows(CoreException.class,
				() -> Launches.launch(LaunchAttributes.SIMULATION_TYPE, ILaunchManager.RUN_MODE, broken));
		assertTrue(refused.getMessage().startsWith("/ptl-launch-broken/broken.ptl:"), refused.getMessage());
		assertTrue(refused.getMessage().contains("fix the syntax errors before running"), refused.getMessage());
	}

	@Test
	void aBundledScenarioPassesAndTheConsoleShowsTheTrace() throws CoreException {
		ILaunch launch = Launches.launch(LaunchAttributes.SIMULATION_TYPE, ILaunchManager.RUN_MODE,
				examples.getFile("pkvm/scenarios_v6_15.ptl"), LaunchAttributes.SCENARIO, "v6_15_share_unshare");
		SimulationSession session = Launches.finished(launch, Duration.ofSeconds(60));
		assertEquals(List.of("v6_15_share_unshare"), session.runs().stream().map(ScenarioRun::name).toList());
		ScenarioRun run = session.runs().get(0);
		assertEquals(ScenarioRun.Status.PASSED, run.status(), run.error());
		assertFalse(run.entries().isEmpty());
		assertTrue(run.entries().stream().anyMatch(recorded -> recorded.ownership() != null));
		String console = launch.getProcesses()[0].getStreamsProxy().getOutputStreamMonitor().getContents();
		assertTrue(console.contains("v6_15_share_unshare"), console);
		assertEquals(0, launch.getProcesses()[0].getExitValue());
	}

	@Test
	void aSeededFailingScenarioShowsAsFailed() throws CoreException {
		// a project of its own: a second copy of the scenarios in one project would be a duplicate
		IProject seeded = Workbench.examplesProject("ptl-launch-seeded");
		String text = Launches.read("examples/pkvm/scenarios_v6_15.ptl");
		IFile failing = Workbench.write(seeded, "pkvm/scenarios_v6_15.ptl",
				text.replaceFirst("expect host page (\\d+) is SHARED_OWNED", "expect host page $1 is OWNED"));
		Workbench.ui(() -> {
			try {
				org.eclipse.ui.PlatformUI.getWorkbench().showPerspective("org.ptl.ui.perspective",
						org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow()).resetPerspective();
			} catch (org.eclipse.ui.WorkbenchException e) {
				throw new IllegalStateException(e);
			}
		});
		ILaunch launch = Launches.launch(LaunchAttributes.SIMULATION_TYPE, ILaunchManager.RUN_MODE, failing,
				LaunchAttributes.SCENARIO, "v6_15_share_unshare");
		SimulationSession session = Launches.finished(launch, Duration.ofSeconds(60));
		assertEquals(ScenarioRun.Status.FAILED, session.runs().get(0).status());
		assertEquals(1, launch.getProcesses()[0].getExitValue());
		SimulationView view = Workbench.ui(() -> (SimulationView) Workbench.page().findView(SimulationView.ID));
		Workbench.waitUntil("the failure selected", Duration.ofSeconds(10), () -> Workbench.ui(() -> view.selectedStepFailed()));
		Workbench.settle();
		assertTrue(Workbench.ui(() -> Workbench.page().isPartVisible(view)), "the console did not cover the view");
		Workbench.screenshotOf(SimulationView.ID, "simulation-view-failure");
	}

	@Test
	void aDebugLaunchWaitsForStepAndResume() throws CoreException {
		Launches.showSimulationView();
		ILaunch launch = Launches.launch(LaunchAttributes.SIMULATION_TYPE, ILaunchManager.DEBUG_MODE,
				examples.getFile("pkvm/scenarios_v6_15.ptl"), LaunchAttributes.SCENARIO, "v6_15_share_unshare");
		Workbench.waitUntil("the session to start", Duration.ofSeconds(30),
				() -> SimulationSessions.latest() != null && SimulationSessions.latest().launch() == launch
						&& !SimulationSessions.latest().runs().isEmpty()
						&& SimulationSessions.latest().runs().get(0).status() == ScenarioRun.Status.SUSPENDED);
		SimulationSession session = SimulationSessions.latest();
		ScenarioRun run = session.runs().get(0);
		int before = run.entries().size();
		assertTrue(run.nextLine() > 0, "suspended before a step of the file");
		session.step();
		Workbench.waitUntil("one step", Duration.ofSeconds(10),
				() -> run.entries().size() == before + 1 && run.status() == ScenarioRun.Status.SUSPENDED);
		Workbench.screenshotOf(SimulationView.ID, "simulation-view-suspended");
		session.resume();
		Launches.finished(launch, Duration.ofSeconds(60));
		assertEquals(ScenarioRun.Status.PASSED, run.status());

		// selecting a step in the view selects its line in the editor
		int entry = run.entries().size() - 1;
		int line = run.entries().get(entry).entry().line();
		SimulationView view = Workbench.ui(() -> (SimulationView) Workbench.page().findView(SimulationView.ID));
		assertTrue(Workbench.ui(() -> view.select("v6_15_share_unshare", entry)));
		Workbench.settle();
		int selectedLine = Workbench.ui(() -> {
			var editor = (org.eclipse.ui.texteditor.ITextEditor) Workbench.page().getActiveEditor();
			assertEquals("scenarios_v6_15.ptl", editor.getEditorInput().getName());
			return ((org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection()).getStartLine();
		});
		assertEquals(line, selectedLine + 1);
		Workbench.screenshotOf(SimulationView.ID, "simulation-view");
	}

	@Test
	void anExplorationOfABrokenModelGivesItsCounterexample() throws CoreException {
		IFile broken = Workbench.write(Workbench.project("ptl-launch-twin"), "twin.ptl", Launches.read("tests/org.ptl.cli.tests/fixtures/twins/ownership_v6_15.ptl"));
		ILaunch launch = Launches.launch(LaunchAttributes.EXPLORATION_TYPE, ILaunchManager.RUN_MODE, broken);
		SimulationSession session = Launches.finished(launch, Duration.ofSeconds(60));
		assertEquals(1, session.explorations().size());
		var result = session.explorations().get(0).result();
		assertEquals(org.ptl.sim.explore.ExplorationResult.Verdict.VIOLATED, result.verdict());
		assertEquals(2, result.trace().size());
		assertTrue(session.explorations().get(0).text().contains("broken"), session.explorations().get(0).text());
		Workbench.settle();
		SimulationView view = Workbench.ui(() -> (SimulationView) Workbench.page().findView(SimulationView.ID));
		assertTrue(Workbench.ui(() -> view.selectCounterexampleStep(0)));
		Workbench.settle();
		String selected = Workbench.ui(() -> {
			var editor = (org.eclipse.ui.texteditor.ITextEditor) Workbench.page()
					.findEditor(new org.eclipse.ui.part.FileEditorInput(broken));
			return ((org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection()).getText();
		});
		assertEquals(result.trace().get(0).transition(), selected, "the step reveals its transition");
		Workbench.screenshotOf(SimulationView.ID, "exploration-view");
	}
}
