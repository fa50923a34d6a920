package org.ptl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.ptl.lang.ide.quickfix.PtlFix;
import org.ptl.lang.ide.quickfix.PtlFixes;
import org.ptl.ui.PtlUi;
import org.ptl.ui.build.ProblemMarkers;

/**
 * Problems while typing: as long as the document has unsaved changes, the reconciler's parse is
 * validated and its problems shown as editor annotations (with their check ids), while the markers
 * of the last save are hidden so nothing shows twice; once saved, the builder's markers are what
 * the editor shows again. Each problem carries the quick fixes computed on the same parse
 * ({@link IssueAnnotation}, fixed with Ctrl+1 through {@link PtlQuickAssistProcessor}). The
 * small-bound exploration runs on save only.
 */
final class LiveProblems {

	static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final ISourceViewer viewer;
	private final SaveListener saves = new SaveListener();
	private List<Annotation> shown = List.of();

	LiveProblems(ISourceViewer viewer) {
		this.viewer = viewer;
		FileBuffers.getTextFileBufferManager().addFileBufferListener(saves);
	}

	void dispose() {
		FileBuffers.getTextFileBufferManager().removeFileBufferListener(saves);
	}

	/** Back to the saved state: the builder's markers are right again, the typed problems go. */
	private void saved() {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model instanceof IAnnotationModelExtension extension) {
			hideMarkers(model, false);
			synchronized (this) {
				extension.replaceAnnotations(shown.toArray(Annotation[]::new), Map.of());
				shown = List.of();
			}
		}
	}

	/** Validates (on the reconciler's thread) and replaces the annotations. */
	void update(IDocument document, XtextResource resource, CancelIndicator cancel) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (!(model instanceof IAnnotationModelExtension extension)) {
			return;
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		boolean dirty = buffer != null && buffer.isDirty();
		Map<Annotation, Position> added = new HashMap<>();
		if (dirty) {
			List<Issue> issues = PtlUi.injector().getInstance(IResourceValidator.class).validate(resource,
					CheckMode.NORMAL_AND_FAST, cancel);
			if (cancel.isCanceled()) {
				return;
			}
			PtlFixes fixes = PtlUi.injector().getInstance(PtlFixes.class);
			for (Issue issue : issues) {
				if (issue.getOffset() != null && issue.getLength() != null && issue.getSeverity() != null) {
					List<PtlFix> fixesOfIssue = PtlFixes.FIXABLE_IDS.contains(issue.getCode())
							? fixes.fixesFor(resource, issue) : List.of();
					added.put(new IssueAnnotation(type(issue), issue.getMessage() + " [" + issue.getCode() + "]",
							issue.getCode(), fixesOfIssue), new Position(issue.getOffset(), issue.getLength()));
				}
			}
		}
		// before the replacement, whose change event repaints the annotations
		hideMarkers(model, dirty);
		synchronized (this) {
			extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
			shown = new ArrayList<>(added.keySet());
		}
	}

	/** Hides (while the text differs from the saved file) or shows again the builder's markers. */
	private static void hideMarkers(IAnnotationModel model, boolean hide) {
		for (Iterator<Annotation> all = model.getAnnotationIterator(); all.hasNext();) {
			if (all.next() instanceof MarkerAnnotation marker && ProblemMarkers.TYPE.equals(type(marker))) {
				marker.markDeleted(hide);
			}
		}
	}

	private static String type(MarkerAnnotation marker) {
		try {
			return marker.getMarker().getType();
		} catch (org.eclipse.core.runtime.CoreException gone) {
			return "";
		}
	}

	private static String type(Issue issue) {
		return switch (issue.getSeverity()) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}

	/** Hears the editor's document become clean (saved or reverted); the other buffer events do not matter here. */
	private final class SaveListener implements IFileBufferListener {

		@Override
		public void dirtyStateChanged(IFileBuffer buffer, boolean dirty) {
			if (!dirty && buffer instanceof ITextFileBuffer text && text.getDocument() == viewer.getDocument()) {
				saved();
			}
		}

		@Override
		public void bufferCreated(IFileBuffer buffer) {
		}

		@Override
		public void bufferDisposed(IFileBuffer buffer) {
		}

		@Override
		public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
		}

		@Override
		public void bufferContentReplaced(IFileBuffer buffer) {
		}

		@Override
		public void stateChanging(IFileBuffer buffer) {
		}

		@Override
		public void stateValidationChanged(IFileBuffer buffer, boolean stateValidated) {
		}

		@Override
		public void underlyingFileMoved(IFileBuffer buffer, org.eclipse.core.runtime.IPath path) {
		}

		@Override
		public void underlyingFileDeleted(IFileBuffer buffer) {
		}

		@Override
		public void stateChangeFailed(IFileBuffer buffer) {
		}
	}
}
