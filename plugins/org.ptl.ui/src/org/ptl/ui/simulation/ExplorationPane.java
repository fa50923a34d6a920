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
 * The exploration half of the simulation view: the models explored with their verdicts; for the
 * selected one the counterexample (the shortest trace, one step per row with what it changed) and
 * the statistics exactly as {@code ptl explore} prints them. Selecting a step of the trace reveals
 * its transition's declaration.
 */
final class ExplorationPane {

	private final SashForm root;
	private final TableViewer models;
	private final TableViewer trace;
	private final Text text;

	ExplorationPane(Composite parent, BiConsumer<SimulationSession.Exploration, TraceStep> reveal) {
		root = new SashForm(parent, SWT.HORIZONTAL);
		models = Columns.table(StepDetails.group(root, "Ownership models"));
		Columns.add(models, "Model", 170, SimulationSession.Exploration.class, explored -> explored.result().model());
		Columns.add(models, "Verdict", 230, SimulationSession.Exploration.class, ExplorationPane::verdict);
		SashForm right = new SashForm(root, SWT.VERTICAL);
		trace = Columns.table(StepDetails.group(right, "Shortest trace to the broken invariant"));
		Columns.add(trace, "#", 35, TraceStep.class, step -> "");
		Columns.add(trace, "Step", 320, TraceStep.class, TraceStep::text);
		Columns.add(trace, "Changes", 420, TraceStep.class,
				step -> String.join(", ", step.changes().stream().map(Object::toString).toList()));
		text = new Text(StepDetails.group(right, "Statistics"), SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		right.setWeights(1, 1);
		root.setWeights(2, 5);
		models.addSelectionChangedListener(event -> showSelected());
		trace.addSelectionChangedListener(event -> {
			Object step = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (step instanceof TraceStep traceStep && selected() != null) {
				reveal.accept(selected(), traceStep);
			}
		});
	}

	Composite control() {
		return root;
	}

	void show(List<SimulationSession.Exploration> explorations) {
		Object selected = ((IStructuredSelection) models.getSelection()).getFirstElement();
		models.setInput(explorations);
		if (selected == null && !explorations.isEmpty()) {
			models.setSelection(new StructuredSelection(explorations.get(0)));
		} else if (selected != null) {
			models.setSelection(new StructuredSelection(selected));
		}
		showSelected();
	}

	private SimulationSession.Exploration selected() {
		Object selected = ((IStructuredSelection) models.getSelection()).getFirstElement();
		return selected instanceof SimulationSession.Exploration explored ? explored : null;
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
		SimulationSession.Exploration explored = selected();
		if (explored != null) {
			trace.setInput(explored.result().trace());
			for (int i = 0; i < trace.getTable().getItemCount(); i++) {
				trace.getTable().getItem(i).setText(0, Integer.toString(i + 1));
			}
			text.setText(explored.text());
		} else {
			trace.setInput(List.of());
			text.setText("");
		}
	}

	private static String verdict(SimulationSession.Exploration explored) {
		return switch (explored.result().verdict()) {
		case HOLDS -> "invariants hold";
		case VIOLATED -> explored.result().deadlock() ? "deadlock" : "broken: " + String.join(", ", explored.result().broken());
		case BOUNDED -> "stopped by a bound";
		};
	}
}
