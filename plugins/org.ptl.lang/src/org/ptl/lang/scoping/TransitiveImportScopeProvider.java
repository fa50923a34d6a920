package org.ptl.lang.scoping;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

/**
 * Makes imports transitive, as C includes are: a file sees what it imports and what those files
 * import in turn (a scenario importing an operations file sees its format and the descriptors that
 * format takes from another). Cycles end where a file was already seen.
 */
public class TransitiveImportScopeProvider extends ImportUriGlobalScopeProvider {

	@Inject
	private IResourceScopeCache transitiveCache;

	@Override
	protected LinkedHashSet<URI> getImportedUris(Resource resource) {
		return transitiveCache.get(TransitiveImportScopeProvider.class.getName(), resource, () -> collect(resource));
	}

	private LinkedHashSet<URI> collect(Resource resource) {
		LinkedHashSet<URI> all = resolved(resource);
		ResourceSet resourceSet = resource.getResourceSet();
		if (resourceSet == null) {
			return all;
		}
		Deque<URI> pending = new ArrayDeque<>(all);
		while (!pending.isEmpty()) {
			Resource imported = load(resourceSet, pending.removeFirst());
			if (imported == null || imported == resource) {
				continue;
			}
			for (URI next : resolved(imported)) {
				if (!next.equals(resource.getURI()) && all.add(next)) {
					pending.addLast(next);
				}
			}
		}
		return all;
	}

	/** A file's imports as absolute URIs: relative ones are relative to that file. */
	private LinkedHashSet<URI> resolved(Resource resource) {
		LinkedHashSet<URI> uris = new LinkedHashSet<>();
		for (URI uri : super.getImportedUris(resource)) {
			uris.add(uri.isRelative() && resource.getURI() != null ? uri.resolve(resource.getURI()) : uri);
		}
		return uris;
	}

	private static Resource load(ResourceSet resourceSet, URI uri) {
		try {
			return resourceSet.getResource(uri, true);
		} catch (RuntimeException unreadable) {
			return null;
		}
	}
}
