package org.ptl.ui.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.ui.part.ViewPart;

/**
 * The PTL Simulation view: the latest simulation or exploration launch, live. The Scenarios tab
 * shows scenarios with pass/fail, the steps of the selected one, and what the selected step changed
 * (entries, ownership per page, or a concurrent block's interleaving with a column per vCPU); the
 * Exploration tab shows explored models and concurrent scenarios with their statistics and
 * counterexamples. Step, Resume, Terminate and Relaunch control the launch; selecting a step (or a
 * scheduler step of an interleaving) reveals its line in the editor.
 */
public final class SimulationView extends ViewPart {

	public static final String ID = "org.ptl.ui.simulationView";

	private final AtomicBoolean refreshPending = new AtomicBoolean();
	private final Consumer<SimulationSession> listener = session -> scheduleRefresh();
	private Label status;
	private TabFolder tabs;
	private TabItem scenarioTab;
	private TabItem explorationTab;
	private ScenarioPane scenarios;
	private ExplorationPane explorations;
	private Action step;
	private Action resume;
	private Action terminate;
	private Action relaunch;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		tabs = new TabFolder(parent, SWT.TOP);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scenarios = new ScenarioPane(tabs, this::reveal);
		scenarioTab = new TabItem(tabs, SWT.NONE);
		scenarioTab.setText("Scenarios");
		scenarioTab.setControl(scenarios.control());
		explorations = new ExplorationPane(tabs, (explored, step) -> TransitionReveal.reveal(getSite().getPage(),
				explored.file(), explored.result().model(), step.transition()), this::reveal);
		explorationTab = new TabItem(tabs, SWT.NONE);
		explorationTab.setText("Exploration");
		explorationTab.setControl(explorations.control());
		createActions();
		SimulationSessions.addListener(listener);
		refresh();
	}

	private void createActions() {
		step = action("Step", "step", "Run the next step of the suspended scenario", () -> session().step());
		resume = action("Resume", "resume", "Run the rest of the simulation", () -> session().resume());
		terminate = action("Terminate", "terminate", "Stop the simulation", () -> {
			SimulationSession session = session();
			session.terminate();
			if (session.launch() != null) {
				try {
					session.launch().terminate();
				} catch (org.eclipse.debug.core.DebugException ignored) {
					// the session is terminated already; the launch follows when its job ends
				}
			}
		});
		relaunch = action("Relaunch", "relaunch", "Launch the same configuration again", () -> {
			ILaunch launch = session().launch();
			if (launch != null && launch.getLaunchConfiguration() != null) {
				DebugUITools.launch(launch.getLaunchConfiguration(), launch.getLaunchMode());
			}
		});
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(step);
		toolbar.add(resume);
		toolbar.add(terminate);
		toolbar.add(relaunch);
	}

	private static Action action(String text, String icon, String tooltip, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				if (SimulationSessions.latest() != null) {
					run.run();
				}
			}
		};
		action.setToolTipText(tooltip);
		org.eclipse.jface.resource.ResourceLocator.imageDescriptorFromBundle(SimulationView.class, "icons/" + icon + ".png")
				.ifPresent(action::setImageDescriptor);
		return action;
	}

	private static SimulationSession session() {
		return SimulationSessions.latest();
	}

	private void scheduleRefresh() {
		if (refreshPending.compareAndSet(false, true) && !status.isDisposed()) {
			status.getDisplay().asyncExec(() -> {
				refreshPending.set(false);
				if (!status.isDisposed()) {
					refresh();
				}
			});
		}
	}

	/** Shows the latest session (the UI thread only). */
	public void refresh() {
		SimulationSession session = session();
		boolean live = session != null && !session.finished();
		step.setEnabled(live && session.suspended());
		resume.setEnabled(live && session.suspended());
		terminate.setEnabled(live);
		relaunch.setEnabled(session != null && session.launch() != null && session.launch().getLaunchConfiguration() != null);
		if (session == null) {
			status.setText("No simulation yet: Run As > PTL Simulation on a .ptl file");
			return;
		}
		status.setText(session.file().getFullPath() + ": " + summary(session));
		scenarios.show(session.runs());
		List<Object> explored = new ArrayList<>(session.explorations());
		explored.addAll(session.layouts());
		explored.addAll(session.races());
		explored.addAll(session.conformance());
		explorations.show(explored);
		if (session.runs().isEmpty() && !explored.isEmpty()) {
			tabs.setSelection(explorationTab);
		} else if (!session.runs().isEmpty() && explored.isEmpty()) {
			tabs.setSelection(scenarioTab);
		}
	}

	/** Selects a scenario's trace entry as a click would, revealing its line; false when there is no such entry. */
	public boolean select(String scenario, int entry) {
		SimulationSession session = session();
		if (session == null) {
			return false;
		}
		tabs.setSelection(scenarioTab);
		return session.runs().stream().filter(run -> run.name().equals(scenario)).findFirst()
				.map(run -> scenarios.select(run, entry)).orElse(false);
	}

	/** Whether the step selected in the Scenarios tab is a failure (a failed run selects its first). */
	public boolean selectedStepFailed() {
		ScenarioRun.Recorded step = scenarios.selectedStep();
		return step != null && ScenarioPane.failed(step);
	}

	/** The pages the ownership table highlights as changed by the selected step. */
	public java.util.List<Integer> changedPages() {
		return scenarios.details().changedPages();
	}

	/** The width of the entries table's Old column, in pixels. */
	public int valueColumnWidth() {
		return scenarios.details().entryColumnWidth(4);
	}

	/** Selects a step of the selected exploration's counterexample as a click would, revealing its transition. */
	public boolean selectCounterexampleStep(int index) {
		tabs.setSelection(explorationTab);
		return explorations.selectStep(index);
	}

	/**
	 * The interleaving the current tab shows, for tests: its column titles, its rows, the selected
	 * row (-1 for none) and whether that row is a failed step.
	 */
	public record Interleaving(List<String> columns, int rows, int selected, boolean selectedFailed) {
	}

	/** The names of the rows of the exploration tab, as shown (the UI thread only; for tests). */
	public List<String> explorationRows() {
		return explorations.rowNames();
	}

	/** The interleaving shown on the current tab (the UI thread only). */
	public Interleaving interleaving() {
		InterleavingTable table = tabs.getSelection()[0] == explorationTab ? explorations.interleaving()
				: scenarios.details().interleaving();
		return new Interleaving(table.titles(), table.rowCount(), table.selection(), table.failed(table.selection()));
	}

	/** Selects a row of the interleaving shown on the current tab, as a click would; false when there is none. */
	public boolean selectInterleavingStep(int row) {
		InterleavingTable table = tabs.getSelection()[0] == explorationTab ? explorations.interleaving()
				: scenarios.details().interleaving();
		return table.select(row);
	}

	private static String summary(SimulationSession session) {
		long passed = session.runs().stream().filter(ScenarioRun::passed).count();
		long failed = session.runs().stream().filter(run -> run.status() == ScenarioRun.Status.FAILED).count();
		String state = session.suspended() ? "suspended" : session.finished() ? "finished" : "running";
		int explored = session.explorations().size() + session.layouts().size() + session.races().size()
				+ session.conformance().size();
		if (explored > 0 && session.runs().isEmpty()) {
			return explored + " explored, " + state;
		}
		return passed + " passed, " + failed + " failed of " + session.runs().size() + " scenarios, " + state;
	}

	private void reveal(int line) {
		SimulationSession session = session();
		if (session != null) {
			SourceReveal.line(getSite().getPage(), session.file(), line);
		}
	}

	@Override
	public void setFocus() {
		tabs.setFocus();
	}

	@Override
	public void dispose() {
		SimulationSessions.removeListener(listener);
		super.dispose();
	}
}
