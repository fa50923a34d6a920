package org.ptl.lang.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.ptl.model.Import;
import org.ptl.model.PtlModel;

/**
 * Follows the imports between .ptl files: where an import points (relative to the importing file),
 * whether that file can be read, and whether following imports leads back to the importing file.
 */
public final class Imports {

	private Imports() {
	}

	/** The absolute URI the import names, or null when its text is not a URI. */
	public static URI target(Import anImport) {
		String text = anImport.getImportURI();
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			URI uri = URI.createURI(text);
			Resource resource = anImport.eResource();
			return uri.isRelative() && resource != null && resource.getURI() != null ? uri.resolve(resource.getURI())
					: uri;
		} catch (IllegalArgumentException notAUri) {
			return null;
		}
	}

	public static boolean isReadable(Import anImport) {
		URI target = target(anImport);
		return target != null && EcoreUtil2.isValidUri(anImport, target);
	}

	/**
	 * The files an import cycle through this import passes, starting with the imported file and
	 * ending with the importing one; empty when the import closes no cycle.
	 */
	public static List<Resource> cycleThrough(Import anImport) {
		Resource origin = anImport.eResource();
		Resource first = load(anImport);
		if (origin == null || first == null) {
			return List.of();
		}
		Deque<List<Resource>> paths = new ArrayDeque<>();
		paths.add(List.of(first));
		Set<Resource> seen = new HashSet<>();
		while (!paths.isEmpty()) {
			List<Resource> path = paths.removeFirst();
			Resource last = path.get(path.size() - 1);
			if (last == origin) {
				return path;
			}
			if (!seen.add(last)) {
				continue;
			}
			for (Import next : importsOf(last)) {
				Resource target = load(next);
				if (target != null) {
					List<Resource> longer = new ArrayList<>(path);
					longer.add(target);
					paths.addLast(longer);
				}
			}
		}
		return List.of();
	}

	/** The imported file, loaded into the importer's resource set when needed; null when unreadable. */
	public static Resource load(Import anImport) {
		URI target = target(anImport);
		Resource origin = anImport.eResource();
		ResourceSet resourceSet = origin == null ? null : origin.getResourceSet();
		if (target == null || resourceSet == null || !isReadable(anImport)) {
			return null;
		}
		try {
			return resourceSet.getResource(target, true);
		} catch (RuntimeException unreadable) {
			return null;
		}
	}

	public static List<Import> importsOf(Resource resource) {
		for (EObject root : resource.getContents()) {
			if (root instanceof PtlModel model) {
				return model.getImports();
			}
		}
		return List.of();
	}

	/** The file name a diagnostic shows for a resource. */
	public static String fileName(Resource resource) {
		URI uri = resource.getURI();
		return uri == null ? "?" : uri.lastSegment();
	}
}
