package org.ptl.lang.ide.server;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.ptl.lang.imports.ImportGraph;
import org.ptl.lang.imports.Imports;
import org.ptl.model.Import;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Tells the language server's builder which files a change affects: besides Xtext's rule (a file
 * that uses a name the change added, removed or changed), every file that imports a changed file,
 * directly or not, whatever changed in it. A software-bit claim moved in an imported file can make a
 * claim overlap in the importer without any name changing, and the importer's diagnostics must
 * follow, as the Eclipse builder's do.
 */
@Singleton
public class ImportAwareDescriptionManager extends DefaultResourceDescriptionManager
		implements IResourceDescription.Manager.AllChangeAware {

	@Inject
	private ImportGraph graph;

	private Set<URI> lastChanged = Set.of();
	private Set<URI> lastImporters = Set.of();

	@Override
	public IResourceDescription getResourceDescription(Resource resource) {
		Set<URI> imported = new HashSet<>();
		for (Import anImport : Imports.importsOf(resource)) {
			URI target = Imports.target(anImport);
			if (target != null) {
				imported.add(target);
			}
		}
		graph.record(resource.getURI(), imported);
		return super.getResourceDescription(resource);
	}

	@Override
	public boolean isAffectedByAny(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		return importersOf(deltas).contains(candidate.getURI()) || isAffected(deltas, candidate, context);
	}

	/** The importers of the changed files; the builder asks once per indexed file with the same changes. */
	private synchronized Set<URI> importersOf(Collection<IResourceDescription.Delta> deltas) {
		Set<URI> changed = new HashSet<>();
		for (IResourceDescription.Delta delta : deltas) {
			changed.add(delta.getUri());
			if (delta.getNew() == null) {
				graph.forget(delta.getUri());
			}
		}
		if (!changed.equals(lastChanged)) {
			lastChanged = changed;
			lastImporters = graph.importersOf(changed);
		}
		return lastImporters;
	}
}
