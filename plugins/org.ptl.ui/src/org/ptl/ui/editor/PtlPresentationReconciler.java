package org.ptl.ui.editor;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/**
 * The Generic Editor's lexical highlighting for .ptl files ({@link PtlTokenScanner}). Every change
 * re-lexes the whole document: a line edit can open or close a block comment far away, and the
 * lexer reads ten thousand lines in a few milliseconds.
 */
public final class PtlPresentationReconciler extends PresentationReconciler {

	public PtlPresentationReconciler() {
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(new PtlTokenScanner());
		setDamager(new WholeDocument(), IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
	}

	private static final class WholeDocument implements IPresentationDamager {

		private IDocument document;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
			return new Region(0, document.getLength());
		}
	}
}
