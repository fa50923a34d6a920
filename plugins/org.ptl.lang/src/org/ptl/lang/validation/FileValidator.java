package org.ptl.lang.validation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import org.eclipse.xtext.validation.Check;
import org.ptl.model.PtlModel;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.SeverityDirective;

/**
 * Checks a file as a whole: that it declares something, and that its severity directives name
 * checks that exist and may be adjusted.
 */
public class FileValidator extends PtlCheckValidator {

	@Check
	public void fileDeclaresSomething(PtlModel model) {
		// severity directives alone declare nothing; a file that does not parse is reported as such
		boolean parsed = model.eResource() == null || model.eResource().getErrors().isEmpty();
		if (parsed && model.getElements().isEmpty() && model.getImports().isEmpty()) {
			report(PtlCheck.FILE_EMPTY, "the file declares nothing: no format, claims, ownership model or encoding,"
					+ " and no import", model, null);
		}
	}

	@Check
	public void directiveNamesAnAdjustableCheck(SeverityDirective directive) {
		Optional<PtlCheck> check = PtlCheck.byId(directive.getCheckId());
		if (check.isEmpty()) {
			report(PtlCheck.SEVERITY_UNKNOWN_CHECK, "no check is called '" + directive.getCheckId() + "'"
					+ suggestion(directive.getCheckId()), directive, Literals.SEVERITY_DIRECTIVE__CHECK_ID);
		} else if (!check.get().adjustable()) {
			report(PtlCheck.SEVERITY_NOT_ADJUSTABLE, "check '" + directive.getCheckId()
					+ "' reports text PTL cannot read and is always an error", directive,
					Literals.SEVERITY_DIRECTIVE__CHECK_ID);
		}
	}

	private static String suggestion(String id) {
		if (id == null) {
			return "";
		}
		return Arrays.stream(PtlCheck.values())
				.min(Comparator.comparingInt(check -> EditDistance.between(check.id(), id)))
				.filter(check -> EditDistance.between(check.id(), id) <= Math.max(3, id.length() / 3))
				.map(check -> "; did you mean '" + check.id() + "'?").orElse("");
	}
}
