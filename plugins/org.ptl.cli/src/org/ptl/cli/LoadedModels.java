package org.ptl.cli;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.ptl.model.PtlModel;

/**
 * The elements of loaded .ptl files by type: the scenarios of the files a command names, the
 * formats, claims and encodings of every file loaded with them (imports included).
 */
final class LoadedModels {

	private LoadedModels() {
	}

	static <T extends EObject> List<T> elements(Iterable<Resource> resources, Class<T> type) {
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
