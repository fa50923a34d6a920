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
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ptl.sim.race.RaceReport;
import org.ptl.sim.race.StepRecord;
import org.ptl.sim.trace.TraceEntry;
import org.ptl.ui.launch.LaunchAttributes;
import org.ptl.ui.simulation.ScenarioRun;
import org.ptl.ui.simulation.SimulationSession;
import org.ptl.ui.simulation.SimulationSessions;
import org.ptl.ui.simulation.SimulationView;

/**
 * Concurrent scenarios in Eclipse: a debug launch steps through a block's interleaving one scheduler
 * step at a time, the view showing it with a column per vCPU and following the scheduler; a step
 * that breaks a break-before-make rule suspends the launch as a failed step and reveals its line;
 * Run As > PTL Exploration explores a concurrent scenario, proving the 6.12 rule and giving the
 * pre-6.4 cursor rule's counterexample.
 */
class RacingSimulationTest {

	private static IProject project;

	@BeforeAll
	static void createProject() throws CoreException {
		project = Workbench.examplesProject("ptl-racing");
		// the twins import the bundled examples from the repository: here they sit beside them
		for (String twin : List.of("seeded_bbm_bugs", "race_1f0f4a2ef7a5")) {
			Workbench.write(project, "kvm/" + twin + ".ptl", Launches.read("tests/org.ptl.cli.tests/fixtures/twins/" + twin + ".ptl")
					.replace("../../../../examples/kvm/", ""));
		}
		org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("org.eclipse.debug.ui")
				.put("org.eclipse.debug.ui.cancel_launch_with_compile_errors", "always");
	}

	@Test
	void aDebugLaunchStepsThroughTheInterleavingAndStopsAtTheBrokenRule() throws CoreException {
		Launches.showSimulationView();
		ILaunch launch = Launches.launch(LaunchAttributes.SIMULATION_TYPE, ILaunchManager.DEBUG_MODE,
				project.getFile("kvm/seeded_bbm_bugs.ptl"), LaunchAttributes.SCENARIO, "seeded_plain_make");
		Workbench.waitUntil("the session to start", Duration.ofSeconds(30), () -> SimulationSessions.latest() != null
				&& SimulationSessions.latest().launch() == launch && !SimulationSessions.latest().runs().isEmpty());
		SimulationSession session = SimulationSessions.latest();
		ScenarioRun run = session.runs().get(0);

		// Step until the concurrent block has run: it is explored, none of its steps shown yet
		TraceEntry.Race race = null;
		for (int steps = 0; race == null && steps < 5; steps++) {
			suspended(run);
			int before = run.entries().size();
			session.step();
			Workbench.waitUntil("a step", Duration.ofSeconds(60), () -> run.entries().size() > before);
			if (run.entries().get(run.entries().size() - 1).entry() instanceof TraceEntry.Race found) {
				race = found;
			}
		}
		assertTrue(race != null, "the concurrent block ran");
		RaceReport report = race.report();
		assertFalse(report.passed(), "the seeded bug is caught");
		assertEquals(0, run.revealed(race));
		suspended(run);
		assertEquals(report.shown().get(0).line(), run.nextLine());

		// one Step is one scheduler step: one more row, the newest selected
		session.step();
		TraceEntry.Race block = race;
		Workbench.waitUntil("one scheduler step", Duration.ofSeconds(10),
				() -> run.revealed(block) == 1 && run.status() == ScenarioRun.Status.SUSPENDED);
		assertEquals(report.shown().get(1).line(), run.nextLine());
		SimulationView view = Workbench.ui(() -> (SimulationView) Workbench.page().findView(SimulationView.ID));
		Workbench.waitUntil("the view to show the step", Duration.ofSeconds(10),
				() -> Workbench.ui(() -> view.interleaving().rows() == 1));
		SimulationView.Interleaving shown = Workbench.ui(view::interleaving);
		assertEquals(List.of("#", "Line", "vcpu_a", "vcpu_b", "Breaks"), shown.columns());
		assertEquals(0, shown.selected());
		assertFalse(shown.selectedFailed());

		// Resume: the launch stops at the step that breaks the rule, selected, failed, its line revealed
		int broken = firstBroken(report);
		assertTrue(broken > 0, "the shown interleaving breaks a rule at a step: " + report.shown());
		session.resume();
		Workbench.waitUntil("the stop at the broken rule", Duration.ofSeconds(10),
				() -> run.revealed(block) == broken + 1 && run.status() == ScenarioRun.Status.SUSPENDED);
		Workbench.waitUntil("the view to follow", Duration.ofSeconds(10),
				() -> Workbench.ui(() -> view.interleaving().selected() == broken));
		shown = Workbench.ui(view::interleaving);
		assertTrue(shown.selectedFailed(), "the step is shown as failed");
		Workbench.settle();
		assertEquals(report.shown().get(broken).line(), selectedLine("seeded_bbm_bugs.ptl"));
		Workbench.screenshotOf(SimulationView.ID, "simulation-view-interleaving");

		session.resume();
		Workbench.waitUntil("the launch to end", Duration.ofSeconds(60), launch::isTerminated);
		assertEquals(ScenarioRun.Status.FAILED, run.status());
		assertEquals(1, launch.getProcesses()[0].getExitValue());
	}

