package org.ptl.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.ptl.lang.ide.quickfix.PtlFix;
import org.ptl.ui.PtlUi;

/**
 * Quick Fix (Ctrl+1, or a click on the light bulb) on the problems found while typing: the fixes of
 * the {@link IssueAnnotation}s at the caret, or on its line when none covers it. Applying one edits
 * the document and removes the annotation at once, before the reconciler validates the new text.
 * The problems of the last save are markers, which the Generic Editor fixes through
 * {@code PtlMarkerResolutions}.
 */
public final class PtlQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof IssueAnnotation issue && !issue.isMarkedDeleted() && issue.isQuickFixable();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		ISourceViewer viewer = context.getSourceViewer();
		if (viewer == null || viewer.getAnnotationModel() == null) {
			return new ICompletionProposal[0];
		}
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (IssueAnnotation annotation : annotationsAt(viewer, context.getOffset())) {
			for (PtlFix fix : annotation.fixes()) {
				proposals.add(new FixProposal(fix, annotation, viewer.getAnnotationModel()));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** The fixable annotations covering the offset, or else those on its line. */
	static List<IssueAnnotation> annotationsAt(ISourceViewer viewer, int offset) {
		IAnnotationModel model = viewer.getAnnotationModel();
		IDocument document = viewer.getDocument();
		List<IssueAnnotation> covering = new ArrayList<>();
		List<IssueAnnotation> onLine = new ArrayList<>();
		int line = lineOf(document, offset);
		for (Iterator<Annotation> all = model.getAnnotationIterator(); all.hasNext();) {
			if (all.next() instanceof IssueAnnotation annotation && annotation.isQuickFixable() && !annotation.isMarkedDeleted()) {
				Position position = model.getPosition(annotation);
				if (position == null) {
					continue;
				}
				if (position.includes(offset) || position.getOffset() + position.getLength() == offset) {
					covering.add(annotation);
				} else if (line >= 0 && lineOf(document, position.getOffset()) == line) {
					onLine.add(annotation);
				}
			}
		}
		List<IssueAnnotation> chosen = covering.isEmpty() ? onLine : covering;
		chosen.sort(Comparator.comparing(annotation -> model.getPosition(annotation).getOffset()));
		return chosen;
	}

	private static int lineOf(IDocument document, int offset) {
		try {
			return document.getLineOfOffset(offset);
		} catch (BadLocationException outside) {
			return -1;
		}
	}

	/** One fix: its replacements made in the document, last first so earlier offsets stay right. */
	private static final class FixProposal implements ICompletionProposal {

		private final PtlFix fix;
		private final IssueAnnotation annotation;
		private final IAnnotationModel model;

		FixProposal(PtlFix fix, IssueAnnotation annotation, IAnnotationModel model) {
			this.fix = fix;
			this.annotation = annotation;
			this.model = model;
		}

		@Override
		public void apply(IDocument document) {
			List<PtlFix.Replacement> edits = new ArrayList<>(fix.replacements());
			edits.sort(Comparator.comparingInt(PtlFix.Replacement::offset).reversed());
			try {
				for (PtlFix.Replacement edit : edits) {
					document.replace(edit.offset(), edit.length(), edit.text());
				}
				// the problem is fixed: do not show it until the reconciler has looked at the new text
				model.removeAnnotation(annotation);
			} catch (BadLocationException stale) {
				PtlUi.log("the quick fix '" + fix.label() + "' no longer fits the text", stale);
			}
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return fix.label() + " [" + annotation.checkId() + "]";
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public org.eclipse.jface.text.contentassist.IContextInformation getContextInformation() {
			return null;
		}
	}
}
