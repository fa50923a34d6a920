package org.ptl.lang.imports;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;

/**
 * Which .ptl file imports which, as a builder last saw them, so that a change to a file revalidates
 * every file that imports it directly or through other files: the Eclipse builder and the language
 * server's index both keep one.
 */
public final class ImportGraph {

	private final Map<URI, Set<URI>> imports = new HashMap<>();

	public synchronized void record(URI file, Set<URI> imported) {
		imports.put(file, Set.copyOf(imported));
	}

	public synchronized void forget(URI file) {
		imports.remove(file);
	}

	public synchronized boolean isEmpty() {
		return imports.isEmpty();
	}

	public synchronized void clear() {
		imports.clear();
	}

	/** The files that import any of the given ones, directly or transitively (the given excluded). */
	public synchronized Set<URI> importersOf(Set<URI> changed) {
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
