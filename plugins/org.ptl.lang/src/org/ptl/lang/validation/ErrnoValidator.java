package org.ptl.lang.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.ptl.model.ExpectResult;
import org.ptl.model.Guard;
import org.ptl.model.OutcomePattern;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.RejectRule;
import org.ptl.model.support.ErrnoNames;

/**
 * Checks that every error code is one Linux names (-EPERM, -EBUSY, ...), so that a typo such as
 * -EBUSSY is not silently a different code, and that a visitor outcome written as a number is 0:
 * visitors return 0 or a negative error code, which PTL writes by name.
 */
public class ErrnoValidator extends PtlCheckValidator {

	@Check
	public void guardErrno(Guard guard) {
		known(guard.getErrno(), guard, Literals.GUARD__ERRNO);
	}

	@Check
	public void rejectErrno(RejectRule reject) {
		known(reject.getErrno(), reject, Literals.REJECT_RULE__ERRNO);
	}

	@Check
	public void expectedErrno(ExpectResult expected) {
		known(expected.getErrno(), expected, Literals.EXPECT_RESULT__ERRNO);
	}

	@Check
	public void outcome(OutcomePattern pattern) {
		known(pattern.getErrno(), pattern, Literals.OUTCOME_PATTERN__ERRNO);
		if (pattern.isSetCode() && pattern.getCode() != 0) {
			String name = ErrnoNames.name(Math.abs(pattern.getCode())).map(n -> "-" + n).orElse("an error code by name");
			report(PtlCheck.ERRNO_UNKNOWN, "a visitor returns 0 or a negative error code: write " + name + ", not "
					+ pattern.getCode(), pattern, Literals.OUTCOME_PATTERN__CODE);
		}
	}

	private void known(String errno, EObject source, EStructuralFeature feature) {
		if (errno != null && ErrnoNames.number(errno).isEmpty()) {
			report(PtlCheck.ERRNO_UNKNOWN, "Linux has no error code " + errno + " (for example -EPERM, -EINVAL, -EBUSY, "
					+ "-EAGAIN, -ENOMEM)", source, feature);
		}
	}
}
