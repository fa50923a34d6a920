package org.ptl.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.util.CancelIndicator;
import org.ptl.ui.PtlUi;
import org.ptl.ui.model.PtlDocuments;

/**
 * The background work of a .ptl editor, half a second after typing stops: parse the document
 * ({@link PtlDocuments}), then update the semantic highlighting and the problems shown while the text
 * is unsaved ({@link LiveProblems}), and tell the listeners (the outline) about the new model. Runs
 * on the reconciler's thread, never on the UI thread.
 */
public final class PtlReconciler extends MonoReconciler {

	/** Who wants each new model of a document (the outline pages). */
	public static final List<BiConsumer<IDocument, PtlDocuments.Parsed>> LISTENERS = new CopyOnWriteArrayList<>();

	private final Strategy strategy;

	public PtlReconciler() {
		this(new Strategy());
	}

	private PtlReconciler(Strategy strategy) {
		super(strategy, false);
		this.strategy = strategy;
		setDelay(500);
	}

	@Override
	public void install(ITextViewer viewer) {
		if (viewer instanceof ISourceViewer sourceViewer) {
			strategy.highlighter = new SemanticHighlighter(sourceViewer);
			strategy.problems = new LiveProblems(sourceViewer);
			AutoActivation.install(sourceViewer);
		}
		super.install(viewer);
	}

	@Override
	public void uninstall() {
		if (strategy.highlighter != null) {
			strategy.highlighter.dispose();
		}
		if (strategy.problems != null) {
			strategy.problems.dispose();
		}
		super.uninstall();
	}

	private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

		private IDocument document;
		private IProgressMonitor monitor;
		private SemanticHighlighter highlighter;
		private LiveProblems problems;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void initialReconcile() {
			reconcile();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			reconcile();
		}

		@Override
		public void reconcile(IRegion partition) {
			reconcile();
		}

		private void reconcile() {
			if (document == null) {
				return;
			}
			try {
				PtlDocuments.Parsed parsed = PtlDocuments.parse(document);
				CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
				if (highlighter != null) {
					highlighter.update(parsed.resource(), cancel);
				}
				if (problems != null) {
					problems.update(document, parsed.resource(), cancel);
				}
				LISTENERS.forEach(listener -> listener.accept(document, parsed));
			} catch (org.eclipse.xtext.service.OperationCanceledError | org.eclipse.core.runtime.OperationCanceledException cancelled) {
				// the text changed meanwhile: the reconciler runs again on the new text; an escaping
				// cancellation would end the reconciler's job, and with it every later update
				return;
			} catch (RuntimeException | StackOverflowError failure) {
				PtlUi.log("cannot analyse the PTL document", failure);
			}
		}
	}
}
