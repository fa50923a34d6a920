package org.ptl.ui.simulation;

import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.ptl.sim.trace.OwnershipTable;
import org.ptl.sim.trace.TraceEntry;

/**
 * The scenarios half of the simulation view: the session's scenarios with their verdicts; for the
 * selected one its steps and expectations, failures in red, the first failure selected; for the
 * selected step its {@link StepDetails}. Selecting a step (or a scenario) tells the view which line
 * to reveal.
 */
final class ScenarioPane {

	private static final Color GREEN = new Color(0x1e, 0x7b, 0x1e);
	private static final Color RED = new Color(0xc0, 0x00, 0x00);

	private final SashForm root;
	private final TableViewer scenarios;
	private final TableViewer steps;
	private final StepDetails details;
	/** The run shown and how many entries it had then: when it gains entries, the newest is selected. */
	private ScenarioRun shownRun;
	private int shownEntries;

	ScenarioPane(Composite parent, IntConsumer reveal) {
		root = new SashForm(parent, SWT.HORIZONTAL);
		scenarios = Columns.table(StepDetails.group(root, "Scenarios"));
		Columns.add(scenarios, "Scenario", 170, ScenarioRun.class, ScenarioRun::name);
		Columns.add(scenarios, "Result", 150, ScenarioRun.class, ScenarioPane::verdict, ScenarioPane::colour);
		steps = Columns.table(StepDetails.group(root, "Steps"));
		Columns.add(steps, "Line", 45, ScenarioRun.Recorded.class, recorded -> Integer.toString(recorded.entry().line()));
		Columns.add(steps, "Step", 300, ScenarioRun.Recorded.class, recorded -> recorded.entry().text());
		Columns.add(steps, "Result", 170, ScenarioRun.Recorded.class, ScenarioPane::result, ScenarioPane::colour);
		details = new StepDetails(root, reveal);
		root.setWeights(3, 4, 5);
		scenarios.addSelectionChangedListener(event -> {
			ScenarioRun run = selectedRun();
			showSteps(run);
			if (run != null) {
				reveal.accept(run.nextLine() > 0 ? run.nextLine() : run.line());
			}
		});
		steps.addSelectionChangedListener(event -> {
			ScenarioRun.Recorded recorded = selected(steps, ScenarioRun.Recorded.class);
			showDetails(recorded);
			int line = details.line(recorded);
			if (line > 0) {
				reveal.accept(line);
			}
		});
	}

	Composite control() {
		return root;
	}

	/** Shows a session's runs, keeping the selected scenario (or choosing the first that failed, or the last). */
	void show(List<ScenarioRun> runs) {
		ScenarioRun selected = selectedRun();
		scenarios.setInput(runs);
		if (selected == null || !runs.contains(selected)) {
			selected = runs.stream().filter(run -> run.status() == ScenarioRun.Status.FAILED).findFirst()
					.orElse(runs.isEmpty() ? null : runs.get(runs.size() - 1));
		}
		if (selected != null) {
			scenarios.setSelection(new StructuredSelection(selected), true);
		}
		showSteps(selected);
	}

	/** Selects a run and one of its entries, as a click would (so the line is revealed). */
	boolean select(ScenarioRun run, int entry) {
		scenarios.setSelection(new StructuredSelection(run), true);
		List<ScenarioRun.Recorded> entries = run.entries();
		if (entry < 0 || entry >= entries.size()) {
			return false;
		}
		shownEntries = entries.size();
		steps.setSelection(new StructuredSelection(entries.get(entry)), true);
		return true;
	}

	StepDetails details() {
		return details;
	}

	ScenarioRun selectedRun() {
		return selected(scenarios, ScenarioRun.class);
	}

	private void showSteps(ScenarioRun run) {
		List<ScenarioRun.Recorded> entries = run == null ? List.of() : run.entries();
		ScenarioRun.Recorded selected = selected(steps, ScenarioRun.Recorded.class);
		boolean grew = run != null && run == shownRun && entries.size() > shownEntries;
		shownRun = run;
		shownEntries = entries.size();
		steps.setInput(entries);
		// while a run goes on, the newest entry is what a user stepping through it wants to see
		boolean live = run != null && (run.status() == ScenarioRun.Status.RUNNING
				|| run.status() == ScenarioRun.Status.SUSPENDED);
		ScenarioRun.Recorded shown = selected != null && entries.contains(selected) && !live && !grew ? selected
				: entries.stream().filter(ScenarioPane::failed).findFirst()
						.orElse(entries.isEmpty() ? null : entries.get(entries.size() - 1));
		if (shown != null) {
			steps.setSelection(new StructuredSelection(shown), true);
		}
		showDetails(shown);
	}

	private void showDetails(ScenarioRun.Recorded recorded) {
		ScenarioRun run = selectedRun();
		int revealed = run != null && recorded != null && recorded.entry() instanceof TraceEntry.Race race
				? run.revealed(race) : 0;
		details.show(recorded, ownershipBefore(recorded), revealed);
	}

	/** The ownership before an entry: after the latest earlier entry that has one, or the run's initial one. */
	private OwnershipTable ownershipBefore(ScenarioRun.Recorded recorded) {
		if (recorded == null || !(steps.getInput() instanceof List<?> entries)) {
			return null;
		}
		for (int i = entries.indexOf(recorded) - 1; i >= 0; i--) {
			if (entries.get(i) instanceof ScenarioRun.Recorded earlier && earlier.ownership() != null) {
				return earlier.ownership();
			}
		}
		ScenarioRun run = selectedRun();
		return run == null ? null : run.initialOwnership();
	}

	/** The selected step (for tests and the view's status). */
	ScenarioRun.Recorded selectedStep() {
		return selected(steps, ScenarioRun.Recorded.class);
	}

	private static <T> T selected(TableViewer viewer, Class<T> type) {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return type.isInstance(first) ? type.cast(first) : null;
	}

	static String verdict(ScenarioRun run) {
		return switch (run.status()) {
		case PASSED -> "passed";
		case FAILED -> run.error() != null ? "failed: " + run.error() : "failed";
		case SUSPENDED -> "suspended at line " + run.nextLine();
		case RUNNING -> "running";
		case TERMINATED -> "terminated";
		case PENDING -> "waiting";
		};
	}

	private static Color colour(ScenarioRun run) {
		return run.status() == ScenarioRun.Status.PASSED ? GREEN : run.status() == ScenarioRun.Status.FAILED ? RED : null;
	}

	private static String result(ScenarioRun.Recorded recorded) {
		return switch (recorded.entry()) {
		case TraceEntry.Check check -> check.passed() ? "holds" : "FAILS: " + check.detail();
		case TraceEntry.Race race -> race.report().passed() ? "holds in every interleaving"
				: "FAILS: " + race.report().failures().get(0).message();
		case TraceEntry.Step step -> {
			List<String> broken = new java.util.ArrayList<>(step.violations());
			step.monitor().forEach(violation -> broken.add(violation.message()));
			yield broken.isEmpty() ? step.result() : step.result() + ", breaks " + String.join(", ", broken);
		}
		};
	}

	private static Color colour(ScenarioRun.Recorded recorded) {
		return failed(recorded) ? RED : null;
	}

	/** An expectation that does not hold, a step that failed, or a concurrent block that fails. */
	static boolean failed(ScenarioRun.Recorded recorded) {
		return switch (recorded.entry()) {
		case TraceEntry.Check check -> !check.passed();
		case TraceEntry.Race race -> !race.report().passed();
		case TraceEntry.Step step -> step.failed();
		};
	}
}
