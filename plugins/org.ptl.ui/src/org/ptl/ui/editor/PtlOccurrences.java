package org.ptl.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.widgets.Display;
import org.ptl.lang.ide.references.NameOccurrence;
import org.ptl.lang.ide.references.PtlReferences;
import org.ptl.model.Named;
import org.ptl.ui.PtlUi;
import org.ptl.ui.model.PtlDocuments;

/**
 * Mark occurrences for .ptl editors (the Generic Editor's highlight reconciler): when the caret
 * rests on a name, every place in the file that names the same element by linking is marked, so
 * a state OWNED of another model, or the word in a comment, is not. The lookup runs in a job off the
 * UI thread; only the annotation update runs on it, and only if the text did not change meanwhile.
 */
public final class PtlOccurrences implements IReconciler, ISelectionChangedListener {

	/** The Generic Editor's occurrence annotation (its colours and preferences apply). */
	public static final String ANNOTATION_TYPE = "org.eclipse.ui.genericeditor.text";

	private ISourceViewer viewer;
	private Annotation[] shown = new Annotation[0];
	private Job pending;

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ISourceViewer sourceViewer
				&& textViewer.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			viewer = sourceViewer;
			selections.addPostSelectionChangedListener(this);
		}
	}

	@Override
	public void uninstall() {
		if (viewer != null && viewer.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.removePostSelectionChangedListener(this);
		}
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		if (!(event.getSelection() instanceof ITextSelection selection) || viewer == null) {
			return;
		}
		IDocument document = viewer.getDocument();
		if (document == null) {
			return;
		}
		int offset = selection.getOffset();
		if (pending != null) {
			pending.cancel();
		}
		Display display = Display.getCurrent();
		pending = Job.create("PTL occurrences", monitor -> {
			lookUp(document, offset, display, monitor);
			return Status.OK_STATUS;
		});
		pending.setSystem(true);
		pending.schedule();
	}

	private void lookUp(IDocument document, int offset, Display display, IProgressMonitor monitor) {
		long stamp = ((IDocumentExtension4) document).getModificationStamp();
		List<NameOccurrence> found;
		try {
			PtlDocuments.Parsed parsed = PtlDocuments.parse(document);
			PtlReferences references = PtlUi.injector().getInstance(PtlReferences.class);
			Named declaration = references.declarationAt(parsed.resource(), offset);
			found = declaration == null ? List.of()
					: references.occurrences(declaration, List.of(parsed.resource())).stream()
							.filter(occurrence -> occurrence.uri().equals(parsed.resource().getURI())).toList();
		} catch (RuntimeException failed) {
			PtlUi.log("cannot mark occurrences", failed);
			found = List.of();
		}
		if (monitor.isCanceled() || display == null || display.isDisposed()) {
			return;
		}
		List<NameOccurrence> marks = found;
		display.asyncExec(() -> {
			if (viewer != null && viewer.getDocument() == document
					&& ((IDocumentExtension4) document).getModificationStamp() == stamp) {
				show(marks);
			}
		});
	}

	private void show(List<NameOccurrence> marks) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (!(model instanceof IAnnotationModelExtension extension)) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (NameOccurrence mark : marks) {
			added.put(new Annotation(ANNOTATION_TYPE, false, mark.declaration() ? "declaration" : "reference"),
					new Position(mark.offset(), mark.length()));
		}
		extension.replaceAnnotations(shown, added);
		shown = added.keySet().toArray(new Annotation[0]);
	}

	/** The positions marked now (for tests). */
	public static List<Position> marked(IAnnotationModel model) {
		List<Position> positions = new java.util.ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			if (ANNOTATION_TYPE.equals(annotation.getType()) && model.getPosition(annotation) != null) {
				positions.add(model.getPosition(annotation));
			}
		});
		positions.sort(java.util.Comparator.comparingInt(Position::getOffset));
		return positions;
	}
}
