package org.ptl.lang.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.ptl.model.Claim;
import org.ptl.model.ClaimSet;
import org.ptl.model.Field;
import org.ptl.model.PtlModel;

/**
 * Every claim made on each software field among the files loaded together (the files being checked
 * and what they import), so that two claimants in different files still meet. Built once per
 * validation run.
 */
final class ClaimIndex {

	private final Map<Field, List<Claim>> claimsByField = new IdentityHashMap<>();

	private ClaimIndex() {
	}

	static ClaimIndex of(ResourceSet resourceSet) {
		ClaimIndex index = new ClaimIndex();
		if (resourceSet != null) {
			for (Resource resource : new ArrayList<>(resourceSet.getResources())) {
				for (EObject root : resource.getContents()) {
					if (root instanceof PtlModel model) {
						index.add(model);
					}
				}
			}
		}
		return index;
	}

	private void add(PtlModel model) {
		for (EObject element : model.getElements()) {
			if (element instanceof ClaimSet set) {
				for (Field field : set.getFields()) {
					claimsByField.computeIfAbsent(field, key -> new ArrayList<>()).addAll(set.getClaims());
				}
			}
		}
	}

	List<Claim> claimsOn(Field field) {
		return claimsByField.getOrDefault(field, List.of());
	}
}
