package org.ptl.ui.simulation;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.ptl.sim.explore.TraceStep;

/**
 * The exploration half of the simulation view: the models explored and layouts proved, with their
 * verdicts; for the selected one the counterexample (the shortest trace, one step per row with what
 * it changed; for a layout each property, with the inputs that break it) and the statistics exactly
 * as {@code ptl explore} prints them. Selecting a step of a counterexample reveals its transition's
 * declaration.
 */
final class ExplorationPane {

	private final SashForm root;
	private final TableViewer models;
	private final TableViewer trace;
	private final Text text;

	ExplorationPane(Composite parent, BiConsumer<SimulationSession.Exploration, TraceStep> reveal) {
		root = new SashForm(parent, SWT.HORIZONTAL);
		models = Columns.table(StepDetails.group(root, "Ownership models and layouts"));
		Columns.add(models, "Model", 170, Object.class, LayoutRows::name);
		Columns.add(models, "Verdict", 230, Object.class, LayoutRows::verdict);
		SashForm right = new SashForm(root, SWT.VERTICAL);
		trace = Columns.table(StepDetails.group(right, "Shortest trace to the broken invariant"));
		Columns.add(trace, "#", 35, TraceStep.class, step -> "");
		Columns.add(trace, "Step", 320, Object.class, LayoutRows::step);
		Columns.add(trace, "Changes", 420, Object.class, LayoutRows::changes);
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

	void show(List<SimulationSession.Exploration> explorations, List<SimulationSession.LayoutExploration> layouts) {
		Object selected = ((IStructuredSelection) models.getSelection()).getFirstElement();
		List<Object> rows = new java.util.ArrayList<>(explorations);
		rows.addAll(layouts);
		models.setInput(rows);
		if (selected == null && !rows.isEmpty()) {
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
		if (selected instanceof SimulationSession.Exploration explored) {
			trace.setInput(explored.result().trace());
			for (int i = 0; i < trace.getTable().getItemCount(); i++) {
				trace.getTable().getItem(i).setText(0, Integer.toString(i + 1));
			}
			text.setText(explored.text());
		} else if (selected instanceof SimulationSession.LayoutExploration proved) {
			trace.setInput(LayoutRows.of(proved.proof()));
			text.setText(proved.text());
		} else {
			trace.setInput(List.of());
			text.setText("");
		}
	}

	static String verdict(SimulationSession.Exploration explored) {
		return switch (explored.result().verdict()) {
		case HOLDS -> "invariants hold";
		case VIOLATED -> explored.result().deadlock() ? "deadlock" : "broken: " + String.join(", ", explored.result().broken());
		case BOUNDED -> "stopped by a bound";
		};
	}
}
