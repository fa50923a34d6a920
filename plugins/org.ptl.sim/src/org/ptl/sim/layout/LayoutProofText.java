package org.ptl.sim.layout;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.ptl.model.Layout;
import org.ptl.model.LayoutInput;
import org.ptl.model.expr.LayoutEvaluation;
import org.ptl.model.expr.LayoutInputs;
import org.ptl.model.expr.LayoutTexts;
import org.ptl.model.expr.Property;
import org.eclipse.emf.ecore.EObject;
import org.ptl.sim.layout.LayoutProof.Result;

/**
 * A layout proof as {@code ptl explore} prints it: per property proved, violated or undecided;
 * for a violation the inputs that break it and the numbers that show it (computed again for those
 * inputs); how the input space was split, that the search was exhaustive, and what it took. The
 * same text in every face that proves layouts ({@code ptl explore}, the IDE's exploration console);
 * the face says on which line an element is, since only it knows the source.
 */
public final class LayoutProofText {

	private LayoutProofText() {
	}

	public static void print(PrintWriter out, String where, LayoutProof proof, ToIntFunction<EObject> lineOf) {
		Layout layout = proof.layout();
		out.println(where + ": layout " + layout.getName() + ": " + switch (proof.verdict()) {
		case PROVED -> "every property holds for every input";
		case VIOLATED -> proof.violations().size() + " propert" + (proof.violations().size() == 1 ? "y" : "ies")
				+ " broken";
		case UNKNOWN -> "not decided within the time limit";
		});
		for (Result result : proof.results()) {
			String verdict = switch (result.verdict()) {
			case PROVED -> "proved   ";
			case VIOLATED -> "VIOLATED ";
			case UNKNOWN -> "unknown  ";
			};
			out.println("  " + verdict + (result.kind() == Property.Kind.NO_FAULT
					? "never " + result.description() + " (line " + lineOf.applyAsInt(result.element()) + ")"
					: result.description()));
			if (result.counterexample() != null) {
				printCounterexample(out, layout, result);
			}
		}
		String classes = proof.enumerated().isEmpty() ? "1 class"
				: proof.classes() + " classes (" + proof.enumerated().stream().map(LayoutInput::getName)
						.collect(Collectors.joining(" x ")) + ")";
		out.println("  " + proof.results().size() + " properties over " + classes + ", each decided by SAT over "
				+ proof.symbolicBits() + " free input bits: exhaustive" + (proof.verdict() == LayoutProof.Verdict.UNKNOWN
						? " where decided" : "") + "; " + proof.variables() + " variables, " + proof.clauses() + " clauses, "
				+ String.format(java.util.Locale.ROOT, "%.3f", proof.time().toNanos() / 1e9) + " s");
		if (proof.emptyClasses() == proof.classes()) {
			out.println("  note: no input satisfies the assumptions: everything holds vacuously");
		}
	}

	private static void printCounterexample(PrintWriter out, Layout layout, Result result) {
		LayoutEvaluation<Long, Boolean> evaluation = LayoutInputs.evaluate(layout, result.counterexample());
		out.println("      for " + inputs(result.counterexample()));
		out.println("      " + failure(evaluation, result));
	}

	/** The message of ptl check for a violation: the inputs and what breaks. */
	public static String counterexample(Layout layout, Result result) {
		LayoutEvaluation<Long, Boolean> evaluation = LayoutInputs.evaluate(layout, result.counterexample());
		return "layout '" + layout.getName() + "', for " + inputs(result.counterexample()) + ": "
				+ failure(evaluation, result);
	}

	private static String failure(LayoutEvaluation<Long, Boolean> evaluation, Result result) {
		for (Property<Boolean> property : evaluation.properties()) {
			if (!property.holds() && property.kind() == result.kind() && property.element() == result.element()
					&& property.description().equals(result.description())) {
				return LayoutTexts.failure(evaluation, property);
			}
		}
		return result.description() + " fails";
	}

	public static String inputs(Map<LayoutInput, Long> inputs) {
		return inputs.entrySet().stream().map(entry -> entry.getKey().getName() + "=" + (entry.getKey().isBoolean()
				? String.valueOf(entry.getValue() != 0) : LayoutTexts.number(entry.getValue())))
				.collect(Collectors.joining(", "));
	}
}
