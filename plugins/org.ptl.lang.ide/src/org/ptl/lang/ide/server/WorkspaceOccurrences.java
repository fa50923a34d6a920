package org.ptl.lang.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.ptl.lang.ide.references.NameOccurrence;
import org.ptl.lang.ide.references.PtlReferences;
import org.ptl.model.Named;

import com.google.inject.Inject;

/**
 * Find references and rename in the language server, by linking as the Eclipse editor does
 * ({@link PtlReferences}): the declaration at a position, the files to search (every file of the
 * workspace folder the server built, and what they import) and LSP ranges for name occurrences.
 */
public class WorkspaceOccurrences {

	@Inject
	private PtlReferences references;

	@Inject
	private UriExtensions uris;

	/** The declaration named at the offset, or null. */
	public Named declarationAt(XtextResource resource, int offset) {
		return references.declarationAt(resource, offset);
	}

	/** Every loaded file of the resource's workspace folder, indexed files not loaded yet included. */
	public List<Resource> files(XtextResource resource) {
		ResourceSet resourceSet = resource.getResourceSet();
		ChunkedResourceDescriptions index = ChunkedResourceDescriptions.findInEmfObject(resourceSet);
		if (index != null) {
			for (IResourceDescription description : index.getAllResourceDescriptions()) {
				if (resourceSet.getResource(description.getURI(), false) == null) {
					resourceSet.getResource(description.getURI(), true);
				}
			}
		}
		return List.copyOf(resourceSet.getResources());
	}

	/** Every place the declaration is named in the files, declaration included. */
	public List<NameOccurrence> of(Named declaration, List<Resource> files) {
		return references.occurrences(declaration, files);
	}

	/** The LSP range of an occurrence, in the text of its file as loaded. */
	public Range range(NameOccurrence occurrence, ResourceSet resourceSet) {
		Document document = documentOf(resourceSet.getResource(occurrence.uri(), false));
		return new Range(document.getPosition(occurrence.offset()),
				document.getPosition(occurrence.offset() + occurrence.length()));
	}

	/** The URI as the client spells it (file:///...). */
	public String uriString(URI uri) {
		return uris.toUriString(uri);
	}

	private static Document documentOf(Resource resource) {
		String text = resource instanceof XtextResource xtext && xtext.getParseResult() != null
				? xtext.getParseResult().getRootNode().getText() : "";
		return new Document(1, text);
	}
}
