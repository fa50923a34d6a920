package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.ptl.lang.formatting2.PtlTextFormatter;
import org.ptl.ui.PtlPreferences;
import org.ptl.ui.PtlUi;
import org.ptl.ui.model.PtlResources;

/**
 * Format (Ctrl+Shift+F) gives the text {@code ptl format} gives and is idempotent; format on save
 * happens only with the preference on; toggle comment (Ctrl+/) comments lines with the grammar's
 * {@code //} and uncomments them back.
 */
class FormattingTest {

	private static final String MESSY = """
			format   f {
			granule 4K
			      input 48   bits
			    levels 0..3
			    page descriptor page at level 3 {
			  valid    [0] = 1
			        software [58:55]    software
			    }
			}
			""";

	@Test
	void formatCommandFormatsLikePtlFormat() throws CoreException {
		IProject project = Workbench.project("ptl-format");
		IFile file = Workbench.write(project, "messy.ptl", MESSY);
		ITextEditor editor = EditorTest.open(file);
		IDocument document = EditorTest.document(editor);
		assertEquals("Shift+Ctrl+F", binding("org.ptl.ui.format"));
		assertEquals("Ctrl+/", binding("org.ptl.ui.toggleComment"));
		run("org.ptl.ui.format");
		String formatted = Workbench.ui(() -> document.get());
		assertNotEquals(MESSY, formatted, "the messy text changed");
		assertEquals(formatterOutput(MESSY), formatted, "the same text as ptl format");
		assertTrue(formatted.contains("\n    granule 4K\n"), formatted);
		Workbench.settle();
		Workbench.screenshot("formatted");
		run("org.ptl.ui.format");
		assertEquals(formatted, Workbench.ui(() -> document.get()), "formatting twice changes nothing");

		Workbench.ui(() -> replace(document, 0, document.getLength(), "format f { granule"));
		run("org.ptl.ui.format");
		assertEquals("format f { granule", Workbench.ui(() -> document.get()), "syntax errors: left as typed");
		Workbench.ui(() -> editor.doRevertToSaved());
	}

	@Test
	void formatOnSaveOnlyWithThePreference() throws CoreException {
		IProject project = Workbench.project("ptl-format-on-save");
		IFile file = Workbench.write(project, "saved.ptl", "");
		ITextEditor editor = EditorTest.open(file);
		IDocument document = EditorTest.document(editor);
		try {
			Workbench.ui(() -> PtlPreferences.store().setValue(PtlPreferences.FORMAT_ON_SAVE, true));
			Workbench.ui(() -> replace(document, 0, document.getLength(), MESSY));
			run("org.eclipse.ui.file.save");
			assertEquals(formatterOutput(MESSY), text(file), "formatted on save");

			Workbench.ui(() -> PtlPreferences.store().setValue(PtlPreferences.FORMAT_ON_SAVE, false));
			Workbench.ui(() -> replace(document, 0, document.getLength(), MESSY));
			run("org.eclipse.ui.file.save");
			assertEquals(MESSY, text(file), "saved as typed with the preference off");
		} finally {
			Workbench.ui(() -> PtlPreferences.store().setToDefault(PtlPreferences.FORMAT_ON_SAVE));
		}
	}

	@Test
	void toggleCommentCommentsAndUncommentsTheSelectedLines() throws CoreException {
		IProject project = Workbench.project("ptl-comment");
		String text = "ownership m {\n    state A\n    state B\n}\n";
		IFile file = Workbench.write(project, "comment.ptl", text);
		ITextEditor editor = EditorTest.open(file);
		IDocument document = EditorTest.document(editor);
		int from = text.indexOf("state A") + 2;
		int to = text.indexOf("state B") + 3;
		Workbench.ui(() -> editor.selectAndReveal(from, to - from));
		run("org.ptl.ui.toggleComment");
		assertEquals("ownership m {\n    // state A\n    // state B\n}\n", Workbench.ui(() -> document.get()));
		run("org.ptl.ui.toggleComment");
		assertEquals(text, Workbench.ui(() -> document.get()), "toggled back");
		Workbench.ui(() -> editor.doRevertToSaved());
	}

	private static String formatterOutput(String text) {
		return PtlUi.injector().getInstance(PtlTextFormatter.class)
				.format(PtlResources.parse(PtlResources.newResourceSet(), org.eclipse.emf.common.util.URI.createURI("memory:/f.ptl"), text));
	}

	private static String binding(String command) {
		return Workbench.ui(() -> PlatformUI.getWorkbench().getService(IBindingService.class).getBestActiveBindingFormattedFor(command));
	}

	static void run(String command) {
		Workbench.ui(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
			} catch (Exception e) {
				throw new IllegalStateException(command, e);
			}
		});
	}

	private static void replace(IDocument document, int offset, int length, String text) {
		try {
			document.replace(offset, length, text);
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String text(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
