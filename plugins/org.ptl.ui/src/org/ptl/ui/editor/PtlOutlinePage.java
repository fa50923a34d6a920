package org.ptl.ui.editor;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.nodemodel.INode;
import org.ptl.model.Named;
import org.ptl.ui.model.PtlDocuments;

/**
 * The Outline of a .ptl editor: the file's named declarations as a tree (formats with their
 * descriptors and fields, claim sets and claims, ownership models with states, components,
 * transitions and invariants, policies, scenarios), refreshed whenever the reconciler parsed the
 * document; selecting one selects its name in the editor.
 */
final class PtlOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private final IDocument document;
	private final BiConsumer<IDocument, PtlDocuments.Parsed> listener = this::parsed;

	PtlOutlinePage(ITextEditor editor) {
		this.editor = editor;
		this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new Declarations());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label((EObject) element);
			}
		});
		viewer.addSelectionChangedListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof EObject element) {
				INode name = PtlHyperlinkDetector.nameNode(element);
				if (name != null) {
					editor.selectAndReveal(name.getOffset(), name.getLength());
				}
			}
		});
		PtlReconciler.LISTENERS.add(listener);
		PtlDocuments.Parsed current = PtlDocuments.current(document);
		if (current != null) {
			viewer.setInput(current.resource());
			viewer.expandToLevel(2);
		}
	}

	private void parsed(IDocument changed, PtlDocuments.Parsed parsed) {
		if (changed != document || getTreeViewer() == null) {
			return;
		}
		var control = getTreeViewer().getControl();
		control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed()) {
				Object[] expanded = getTreeViewer().getExpandedElements();
				getTreeViewer().setInput(parsed.resource());
				getTreeViewer().expandToLevel(expanded.length == 0 ? 2 : 1);
			}
		});
	}

	@Override
	public void dispose() {
		PtlReconciler.LISTENERS.remove(listener);
		super.dispose();
	}

	static String label(EObject element) {
		// ScenarioTable -> "scenario table", as PTL spells its keywords
		String kind = element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		String name = element instanceof Named named && named.getName() != null ? " " + named.getName() : "";
		return kind + name;
	}

	/** The named declarations below the file's root, and below each of them. */
	private static final class Declarations implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			if (input instanceof org.eclipse.emf.ecore.resource.Resource resource && !resource.getContents().isEmpty()) {
				return children(resource.getContents().get(0)).toArray();
			}
			return new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return children((EObject) parent).toArray();
		}

		@Override
		public Object getParent(Object element) {
			return ((EObject) element).eContainer();
		}

		@Override
		public boolean hasChildren(Object element) {
			return !children((EObject) element).isEmpty();
		}

		private static List<EObject> children(EObject parent) {
			return parent.eContents().stream()
					.filter(child -> child instanceof Named named && named.getName() != null).toList();
		}
	}
}
