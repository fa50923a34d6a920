package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * Content assist in a .ptl editor comes when asked (Ctrl+Space) or after a '.', not with every
 * letter typed, although the Generic Editor opens it on typing by default. Real key strokes.
 */
class ContentAssistActivationTest {

	private static final String TEXT = """
			ownership m {
			    state A "the first state"
			    state B

			}
			""";

	@Test
	void typingALetterOpensNothingButCtrlSpaceDoes() throws CoreException {
		IFile file = Workbench.write(Workbench.project("ptl-assist-keys"), "keys.ptl", TEXT);
		ITextEditor editor = EditorTest.open(file);
		IDocument document = EditorTest.document(editor);
		int emptyLine = TEXT.indexOf("\n\n}") + 1;
		StyledText text = Workbench.ui(() -> (StyledText) editor.getAdapter(Control.class));
		Workbench.ui(() -> {
			editor.selectAndReveal(emptyLine, 0);
			text.getShell().forceActive();
			text.setFocus();
		});
		Workbench.settle();
		try {
			type('s', 0);
			Workbench.sleep(1500);
			Workbench.settle();
			assertTrue(Workbench.ui(() -> document.get()).contains("\ns\n}"), "the letter was typed");
			assertFalse(proposalsShown(), "no proposals for a letter typed");

			type(' ', SWT.CTRL);
			Workbench.waitUntil("the proposals asked for", java.time.Duration.ofSeconds(10),
					ContentAssistActivationTest::proposalsShown);
			Workbench.screenshot("content-assist");
			type(SWT.ESC, 0);
		} finally {
			Workbench.ui(() -> editor.doRevertToSaved());
		}
	}

	/** Whether a proposal popup (a shell of its own holding a table) is open. */
	private static boolean proposalsShown() {
		return Workbench.ui(() -> Arrays.stream(Workbench.display().getShells()).anyMatch(shell -> shell.isVisible()
				&& shell.getParent() != null && containsTable(shell)));
	}

	private static boolean containsTable(Shell shell) {
		return Arrays.stream(shell.getChildren()).anyMatch(child -> child instanceof Table
				|| child instanceof org.eclipse.swt.widgets.Composite composite
						&& Arrays.stream(composite.getChildren()).anyMatch(Table.class::isInstance));
	}

	/** Posts a key stroke (with a modifier held, or 0) to the focused control, as a keyboard would. */
	private static void type(int key, int modifier) {
		Workbench.ui(() -> {
			if (modifier != 0) {
				post(SWT.KeyDown, modifier, (char) 0);
			}
			post(SWT.KeyDown, key, (char) key);
			post(SWT.KeyUp, key, (char) key);
			if (modifier != 0) {
				post(SWT.KeyUp, modifier, (char) 0);
			}
		});
	}

	private static void post(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		Workbench.display().post(event);
	}
}
