package org.ptl.lang.validation;

import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.ptl.model.Action;
import org.ptl.model.Assignment;
import org.ptl.model.EachUpdate;
import org.ptl.model.FamilyQuantified;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.VariableAccess;

/**
 * What an action may read, so that the explorer can tabulate it: an action on a page reads that
 * page and the global variables, never every page; an action on no page may ask about every page
 * in its guards, update every page alike in a 'for each' over the pages (each page reading only
 * itself), but computes its global updates from global variables only.
 */
final class ProtocolLocality {

	private ProtocolLocality() {
	}

	static void check(Action action, boolean onPage, BiConsumer<String, EObject> report) {
		for (FamilyQuantified quantified : EcoreUtil2.eAllOfType(action, FamilyQuantified.class)) {
			boolean overPages = quantified.getParameter() != null && quantified.getParameter().getFamily() != null
					&& quantified.getParameter().getFamily().isPages();
			if (overPages && (onPage || EcoreUtil2.getContainerOfType(quantified, EachUpdate.class) != null)) {
				report.accept("action '" + action.getName() + "' asks about every page where it may read only one page"
						+ (onPage ? " (its own)" : " (the one its 'for each' updates)"), quantified);
			}
		}
		if (onPage) {
			return;
		}
		for (Assignment assignment : EcoreUtil2.eAllOfType(action, Assignment.class)) {
			boolean inEach = EcoreUtil2.getContainerOfType(assignment, EachUpdate.class) != null;
			if (!inEach && readsPages(assignment)) {
				report.accept("action '" + action.getName() + "' works on no page: its updates outside 'for each' may "
						+ "read only global variables", assignment);
			}
		}
	}

	private static boolean readsPages(EObject part) {
		for (VariableAccess access : EcoreUtil2.eAllOfType(part, VariableAccess.class)) {
			if (access.getTarget() instanceof ProtocolVariable variable
					&& variable.getIndices().stream().anyMatch(family -> family != null && family.isPages())) {
				return true;
			}
		}
		return !EcoreUtil2.eAllOfType(part, FamilyQuantified.class).isEmpty()
				&& EcoreUtil2.eAllOfType(part, FamilyQuantified.class).stream()
						.anyMatch(q -> q.getParameter() != null && q.getParameter().getFamily() != null
								&& q.getParameter().getFamily().isPages());
	}
}
