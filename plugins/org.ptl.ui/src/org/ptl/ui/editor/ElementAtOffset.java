package org.ptl.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.ptl.ui.PtlUi;

/**
 * The element a reference at an offset points to (for go to definition), and the word under the
 * offset (the region a link or hover covers).
 */
final class ElementAtOffset {

	private ElementAtOffset() {
	}

	/** The declaration a cross-reference at the offset resolves to, or null. */
	static EObject referenced(XtextResource resource, int offset) {
		EObject target = PtlUi.injector().getInstance(EObjectAtOffsetHelper.class)
				.resolveCrossReferencedElementAt(resource, offset);
		return target == null || target.eIsProxy() ? null : target;
	}

	/** The token under the offset, or null between tokens. */
	static IRegion token(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		return leaf == null || leaf.isHidden() ? null : new Region(leaf.getOffset(), leaf.getLength());
	}
}
