package org.ptl.lang.ide.references;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.ptl.lang.services.PtlGrammarAccess;
import org.ptl.model.Named;

import com.google.inject.Inject;

/**
 * Renaming a declaration (state, component, claim, field, format, any named element) and every
 * reference to it in the given files: checks the new name, then computes the text changes per file.
 * Applying them is the face's job (the editor writes documents, a language server sends edits).
 */
public class PtlRename {

	private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	@Inject
	private PtlReferences references;

	@Inject
	private PtlGrammarAccess grammar;

	/** Why the declaration cannot take the name, or null when it can. */
	public String problem(Named declaration, String newName) {
		if (newName == null || !ID.matcher(newName).matches()) {
			return "'" + newName + "' is not a name: letters, digits and '_', not starting with a digit";
		}
		if (isReservedWord(newName)) {
			return "'" + newName + "' is a PTL keyword";
		}
		if (newName.equals(declaration.getName())) {
			return "the name is unchanged";
		}
		EObject container = declaration.eContainer();
		if (container != null) {
			for (EObject sibling : container.eContents()) {
				if (sibling != declaration && sibling instanceof Named named && newName.equals(named.getName())
						&& sibling.eClass() == declaration.eClass()) {
					return "'" + newName + "' is already declared here (line " + org.ptl.lang.util.PtlNames.line(sibling) + ")";
				}
			}
		}
		return null;
	}

	/** The changes, per file, that give the declaration its new name everywhere it is named. */
	public Map<URI, List<NameOccurrence>> changes(Named declaration, Iterable<? extends Resource> resources) {
		Map<URI, List<NameOccurrence>> byFile = new LinkedHashMap<>();
		for (NameOccurrence occurrence : references.occurrences(declaration, resources)) {
			byFile.computeIfAbsent(occurrence.uri(), uri -> new java.util.ArrayList<>()).add(occurrence);
		}
		return byFile;
	}

	/** Keywords cannot be names, except the ones the grammar accepts as names (a field called 'software'). */
	private boolean isReservedWord(String name) {
		Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		if (!keywords.contains(name)) {
			return false;
		}
		return GrammarUtil.containedKeywords(grammar.getValidIDRule()).stream().map(Keyword::getValue).noneMatch(name::equals);
	}
}
