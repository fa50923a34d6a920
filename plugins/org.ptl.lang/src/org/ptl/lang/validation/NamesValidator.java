package org.ptl.lang.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.ptl.lang.util.PtlNames;
import org.ptl.model.ClaimSet;
import org.ptl.model.Field;
import org.ptl.model.Format;
import org.ptl.model.Named;
import org.ptl.model.OwnershipModel;
import org.ptl.model.PtlModel;
import org.ptl.model.PtlPackage.Literals;

/**
 * Checks that names are unique where references look them up: top-level elements of one kind in a
 * file, and the descriptors, fields, enum literals, claims, states, components, transitions and
 * invariants within their container.
 */
public class NamesValidator extends PtlCheckValidator {

	@Check
	public void topLevelNamesAreUnique(PtlModel model) {
		Map<Class<?>, Map<String, Named>> byKind = new HashMap<>();
		for (Named element : model.getElements()) {
			Class<?> kind = element.eClass().getInstanceClass();
			reportIfDuplicate(byKind.computeIfAbsent(kind, key -> new HashMap<>()), element);
		}
	}

	@Check
	public void descriptorNamesAreUnique(Format format) {
		reportDuplicates(format.getDescriptors());
	}

	@Check
	public void fieldNamesAreUnique(org.ptl.model.Descriptor descriptor) {
		reportDuplicates(descriptor.getFields());
	}

	@Check
	public void literalNamesAreUnique(Field field) {
		reportDuplicates(field.getLiterals());
	}

	@Check
	public void claimNamesAreUnique(ClaimSet set) {
		reportDuplicates(set.getClaims());
	}

	@Check
	public void ownershipNamesAreUnique(OwnershipModel model) {
		reportDuplicates(model.getStates());
		reportDuplicates(model.getComponents());
		reportDuplicates(model.getTransitions());
		reportDuplicates(model.getInvariants());
	}

	private void reportDuplicates(List<? extends Named> elements) {
		Map<String, Named> seen = new HashMap<>();
		for (Named element : elements) {
			reportIfDuplicate(seen, element);
		}
	}

	private void reportIfDuplicate(Map<String, Named> seen, Named element) {
		if (element.getName() == null) {
			return;
		}
		Named first = seen.putIfAbsent(element.getName(), element);
		if (first != null) {
			report(PtlCheck.NAMES_DUPLICATE, kindOf(element) + " " + quote(PtlNames.qualified(element))
					+ " is declared twice" + (PtlNames.line(first) > 0 ? " (first on line " + PtlNames.line(first) + ")" : ""),
					element, Literals.NAMED__NAME);
		}
	}

	private static String kindOf(EObject element) {
		return switch (element.eClass().getName()) {
		case "ClaimSet" -> "claimant";
		case "OwnershipModel" -> "ownership model";
		case "EnumLiteral" -> "enum literal";
		default -> element.eClass().getName().toLowerCase();
		};
	}
}
