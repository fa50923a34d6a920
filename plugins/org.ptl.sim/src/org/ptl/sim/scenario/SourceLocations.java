package org.ptl.sim.scenario;

import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.eclipse.emf.ecore.EObject;

/**
 * Where model elements stand in their source, for traces: the faces that parse text (command line,
 * Eclipse) know lines and the text as written; the engine itself does not.
 */
public interface SourceLocations {

	SourceLocations NONE = new SourceLocations() {
		@Override
		public int line(EObject element) {
			return 0;
		}

		@Override
		public String text(EObject element) {
			return element.eClass().getName();
		}
	};

	/** The 1-based line the element starts on, or 0. */
	int line(EObject element);

	/** The element as written, on one line. */
	String text(EObject element);

	/** Locations from two functions: how the faces plug in the parser's node model. */
	static SourceLocations of(ToIntFunction<EObject> line, Function<EObject, String> text) {
		return new SourceLocations() {
			@Override
			public int line(EObject element) {
				return line.applyAsInt(element);
			}

			@Override
			public String text(EObject element) {
				return text.apply(element);
			}
		};
	}
}
