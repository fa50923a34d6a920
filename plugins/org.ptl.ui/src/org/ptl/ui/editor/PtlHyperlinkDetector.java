package org.ptl.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.ptl.model.PtlPackage;
import org.ptl.ui.model.PtlDocuments;
import org.ptl.ui.model.PtlResources;
import org.ptl.ui.simulation.SourceReveal;

/**
 * Go to definition (Ctrl+click, F3 via the hyperlink) for names in .ptl files: states, components,
 * claims, formats, fields, across imported files. It runs on the UI thread while the mouse moves, so
 * it only uses a model the reconciler already parsed for the current text; while the reconciler is
 * behind there is simply no link yet.
 */
public final class PtlHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultiple) {
		PtlDocuments.Parsed parsed = PtlDocuments.current(viewer.getDocument());
		if (parsed == null) {
			return null;
		}
		EObject target = ElementAtOffset.referenced(parsed.resource(), region.getOffset());
		IRegion word = ElementAtOffset.token(parsed.resource(), region.getOffset());
		if (target == null || word == null) {
			return null;
		}
		IFile file = PtlResources.fileOf(target.eResource().getURI());
		if (file == null) {
			return null;
		}
		INode name = nameNode(target);
		return new IHyperlink[] { new IHyperlink() {
			@Override
			public IRegion getHyperlinkRegion() {
				return word;
			}

			@Override
			public String getTypeLabel() {
				return "PTL definition";
			}

			@Override
			public String getHyperlinkText() {
				return "Open Declaration";
			}

			@Override
			public void open() {
				SourceReveal.range(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file,
						name.getOffset(), name.getLength());
			}
		} };
	}

	/** The declaration's name as written, or the whole declaration when it has no name. */
	static INode nameNode(EObject target) {
		var names = NodeModelUtils.findNodesForFeature(target, PtlPackage.Literals.NAMED__NAME);
		if (!names.isEmpty()) {
			return names.get(0);
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(target);
		return node;
	}
}
