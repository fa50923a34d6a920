package org.ptl.ui.simulation;

import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.TableColumn;
import org.ptl.sim.explore.ExplorationResult;
import org.ptl.sim.explore.TraceStep;

/**
 * The columns of a counterexample in the simulation view: for an ownership model, the step and
 * what it changed (for a layout, the property and the inputs that break it, {@link ExplorationRows});
 * for a protocol, a column per actor (vcpu[1], kvm, qemu, ...) in which each step
 * stands under the actor that took it, then what it changed, field by field. The columns are made
 * again when the actors change, so that one table serves both kinds of model.
 */
final class TraceColumns {

	private List<String> shown;

	/** Makes the table's columns fit the result: its actors, or the ownership layout. */
	void fit(TableViewer trace, ExplorationResult result) {
		List<String> actors = result == null ? List.of() : result.actors();
		if (actors.equals(shown)) {
			return;
		}
		trace.getTable().setRedraw(false);
		try {
			for (TableColumn column : trace.getTable().getColumns()) {
				column.dispose();
			}
			Columns.add(trace, "#", 35, TraceStep.class, step -> "");
			if (actors.isEmpty()) {
				Columns.add(trace, "Step", 320, Object.class, ExplorationRows::step);
			} else {
				for (String actor : actors) {
					Columns.add(trace, actor, Math.max(90, 9 * actor.length()), TraceStep.class,
							step -> actor.equals(step.actor()) ? action(step) : "");
				}
			}
			Columns.add(trace, "Changes", 420, Object.class, ExplorationRows::changes);
		} finally {
			trace.getTable().setRedraw(true);
		}
		shown = actors;
	}

	/** The step as its actor's cell shows it: the call, without the actor in front. */
	static String action(TraceStep step) {
		String prefix = step.actor() + " ";
		return step.text().startsWith(prefix) ? step.text().substring(prefix.length()) : step.text();
	}
}