	@Test
	void anExplorationOfTheCursorRuleGivesTheRaceAndThe612RuleHolds() throws CoreException {
		ILaunch launch = Launches.launch(LaunchAttributes.EXPLORATION_TYPE, ILaunchManager.RUN_MODE,
				project.getFile("kvm/race_1f0f4a2ef7a5.ptl"));
		SimulationSession session = Launches.finished(launch, Duration.ofSeconds(120));
		assertEquals(List.of("race_block_and_page_6_2"),
				session.races().stream().map(SimulationSession.RaceExploration::scenario).toList());
		RaceReport report = session.races().get(0).race().report();
		assertTrue(report.failures().get(0).message().endsWith("0x200000 translates to 0x8000400000, not 0x8000200000"),
				report.failures().get(0).message());
		assertTrue(session.races().get(0).text().contains("the shortest interleaving that fails"),
				session.races().get(0).text());
		assertEquals(1, launch.getProcesses()[0].getExitValue());
		Workbench.waitUntil("the view to show it", Duration.ofSeconds(10), () -> Workbench.ui(() -> {
			SimulationView view = (SimulationView) Workbench.page().findView(SimulationView.ID);
			return view != null && view.interleaving().rows() > 0;
		}));
		SimulationView view = Workbench.ui(() -> (SimulationView) Workbench.page().findView(SimulationView.ID));
		SimulationView.Interleaving shown = Workbench.ui(view::interleaving);
		assertEquals(List.of("#", "Line", "vcpu_a", "vcpu_b", "Breaks"), shown.columns());
		// every step of the shortest interleaving, then the failed check of the final state
		assertEquals(report.shown().size() + 1, shown.rows());
		assertTrue(Workbench.ui(() -> view.selectInterleavingStep(0)));
		Workbench.settle();
		assertEquals(report.shown().get(0).line(), selectedLine("race_1f0f4a2ef7a5.ptl"));
		Workbench.screenshotOf(SimulationView.ID, "exploration-view-interleaving");

		ILaunch proof = Launches.launch(LaunchAttributes.EXPLORATION_TYPE, ILaunchManager.RUN_MODE,
				project.getFile("kvm/racing.ptl"));
		SimulationSession proved = Launches.finished(proof, Duration.ofSeconds(120));
		assertEquals(1, proved.races().size());
		assertTrue(proved.races().get(0).race().report().passed(), proved.races().get(0).text());
		assertEquals(0, proof.getProcesses()[0].getExitValue());
	}

	private static int firstBroken(RaceReport report) {
		List<StepRecord> steps = report.shown();
		for (int i = 0; i < steps.size(); i++) {
			if (!steps.get(i).violations().isEmpty()) {
				return i;
			}
		}
		return -1;
	}

	private static void suspended(ScenarioRun run) {
		Workbench.waitUntil("the run to suspend", Duration.ofSeconds(60),
				() -> run.status() == ScenarioRun.Status.SUSPENDED);
	}

	/** The line selected in the file's editor. */
	private static int selectedLine(String fileName) {
		IFile file = project.getFile("kvm/" + fileName);
		return Workbench.ui(() -> {
			var part = Workbench.page().findEditor(new org.eclipse.ui.part.FileEditorInput(file));
			assertTrue(part != null, fileName + " is open");
			ITextEditor editor = part.getAdapter(ITextEditor.class);
			return ((ITextSelection) editor.getSelectionProvider().getSelection()).getStartLine() + 1;
		});
	}
}
