package org.ptl.lang.ide.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.resource.XtextResource;
import org.ptl.lang.ide.references.NameOccurrence;
import org.ptl.lang.ide.references.PtlRename;
import org.ptl.model.Named;

import com.google.inject.Inject;

/**
 * Rename in the language server, the Eclipse editor's rename behind LSP: any named element (state,
 * component, claim, field, format, ...) and every reference to it, qualified segments included,
 * across the files of the workspace folder. A name PTL cannot take (a keyword, a clash) is refused
 * with the reason, as a request error the editor shows.
 */
public class PtlRenameService implements IRenameService2 {

	@Inject
	private WorkspaceOccurrences occurrences;

	@Inject
	private PtlRename rename;

	@Override
	public WorkspaceEdit rename(Options options) {
		String uri = options.getRenameParams().getTextDocument().getUri();
		String newName = options.getRenameParams().getNewName();
		return options.getLanguageServerAccess().doSyncRead(uri, context -> {
			XtextResource resource = (XtextResource) context.getResource();
			int offset = context.getDocument().getOffSet(options.getRenameParams().getPosition());
			Named declaration = occurrences.declarationAt(resource, offset);
			if (declaration == null) {
				throw failed("nothing to rename here: place the cursor on a name");
			}
			String problem = rename.problem(declaration, newName);
			if (problem != null) {
				throw failed("cannot rename '" + declaration.getName() + "': " + problem);
			}
			Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
			Map<URI, List<NameOccurrence>> byFile = rename.changes(declaration, occurrences.files(resource));
			byFile.forEach((file, named) -> {
				List<TextEdit> edits = new ArrayList<>();
				for (NameOccurrence occurrence : named) {
					edits.add(new TextEdit(occurrences.range(occurrence, resource.getResourceSet()), newName));
				}
				changes.put(occurrences.uriString(file), edits);
			});
			return new WorkspaceEdit(changes);
		});
	}

	@Override
	public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(
			PrepareRenameOptions options) {
		String uri = options.getParams().getTextDocument().getUri();
		ILanguageServerAccess access = options.getLanguageServerAccess();
		return access.doSyncRead(uri, context -> {
			XtextResource resource = (XtextResource) context.getResource();
			int offset = context.getDocument().getOffSet(options.getParams().getPosition());
			Named declaration = occurrences.declarationAt(resource, offset);
			if (declaration == null) {
				return null;
			}
			for (NameOccurrence occurrence : occurrences.of(declaration, List.of(resource))) {
				if (occurrence.offset() <= offset && offset <= occurrence.offset() + occurrence.length()) {
					Range range = occurrences.range(occurrence, resource.getResourceSet());
					return Either3.forSecond(new PrepareRenameResult(range, declaration.getName()));
				}
			}
			return null;
		});
	}

	private static ResponseErrorException failed(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, message, null));
	}
}
