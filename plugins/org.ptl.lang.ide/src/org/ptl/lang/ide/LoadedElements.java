package org.ptl.lang.ide;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.ptl.model.Element;
import org.ptl.model.PtlModel;

/**
 * The top-level elements of one kind among the files loaded together with an element (its file and
 * what the editor or language server loaded beside it), for the services that look across files:
 * which claims lie on a field, which encodings a state has.
 */
public final class LoadedElements {

	private LoadedElements() {
	}

	public static <T extends Element> List<T> of(EObject context, Class<T> type) {
		Resource home = context.eResource();
		if (home == null) {
			return List.of();
		}
		List<Resource> resources = home.getResourceSet() == null ? List.of(home)
				: new ArrayList<>(home.getResourceSet().getResources());
		List<T> result = new ArrayList<>();
		for (Resource resource : resources) {
			for (EObject root : resource.getContents()) {
				if (root instanceof PtlModel model) {
					model.getElements().stream().filter(type::isInstance).map(type::cast).forEach(result::add);
				}
			}
		}
		return result;
	}
}
