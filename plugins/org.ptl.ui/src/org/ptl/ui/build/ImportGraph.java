package org.ptl.ui.build;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;

/**
 * Which .ptl file imports which, as the builder last saw it, so that a change to a file revalidates
 * every file that imports it directly or through other files.
 */
final class ImportGraph {

	private final Map<URI, Set<URI>> imports = new HashMap<>();

	synchronized void record(URI file, Set<URI> imported) {
		imports.put(file, Set.copyOf(imported));
	}

	synchronized void forget(URI file) {
		imports.remove(file);
	}

	synchronized boolean isEmpty() {
		return imports.isEmpty();
	}

	synchronized void clear() {
		imports.clear();
	}

	/** The files that import any of the given ones, directly or transitively (the given excluded). */
	synchronized Set<URI> importersOf(Set<URI> changed) {
		Set<URI> importers = new HashSet<>();
		Deque<URI> work = new ArrayDeque<>(changed);
		while (!work.isEmpty()) {
			URI target = work.pop();
			imports.forEach((file, targets) -> {
				if (targets.contains(target) && !changed.contains(file) && importers.add(file)) {
					work.push(file);
				}
			});
		}
		return importers;
	}
}
