package org.ptl.ui.simulation;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.ptl.sim.explore.TraceStep;
import org.ptl.sim.race.RaceReport;

/**
 * The exploration half of the simulation view: the ownership models and protocols explored, layouts
 * proved and concurrent scenarios explored, with their verdicts; for the selected model the
 * counterexample (the shortest trace, one step per row with what it changed; for a protocol a
 * column per actor, {@link TraceColumns}), for a layout each property with the inputs
 * that break it, for a scenario its interleaving (the shortest that fails, else the first) with a
 * column per vCPU; and the statistics exactly as {@code ptl explore} prints them. Selecting a step of
 * a counterexample reveals its transition's declaration.
 */
final class ExplorationPane {

	private final SashForm root;
	private final TableViewer models;
	private final Group top;
	private final StackLayout stack = new StackLayout();
	private final TableViewer trace;
	private final InterleavingTable interleaving;
	private final Text text;
	private final TraceColumns columns = new TraceColumns();

	ExplorationPane(Composite parent, BiConsumer<SimulationSession.Exploration, TraceStep> reveal, IntConsumer revealLine) {
		root = new SashForm(parent, SWT.HORIZONTAL);
		models = Columns.table(StepDetails.group(root, "Explored"));
		Columns.add(models, "Model, layout or scenario", 170, Object.class, ExplorationRows::name);
		Columns.add(models, "Verdict", 230, Object.class, ExplorationRows::verdict);
		SashForm right = new SashForm(root, SWT.VERTICAL);
		top = (Group) StepDetails.group(right, "Shortest trace to the broken invariant");
		top.setLayout(stack);
		trace = Columns.table(top);
		interleaving = new InterleavingTable(top, revealLine, step -> {
		});
		stack.topControl = trace.getControl();
		columns.fit(trace, null);
		text = new Text(StepDetails.group(right, "Statistics"), SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		right.setWeights(1, 1);
		root.setWeights(2, 5);
		models.addSelectionChangedListener(event -> showSelected());
		trace.addSelectionChangedListener(event -> {
			Object step = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (step instanceof TraceStep traceStep
					&& ((IStructuredSelection) models.getSelection()).getFirstElement() instanceof SimulationSession.Exploration explored) {
				reveal.accept(explored, traceStep);
			}
		});
	}

	Composite control() {
		return root;
	}

	void show(List<?> rows) {
		Object selected = ((IStructuredSelection) models.getSelection()).getFirstElement();
		models.setInput(rows);
		if ((selected == null || !rows.contains(selected)) && !rows.isEmpty()) {
			models.setSelection(new StructuredSelection(rows.get(0)));
		} else if (selected != null) {
			models.setSelection(new StructuredSelection(selected));
		}
		showSelected();
	}

	/** Selects a step of the selected model's counterexample, as a click would; false when there is none. */
	boolean selectStep(int index) {
		if (index < 0 || index >= trace.getTable().getItemCount()) {
			return false;
		}
		trace.setSelection(new StructuredSelection(trace.getElementAt(index)), true);
		return true;
	}

	private void showSelected() {
		Object selected = ((IStructuredSelection) models.getSelection()).getFirstElement();
		Control wanted = selected instanceof SimulationSession.RaceExploration ? interleaving.control() : trace.getControl();
		if (stack.topControl != wanted) {
			stack.topControl = wanted;
			top.layout();
		}
		if (selected instanceof SimulationSession.RaceExploration explored) {
			RaceReport report = explored.race().report();
			top.setText(report.shownFailure() != null ? "The shortest interleaving that fails" : "The first interleaving");
			interleaving.show(report, report.shown().size());
			text.setText(explored.text());
		} else if (selected instanceof SimulationSession.Exploration explored) {
			top.setText("Shortest trace to the broken invariant");
			columns.fit(trace, explored.result());
			trace.setInput(explored.result().trace());
			for (int i = 0; i < trace.getTable().getItemCount(); i++) {
				trace.getTable().getItem(i).setText(0, Integer.toString(i + 1));
			}
			text.setText(explored.text());
		} else if (selected instanceof SimulationSession.TraceConformance checked) {
			top.setText("Findings on the trace");
			trace.setInput(ExplorationRows.of(checked.report()));
			text.setText(checked.text());
		} else if (selected instanceof SimulationSession.LayoutExploration proved) {
			top.setText("Properties of the layout");
			columns.fit(trace, null);
			trace.setInput(ExplorationRows.of(proved.proof()));
			text.setText(proved.text());
		} else {
			trace.setInput(List.of());
			text.setText("");
		}
	}

	/** The first column of each row of the explored table, as shown (for tests). */
	List<String> rowNames() {
		List<String> names = new java.util.ArrayList<>();
		for (org.eclipse.swt.widgets.TableItem item : models.getTable().getItems()) {
			names.add(item.getText(0));
		}
		return names;
	}

	InterleavingTable interleaving() {
		return interleaving;
	}

	static String verdict(SimulationSession.Exploration explored) {
		return switch (explored.result().verdict()) {
		case HOLDS -> "invariants hold";
		case VIOLATED -> explored.result().deadlock() ? "deadlock" : "broken: " + String.join(", ", explored.result().broken());
		case BOUNDED -> "stopped by a bound";
		};
	}
}
