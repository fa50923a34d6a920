package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.ptl.ui.editor.PtlOccurrences;
import org.ptl.ui.refactoring.ReferenceRow;
import org.ptl.ui.refactoring.ReferencesView;
import org.ptl.ui.refactoring.RenameDialog;
import org.ptl.ui.refactoring.Renaming;

/**
 * Rename (Alt+Shift+R), Find References (Ctrl+Shift+G) and mark occurrences work by linking, not by
 * word: renaming the stage-2 page descriptor's software field leaves the block descriptor's and the
 * EL2 format's alone; renaming a v5.15 state leaves the v6.15 model's state of the same name; the
 * builder finds no new problem afterwards (screenshots of the rename dialog and the references).
 */
class RefactoringTest {

	@Test
	void renamingAFieldChangesItsQualifiedReferencesInOtherFilesOnly() throws CoreException {
		IProject project = Workbench.examplesProject("ptl-rename-field");
		List<String> problemsBefore = OnSaveValidationTest.checks(project);
		IFile format = project.getFile("arm64/stage2_4k.ptl");
		IFile claims = project.getFile("pkvm/claims.ptl");
		String claimsBefore = text(claims);
		ITextEditor editor = EditorTest.open(format);
		IDocument document = EditorTest.document(editor);
		int field = document.get().indexOf("software [58:55]", document.get().indexOf("page descriptor page")) + 2;

		Renaming.Target target = Workbench.ui(() -> {
			try {
				return Renaming.targetAt(document, field);
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		assertNotNull(target, "the caret is on the page descriptor's software field");
		assertEquals("software", target.declaration().getName());
		assertNotNull(Renaming.problem(target, "ownership"), "a keyword is not a name");
		assertNotNull(Renaming.problem(target, "2bits"), "not a name");
		assertNotNull(Renaming.problem(target, "oa"), "the descriptor has a field oa");
		assertNull(Renaming.problem(target, "sw_bits"));

		// the dialog the command opens, shown without blocking for the screenshot
		RenameDialog dialog = Workbench.ui(() -> {
			RenameDialog d = new RenameDialog(editor.getSite().getShell(), target);
			d.setBlockOnOpen(false);
			d.open();
			return d;
		});
		try {
			Workbench.settle();
			String message = Workbench.ui(() -> dialog.getShell().getText());
			assertEquals("Rename field software", message);
			Workbench.screenshot("rename-dialog");
		} finally {
			Workbench.ui(dialog::close);
		}

		List<IFile> changed = Workbench.ui(() -> {
			try {
				return Renaming.apply(target, "sw_bits");
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		assertEquals(3, changed.size(), "the format, the claims and the KVM operations that name the field: " + changed);
		assertTrue(text(project.getFile("kvm/stage2_6_12.ptl")).contains("when SW0 sw_bits |= 0b0001"),
				"the operations' field reference (a plain name) follows");
		Workbench.waitForBuild();
		String claimsAfter = text(claims);
		assertEquals(claimsBefore.replace("arm64_s2_4k.page.software", "arm64_s2_4k.page.sw_bits"), claimsAfter,
				"only the stage-2 page descriptor's field changes; arm64_s2_4k.block.software and the EL2 format's stay");
		assertTrue(claimsAfter.contains("arm64_s2_4k.block.software") && claimsAfter.contains("arm64_el2_s1_4k.page.software"));
		String formatAfter = Workbench.ui(() -> document.get());
		assertTrue(formatAfter.contains("sw_bits [58:55]"), "the declaration is renamed");
		assertTrue(formatAfter.indexOf("software [58:55]", formatAfter.indexOf("block descriptor")) > 0,
				"the block descriptor's field keeps its name");
		assertEquals(text(format), formatAfter, "the open editor was saved (it had no unsaved changes)");
		assertEquals(problemsBefore, OnSaveValidationTest.checks(project), "the rename breaks no link");
	}

	@Test
	void renamingAStateFromAReferenceLeavesTheOtherModelsStateOfTheSameName() throws CoreException {
		IProject project = Workbench.examplesProject("ptl-rename-state");
		List<String> problemsBefore = OnSaveValidationTest.checks(project);
		IFile ownership = project.getFile("pkvm/ownership_v5_15.ptl");
		IFile scenarios = project.getFile("pkvm/scenarios_v5_15.ptl");
		IFile other = project.getFile("pkvm/ownership_v6_15.ptl");
		String otherBefore = text(other);
		int ownedInScenarios = count(text(scenarios), "\\bOWNED\\b");
		assertTrue(ownedInScenarios > 0);
		ITextEditor editor = EditorTest.open(ownership);
		IDocument document = EditorTest.document(editor);
		int reference = document.get().indexOf("initiator OWNED -> SHARED_OWNED") + "initiator ".length() + 1;
		Workbench.ui(() -> {
			try {
				Renaming.apply(Renaming.targetAt(document, reference), "EXCLUSIVE");
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		Workbench.waitForBuild();
		String after = text(ownership);
		assertTrue(after.contains("state EXCLUSIVE ") && after.contains("initiator EXCLUSIVE -> SHARED_OWNED")
				&& after.contains("EXCLUSIVE           = 0b00"), after);
		assertEquals(0, count(after, "\\bOWNED\\b"), "every v5.15 OWNED is renamed");
		assertEquals(ownedInScenarios, count(text(scenarios), "\\bEXCLUSIVE\\b"), "the scenarios' expectations follow");
		assertEquals(otherBefore, text(other), "the v6.15 model's OWNED is another state");
		assertEquals(problemsBefore, OnSaveValidationTest.checks(project), "the rename breaks no link");
	}

	@Test
	void findReferencesListsEveryFileThatNamesTheFormat() throws CoreException {
		IProject project = Workbench.examplesProject("ptl-references");
		ITextEditor editor = EditorTest.open(project.getFile("arm64/stage2_4k.ptl"));
		IDocument document = EditorTest.document(editor);
		int name = document.get().indexOf("arm64_s2_4k") + 3;
		Workbench.ui(() -> editor.selectAndReveal(name, 0));
		assertEquals("Shift+Alt+R", Workbench.ui(() -> PlatformUI.getWorkbench().getService(IBindingService.class)
				.getBestActiveBindingFormattedFor("org.ptl.ui.rename")), "rename is on Alt+Shift+R in a .ptl editor");
		assertEquals("Shift+Ctrl+G", Workbench.ui(() -> PlatformUI.getWorkbench().getService(IBindingService.class)
				.getBestActiveBindingFormattedFor("org.eclipse.ui.genericeditor.findReferences")));
		Workbench.ui(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class)
						.executeCommand("org.eclipse.ui.genericeditor.findReferences", null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		ReferencesView view = (ReferencesView) Workbench.ui(() -> Workbench.page().findView(ReferencesView.ID));
		assertNotNull(view, "Find References shows the PTL References view");
		List<ReferenceRow> rows = Workbench.ui(view::rows);
		List<String> files = rows.stream().map(row -> row.file().getProjectRelativePath().toString()).distinct().toList();
		assertTrue(files.contains("arm64/stage2_4k.ptl") && files.contains("pkvm/claims.ptl"), files.toString());
		assertEquals(1, rows.stream().filter(ReferenceRow::declaration).count(), "one declaration");
		assertTrue(rows.stream().allMatch(row -> row.text().contains("arm64_s2_4k")), rows.toString());
		Workbench.ui(() -> editor.getSite().getPage().activate(editor));
		Workbench.screenshot("find-references");
	}

	@Test
	void markOccurrencesMarksTheStateByLinkingNotByWord() throws CoreException {
		IProject project = Workbench.project("ptl-occurrences");
		String text = """
				// OWNED in a comment is only a word
				ownership a {
				    state OWNED
				    state FREE
				    component host initially OWNED
				    transition take { initiator FREE -> OWNED }
				}

				ownership b {
				    state OWNED
				    state FREE
				    component host initially OWNED
				    transition take { initiator FREE -> OWNED }
				}
				""";
		IFile file = Workbench.write(project, "two.ptl", text);
		ITextEditor editor = EditorTest.open(file);
		int declaration = text.indexOf("state OWNED") + "state ".length() + 2;
		Workbench.ui(() -> editor.selectAndReveal(declaration, 0));
		ISourceViewer viewer = Workbench.ui(() -> (ISourceViewer) editor.getAdapter(ITextOperationTarget.class));
		Workbench.waitUntil("the occurrences", Duration.ofSeconds(20),
				() -> !Workbench.ui(() -> PtlOccurrences.marked(viewer.getAnnotationModel())).isEmpty());
		List<Integer> marked = Workbench.ui(() -> PtlOccurrences.marked(viewer.getAnnotationModel())).stream()
				.map(Position::getOffset).toList();
		int modelB = text.indexOf("ownership b");
		List<Integer> expected = new ArrayList<>();
		Matcher words = Pattern.compile("\\bOWNED\\b").matcher(text);
		while (words.find()) {
			if (words.start() > text.indexOf('\n') && words.start() < modelB) {
				expected.add(words.start());
			}
		}
		assertEquals(3, expected.size());
		assertEquals(expected, marked, "model a's OWNED: its declaration and two references, not the comment nor model b");
	}

	private static int count(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		int n = 0;
		while (matcher.find()) {
			n++;
		}
		return n;
	}

	private static String text(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
