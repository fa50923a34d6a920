package org.ptl.ui.simulation;

import java.util.List;

import org.ptl.model.expr.Property;
import org.ptl.sim.explore.TraceStep;
import org.ptl.sim.layout.LayoutProof;
import org.ptl.sim.layout.LayoutProofText;

/**
 * The exploration tab's rows: the name and verdict of an explored ownership model, a proved layout
 * or a concurrent scenario explored in every interleaving, or a trace checked for conformance; and,
 * for a layout, a row per property, for a trace a row per finding
 * (proved, or VIOLATED with the inputs that break it and why) where a model has the steps of its
 * counterexample.
 */
final class ExplorationRows {

	/** One property of a layout proof, as a row of the trace table. */
	record PropertyRow(LayoutProof proof, LayoutProof.Result result) {
	}

	private ExplorationRows() {
	}

	static List<PropertyRow> of(LayoutProof proof) {
		// the broken properties first: they are what the reader came for
		return proof.results().stream().sorted(java.util.Comparator.comparing(result -> result.verdict() != LayoutProof.Verdict.VIOLATED))
				.map(result -> new PropertyRow(proof, result)).toList();
	}

	static String name(Object row) {
		return switch (row) {
		case SimulationSession.Exploration explored -> explored.result().model();
		case SimulationSession.LayoutExploration proved -> "layout " + proved.proof().layout().getName();
		case SimulationSession.RaceExploration race -> race.scenario();
		case SimulationSession.TraceConformance checked -> "trace " + checked.trace().getName();
		default -> "";
		};
	}

	/** One finding of a trace conformance check, as a row of the trace table. */
	record FindingRow(org.ptl.sim.conform.ConformanceFinding finding) {
	}

	static List<FindingRow> of(org.ptl.sim.conform.ConformanceReport report) {
		return report.findings().stream().map(FindingRow::new).toList();
	}

	static String verdict(Object row) {
		return switch (row) {
		case SimulationSession.Exploration explored -> ExplorationPane.verdict(explored);
		case SimulationSession.LayoutExploration proved -> switch (proved.proof().verdict()) {
		case PROVED -> "holds for every input";
		case VIOLATED -> "broken: " + proved.proof().violations().size() + " propert"
				+ (proved.proof().violations().size() == 1 ? "y" : "ies");
		case UNKNOWN -> "not decided in time";
		};
		case SimulationSession.RaceExploration race -> race.race().report().passed() ? "holds in every interleaving"
				: race.race().report().failures().isEmpty() ? "stopped by a bound"
						: "FAILS: " + race.race().report().failures().get(0).message();
		case SimulationSession.TraceConformance checked -> checked.report().conforms()
				? "conforms to " + checked.binding()
				: "does not conform to " + checked.binding() + ": " + checked.report().errors() + " error"
						+ (checked.report().errors() == 1 ? "" : "s");
		default -> "";
		};
	}

	static String step(Object row) {
		return switch (row) {
		case TraceStep step -> step.text();
		case PropertyRow property -> property.result().verdict().name().toLowerCase() + ": "
				+ (property.result().kind() == Property.Kind.NO_FAULT ? "never " : "") + property.result().description();
		case FindingRow found -> "line " + found.finding().line() + ": " + found.finding().message() + " ["
				+ found.finding().check().id() + "]";
		default -> "";
		};
	}

	static String changes(Object row) {
		return switch (row) {
		case TraceStep step -> String.join(", ", step.changes().stream().map(Object::toString).toList());
		case PropertyRow property when property.result().counterexample() != null ->
			LayoutProofText.counterexample(property.proof().layout(), property.result());
		case FindingRow found -> String.join("; ", found.finding().details());
		default -> "";
		};
	}
}
