package org.ptl.lang.ide.server;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.ptl.model.Named;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Find references in the language server as in the Eclipse editor: by linking, with the matching
 * segment of a qualified reference ({@code page} in {@code arm64_s2_4k.page.software} when the
 * descriptor is asked for), across the files of the workspace folder and what they import. Xtext's
 * own search would mark whole qualified references, and only those that name the element last. Go
 * to definition follows the segment under the cursor in the same way; workspace symbols have the
 * outline's kinds.
 */
@Singleton
public class PtlDocumentSymbolService extends DocumentSymbolService {

	@Inject
	private WorkspaceOccurrences occurrences;

	@Inject
	private DocumentExtensions locations;

	/** The declaration a name or a segment of a qualified name refers to, in whichever file. */
	@Override
	public List<? extends Location> getDefinitions(XtextResource resource, int offset,
			IReferenceFinder.IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
		Named declaration = occurrences.declarationAt(resource, offset);
		if (declaration == null) {
			return super.getDefinitions(resource, offset, resourceAccess, cancelIndicator);
		}
		Location location = locations.newLocation(declaration);
		return location == null ? List.of() : List.of(location);
	}

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		return PtlSymbols.kindOf(type);
	}

	@Override
	public List<? extends Location> getReferences(Document document, XtextResource resource, ReferenceParams params,
			IReferenceFinder.IResourceAccess resourceAccess, IResourceDescriptions indexData,
			CancelIndicator cancelIndicator) {
		Named declaration = occurrences.declarationAt(resource, document.getOffSet(params.getPosition()));
		if (declaration == null) {
			return List.of();
		}
		boolean withDeclaration = params.getContext() != null && params.getContext().isIncludeDeclaration();
		return occurrences.of(declaration, occurrences.files(resource)).stream()
				.filter(occurrence -> withDeclaration || !occurrence.declaration())
				.map(occurrence -> new Location(occurrences.uriString(occurrence.uri()),
						occurrences.range(occurrence, resource.getResourceSet())))
				.toList();
	}
}
