package org.ptl.lang.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.util.Exceptions;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Base of the PTL validators, one class per concern, composed into {@link PtlValidator}. A rule
 * reports through {@link #report} with its {@link PtlCheck}: the check's id becomes the diagnostic's
 * code and its default severity the diagnostic's severity ({@link PtlResourceValidator} adjusts it
 * to the user's settings afterwards).
 */
public abstract class PtlCheckValidator extends AbstractDeclarativeValidator {

	private static final String GUARD_EXCEPTION = "org.eclipse.xtext.validation.GuardException";

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into PtlValidator, which registers for the PTL package
	}

	/**
	 * Xtext ignores a NullPointerException thrown by a check ("a convenience"), which hides a bug
	 * and loses the check's finding: record every failure as an internal one and go on with the
	 * other checks.
	 */
	@Override
	protected void handleExceptionDuringValidation(Throwable failure) {
		// a check's guard() that does not hold throws Xtext's package-private GuardException
		if (GUARD_EXCEPTION.equals(failure.getClass().getName())) {
			return;
		}
		Object failures = getContext() == null ? null : getContext().get(InternalFailures.KEY);
		if (failures instanceof InternalFailures collected) {
			collected.add(getCurrentObject(), failure);
		} else {
			Exceptions.throwUncheckedException(failure);
		}
	}

	protected void report(PtlCheck check, String message, EObject source, EStructuralFeature feature) {
		report(check, message, source, feature, INSIGNIFICANT_INDEX);
	}

	protected void report(PtlCheck check, String message, EObject source, EStructuralFeature feature, int index) {
		reportWithData(check, message, source, feature, index);
	}

	/** Reports with issue data: what a quick fix needs and cannot tell from the diagnostic's range. */
	protected void reportWithData(PtlCheck check, String message, EObject source, EStructuralFeature feature,
			int index, String... data) {
		switch (check.defaultLevel()) {
		case ERROR -> error(message, source, feature, index, check.id(), data);
		case WARNING -> warning(message, source, feature, index, check.id(), data);
		case INFO, IGNORE -> info(message, source, feature, index, check.id(), data);
		}
	}

	/** "1 bit", "2 bits". */
	protected static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	/** A name as messages quote it. */
	protected static String quote(String name) {
		return "'" + name + "'";
	}
}
