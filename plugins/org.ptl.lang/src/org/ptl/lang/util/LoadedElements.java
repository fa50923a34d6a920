package org.ptl.lang.util;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.ptl.model.PtlModel;

/**
 * The top-level elements of one kind among files loaded together, for the services that look
 * across files: which claims lie on a field, which encodings a state has (the IDE's hovers and quick
 * fixes), what a command runs.
 */
public final class LoadedElements {

	private LoadedElements() {
	}

	/** The elements of the type in the element's file and the files loaded beside it. */
	public static <T extends EObject> List<T> loadedWith(EObject context, Class<T> type) {
		Resource home = context.eResource();
		if (home == null) {
			return List.of();
		}
		return in(home.getResourceSet() == null ? List.of(home) : new ArrayList<>(home.getResourceSet().getResources()),
				type);
	}

	/** The elements of the type in the files, file by file in document order. */
	public static <T extends EObject> List<T> in(Iterable<? extends Resource> resources, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Resource resource : resources) {
			for (EObject root : resource.getContents()) {
				if (root instanceof PtlModel model) {
					model.getElements().stream().filter(type::isInstance).map(type::cast).forEach(found::add);
				}
			}
		}
		return found;
	}
}
