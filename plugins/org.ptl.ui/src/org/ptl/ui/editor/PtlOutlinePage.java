package org.ptl.ui.editor;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
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
 * document, keeping open what was open; selecting one selects its name in the editor, and (linked
 * with the editor, the default) moving the caret selects the declaration it is in. Icons per kind;
 * sorting by kind and name is a toolbar toggle.
 */
public final class PtlOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private final IDocument document;
	private final BiConsumer<IDocument, PtlDocuments.Parsed> listener = this::parsed;
	private final ISelectionChangedListener caretListener = this::caretMoved;
	private boolean linked = true;
	private boolean sorted;
	/** Set while the outline follows the caret, so that its selection does not move the caret back. */
	private boolean following;

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

			@Override
			public Image getImage(Object element) {
				return OutlineIcons.of(((EObject) element).eClass().getName());
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (following) {
				return;
			}
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof EObject element) {
				INode name = PtlHyperlinkDetector.nameNode(element);
				if (name != null) {
					editor.selectAndReveal(name.getOffset(), name.getLength());
				}
			}
		});
		PtlReconciler.LISTENERS.add(listener);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(caretListener);
		}
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
				// the new model has new objects: keep what was open by qualified name
				Set<String> expanded = new HashSet<>();
				for (Object element : getTreeViewer().getExpandedElements()) {
					expanded.add(org.ptl.lang.util.PtlNames.qualified((EObject) element));
				}
				boolean first = getTreeViewer().getInput() == null;
				getTreeViewer().setInput(parsed.resource());
				if (first) {
					getTreeViewer().expandToLevel(2);
				} else {
					reopen(parsed.resource(), expanded);
				}
			}
		});
	}

	private void reopen(org.eclipse.emf.ecore.resource.Resource resource, Set<String> expanded) {
		List<Object> open = new ArrayList<>();
		resource.getAllContents().forEachRemaining(element -> {
			if (element instanceof Named && expanded.contains(org.ptl.lang.util.PtlNames.qualified(element))) {
				open.add(element);
			}
		});
		getTreeViewer().setExpandedElements(open.toArray());
	}

	@Override
	public void makeContributions(IMenuManager menuManager, IToolBarManager toolBarManager, IStatusLineManager statusLineManager) {
		Action sort = new Action("Sort", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setSorted(isChecked());
			}
		};
		sort.setToolTipText("Sort by kind and name");
		sort.setImageDescriptor(org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_OBJ_ELEMENT));
		Action link = new Action("Link with Editor", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				linked = isChecked();
			}
		};
		link.setChecked(true);
		link.setImageDescriptor(org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_ELCL_SYNCED));
		toolBarManager.add(sort);
		toolBarManager.add(link);
	}

	/** Sorts the declarations by kind and name, or shows them in the file's order. */
	public void setSorted(boolean sort) {
		sorted = sort;
		getTreeViewer().setComparator(sort ? new ViewerComparator() : null);
	}

	public boolean isSorted() {
		return sorted;
	}

	/** Whether the outline selects the declaration the caret is in. */
	public void setLinked(boolean link) {
		linked = link;
	}

	/** The tree (for tests). */
	public TreeViewer tree() {
		return getTreeViewer();
	}

	private void caretMoved(SelectionChangedEvent event) {
		if (!linked || getTreeViewer() == null || getTreeViewer().getControl().isDisposed()
				|| !(event.getSelection() instanceof ITextSelection caret)
				|| !(getTreeViewer().getInput() instanceof org.eclipse.emf.ecore.resource.Resource resource)) {
			return;
		}
		EObject innermost = null;
		for (var all = resource.getAllContents(); all.hasNext();) {
			EObject element = all.next();
			ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
			if (element instanceof Named named && named.getName() != null && node != null
					&& node.getOffset() <= caret.getOffset() && caret.getOffset() <= node.getEndOffset()) {
				innermost = element; // later in the iteration = deeper
			}
		}
		if (innermost != null) {
			following = true;
			try {
				getTreeViewer().setSelection(new StructuredSelection(innermost), true);
			} finally {
				following = false;
			}
		}
	}

	@Override
	public void dispose() {
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.removePostSelectionChangedListener(caretListener);
		}
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
