package org.ptl.ui.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.ptl.lang.ide.quickfix.PtlFix;
import org.ptl.lang.ide.quickfix.PtlFixes;
import org.ptl.ui.PtlUi;
import org.ptl.ui.model.PtlDocuments;

/**
 * Quick fixes for PTL problem markers (Problems view, editor ruler, Ctrl+1 in the editor): the
 * language's IDE-neutral fixes ({@link PtlFixes}, the ones the language server offers as code
 * actions) for the marker's check, computed on the file's current text and applied to its document
 * through the file buffer, so an open editor shows the change and the user saves it.
 */
public final class PtlMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return PtlFixes.FIXABLE_IDS.contains(marker.getAttribute(ProblemMarkers.CHECK_ID, ""));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file) || !hasResolutions(marker)) {
			return new IMarkerResolution[0];
		}
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				XtextResource resource = PtlDocuments.parse(buffer.getDocument()).resource();
				List<IMarkerResolution> resolutions = new ArrayList<>();
				for (PtlFix fix : PtlUi.injector().getInstance(PtlFixes.class).fixesFor(resource, issueOf(marker))) {
					resolutions.add(new Resolution(file, fix));
				}
				return resolutions.toArray(IMarkerResolution[]::new);
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException | RuntimeException failure) {
			PtlUi.log("cannot compute quick fixes", failure);
			return new IMarkerResolution[0];
		}
	}

	/** The issue a marker stands for, as the validator reported it. */
	static Issue issueOf(IMarker marker) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(marker.getAttribute(ProblemMarkers.CHECK_ID, null));
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		int suffix = message.lastIndexOf(" [");
		issue.setMessage(suffix > 0 ? message.substring(0, suffix) : message);
		int start = marker.getAttribute(IMarker.CHAR_START, 0);
		issue.setOffset(start);
		issue.setLength(Math.max(0, marker.getAttribute(IMarker.CHAR_END, start) - start));
		issue.setLineNumber(marker.getAttribute(IMarker.LINE_NUMBER, 1));
		issue.setSeverity(Severity.ERROR);
		String data = marker.getAttribute(ProblemMarkers.DATA, null);
		issue.setData(data == null ? null : data.split("\n", -1));
		return issue;
	}

	/** One fix: its edits applied to the file's document, last offset first so earlier offsets stay right. */
	private static final class Resolution implements IMarkerResolution2 {

		private final IFile file;
		private final PtlFix fix;

		Resolution(IFile file, PtlFix fix) {
			this.file = file;
			this.fix = fix;
		}

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public String getDescription() {
			return fix.label();
		}

		@Override
		public org.eclipse.swt.graphics.Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
			try {
				manager.connect(file.getFullPath(), LocationKind.IFILE, null);
				try {
					ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
					IDocument document = buffer.getDocument();
					List<PtlFix.Replacement> edits = new ArrayList<>(fix.replacements());
					edits.sort(Comparator.comparingInt(PtlFix.Replacement::offset).reversed());
					for (PtlFix.Replacement edit : edits) {
						document.replace(edit.offset(), edit.length(), edit.text());
					}
					if (!buffer.isShared()) {
						// no editor has the file open: write it; an open editor keeps the change for its user to save
						buffer.commit(null, true);
					}
				} finally {
					manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
				}
			} catch (CoreException | BadLocationException failure) {
				PtlUi.log("cannot apply the quick fix '" + fix.label() + "'", failure);
			}
		}
	}
}
