package org.ptl.ui.pictures;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.ptl.ui.PtlUi;
import org.ptl.ui.model.PtlDocuments;

/**
 * The "PTL Diagram" view: the drawing of what the cursor of the active .ptl editor is in: the
 * state diagram of an ownership model (laid out by ELK, as in the documentation), the 64-bit register
 * of a descriptor (a format's descriptors, a claim's descriptor), or a layout's VA bit picture for
 * its defaults. It follows the cursor and, a moment after typing stops, the text; parsing and
 * drawing run in a job, never on the UI thread.
 */
public final class DiagramView extends ViewPart {

	public static final String ID = "org.ptl.ui.diagramView";

	private static final long DELAY_MS = 300;

	private ScrolledComposite scroller;
	private Composite body;
	private Label heading;
	private PictureStrip strip;
	private ITextEditor editor;
	private IDocument document;
	private int offset = -1;
	private volatile List<Picture> shown = List.of();

	private final ISelectionListener selections = this::selectionChanged;
	private final IDocumentListener typing = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// only the text after the change matters
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			refresh();
		}
	};
	private final Job drawing = Job.create("Drawing the PTL diagram", this::draw);

	@Override
	public void createPartControl(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		body = new Composite(scroller, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		body.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		heading = new Label(body, SWT.WRAP);
		heading.setBackground(body.getBackground());
		heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		strip = new PictureStrip(body);
		scroller.setContent(body);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		drawing.setSystem(true);
		showMessage("Place the cursor in an ownership model, a descriptor or a layout of a .ptl file.");
		getSite().getPage().addPostSelectionListener(selections);
		IWorkbenchPart active = getSite().getPage().getActiveEditor();
		if (active != null) {
			selectionChanged(active, active.getSite().getSelectionProvider() == null ? null
					: active.getSite().getSelectionProvider().getSelection());
		}
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		ITextEditor text = part == null ? null : part.getAdapter(ITextEditor.class);
		if (text == null || !(selection instanceof ITextSelection caret)) {
			return;
		}
		IDocument next = text.getDocumentProvider().getDocument(text.getEditorInput());
		if (next == null || PtlDocuments.fileOf(next) == null || !"ptl".equals(PtlDocuments.fileOf(next).getFileExtension())) {
			return;
		}
		if (next != document) {
			if (document != null) {
				document.removeDocumentListener(typing);
			}
			document = next;
			document.addDocumentListener(typing);
		}
		editor = text;
		offset = caret.getOffset();
		refresh();
	}

	private void refresh() {
		drawing.cancel();
		drawing.schedule(DELAY_MS);
	}

	private IStatus draw(IProgressMonitor monitor) {
		IDocument target = document;
		int at = offset;
		if (target == null || at < 0) {
			return Status.OK_STATUS;
		}
		List<Picture> pictures;
		try {
			XtextResource resource = PtlDocuments.parse(target).resource();
			EObject element = PtlUi.injector().getInstance(EObjectAtOffsetHelper.class).resolveContainedElementAt(resource, at);
			pictures = element == null ? List.of() : ElementPictures.forDiagram(element);
		} catch (RuntimeException failure) {
			PtlUi.log("cannot draw the diagram", failure);
			return Status.OK_STATUS;
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		if (pictures.isEmpty() && !shown.isEmpty()) {
			return Status.OK_STATUS; // between elements (a blank line, a comment) the last drawing stays
		}
		if (pictures.equals(shown)) {
			return Status.OK_STATUS;
		}
		shown = pictures;
		body.getDisplay().asyncExec(() -> show(pictures));
		return Status.OK_STATUS;
	}

	private void show(List<Picture> pictures) {
		if (body.isDisposed()) {
			return;
		}
		heading.setText(pictures.isEmpty() ? "Nothing to draw here: place the cursor in an ownership model, a descriptor or a layout."
				: (editor == null ? "" : editor.getTitle() + ": ") + String.join(", ", pictures.stream().map(Picture::title).toList()));
		strip.show(pictures);
		body.layout(true, true);
		scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	private void showMessage(String message) {
		heading.setText(message);
		strip.show(List.of());
	}

	/** What the view draws now (for tests). */
	public List<Picture> pictures() {
		return shown;
	}

	/** The images the view shows now (for tests). */
	public PictureStrip strip() {
		return strip;
	}

	@Override
	public void setFocus() {
		scroller.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selections);
		if (document != null) {
			document.removeDocumentListener(typing);
		}
		drawing.cancel();
		super.dispose();
	}
}
