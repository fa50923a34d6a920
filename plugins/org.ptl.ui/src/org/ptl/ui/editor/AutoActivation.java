package org.ptl.ui.editor;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ContentAssistEvent;
import org.eclipse.jface.text.contentassist.ICompletionListener;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension4;

/**
 * Keeps content assist in a .ptl editor to when it is asked for (Ctrl+Space) or follows a trigger
 * character. The Generic Editor opens completion on every letter typed (a preference of all its
 * editors); this listener notes which sessions typing opened, and the processor answers those only
 * after a '.', as in a qualified name.
 */
final class AutoActivation implements ICompletionListener {

	private static final Map<ITextViewer, Boolean> TYPED = Collections.synchronizedMap(new WeakHashMap<>());

	private final ITextViewer viewer;

	private AutoActivation(ITextViewer viewer) {
		this.viewer = viewer;
	}

	/** Hooks the viewer's content assistant once the viewer is configured (it is not yet while reconcilers install). */
	static void install(ISourceViewer viewer) {
		var widget = viewer.getTextWidget();
		if (widget == null || widget.isDisposed()) {
			return;
		}
		widget.getDisplay().asyncExec(() -> {
			if (!widget.isDisposed() && viewer instanceof ISourceViewerExtension4 extension
					&& extension.getContentAssistantFacade() != null) {
				extension.getContentAssistantFacade().addCompletionListener(new AutoActivation(viewer));
			}
		});
	}

	/** Whether the viewer's current content-assist session was opened by typing rather than asked for. */
	static boolean typed(ITextViewer viewer) {
		return Boolean.TRUE.equals(TYPED.get(viewer));
	}

	/** For tests: as if a session had been opened by typing (true) or asked for (false). */
	static void session(ITextViewer viewer, boolean typed) {
		TYPED.put(viewer, typed);
	}

	/** Whether the word the offset ends follows a trigger character ('.'). */
	static boolean afterTrigger(IDocument document, int offset) {
		String text = document.get();
		int start = Math.min(offset, text.length());
		while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
			start--;
		}
		return start > 0 && text.charAt(start - 1) == '.';
	}

	@Override
	public void assistSessionStarted(ContentAssistEvent event) {
		TYPED.put(viewer, event.isAutoActivated);
	}

	@Override
	public void assistSessionEnded(ContentAssistEvent event) {
		TYPED.remove(viewer);
	}

	@Override
	public void selectionChanged(ICompletionProposal proposal, boolean smartToggle) {
		// only the session's start matters
	}
}
