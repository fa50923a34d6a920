package org.ptl.lang.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.ptl.model.Named;

/**
 * Names in scope, proposed with what they are and what their declaration says: a state proposed in
 * a transition shows its description ("owned, and also accessible by another component") in the
 * editor's side panel and as the LSP item's documentation.
 */
public class PtlCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry == null) {
			return null;
		}
		EObject element = candidate.getEObjectOrProxy();
		if (element.eIsProxy() && context.getResource() != null) {
			element = EcoreUtil.resolve(element, context.getResource());
		}
		String kind = element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		entry.setDescription(kind);
		if (element instanceof Named named && named.getDescription() != null && !named.getDescription().isBlank()) {
			entry.setDocumentation(kind + " " + named.getName() + ": " + named.getDescription());
		}
		return entry;
	}
}
