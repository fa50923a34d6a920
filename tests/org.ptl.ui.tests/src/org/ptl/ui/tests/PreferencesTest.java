package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.ptl.lang.validation.PtlCheck;
import org.ptl.model.SeverityLevel;
import org.ptl.ui.PtlPreferences;
import org.ptl.ui.editor.PtlColors;
import org.ptl.ui.preferences.ColorPreferencePage;
import org.ptl.ui.preferences.SeverityPreferencePage;

/**
 * Window > Preferences > PTL: a check's workspace severity changes the markers of every PTL project
 * (checks that are always errors cannot be changed); a colour changed on the Colors page repaints
 * open editors (screenshots of both pages).
 */
class PreferencesTest {

	private static final String UNUSED = """
			format f {
			    granule 4K
			    input 48 bits
			    levels 0..3
			    page descriptor page at level 3 {
			        valid    [0] = 1
			        software [58:55] software
			    }
			}

			claims c on f.page.software {
			    claim state [56:55]
			}

			ownership m {
			    state A
			    state B
			    initially A
			    component host initially A
			    component hyp
			    transition t {
			        initiator A -> B
			    }
			    transition u {
			        initiator B -> A
			    }
			}

			encoding e of m in c.state {
			    A = 0
			    B = 1
			}
			""";

	@Test
	void aWorkspaceSeverityChangesTheMarkers() throws CoreException {
		IFile file = Workbench.write(Workbench.project("ptl-severities"), "unused.ptl", UNUSED);
		Workbench.waitUntil("the default severity", Duration.ofSeconds(30),
				() -> List.of(IMarker.SEVERITY_WARNING).equals(severities(file, "encoding.unused")));

		PreferenceDialog dialog = Workbench.ui(() -> {
			PreferenceDialog opened = PreferencesUtil.createPreferenceDialogOn(Workbench.page().getWorkbenchWindow().getShell(),
					"org.ptl.ui.preferences.severities", null, null);
			opened.setBlockOnOpen(false);
			opened.open();
			return opened;
		});
		SeverityPreferencePage page = Workbench.ui(() -> (SeverityPreferencePage) dialog.getSelectedPage());
		assertNotNull(page);
		Workbench.ui(() -> page.choose(PtlCheck.SYNTAX_ERROR, SeverityLevel.IGNORE));
		assertEquals(SeverityLevel.ERROR, Workbench.ui(() -> page.shown(PtlCheck.SYNTAX_ERROR)), "always an error");
		Workbench.ui(() -> page.choose(PtlCheck.ENCODING_UNUSED, SeverityLevel.ERROR));
		Workbench.settle();
		Workbench.screenshot("preferences-severities");
		Workbench.ui(() -> {
			page.performOk();
			dialog.close();
		});
		// OK rebuilds every PTL project of the workspace, and earlier tests left several example
		// projects there (their layouts proved, their models and races explored): give it time
		Workbench.waitUntil("the rebuild with the new severity", Duration.ofSeconds(180),
				() -> List.of(IMarker.SEVERITY_ERROR).equals(severities(file, "encoding.unused")));

		// a file's directive still wins over the workspace
		Workbench.write(Workbench.project("ptl-severities"), "unused.ptl", "severity \"encoding.unused\" info\n" + UNUSED);
		Workbench.waitUntil("the file's own severity", Duration.ofSeconds(30),
				() -> List.of(IMarker.SEVERITY_INFO).equals(severities(file, "encoding.unused")));

		org.ptl.ui.preferences.CheckSeverities.set(PtlCheck.ENCODING_UNUSED, null);
		org.ptl.ui.preferences.CheckSeverities.applyAndRebuild();
		Workbench.waitForBuild();
	}

	@Test
	void aColourChangeRepaintsOpenEditors() throws CoreException {
		IFile file = Workbench.write(Workbench.project("ptl-colours"), "colours.ptl", UNUSED);
		ITextEditor editor = EditorTest.open(file);
		IDocument document = EditorTest.document(editor);
		int keyword = Workbench.ui(() -> document.get().indexOf("granule"));
		String key = PtlColors.preference(PtlColors.KEYWORD);
		RGB red = new RGB(0xdd, 0x11, 0x11);
		try {
			PreferenceDialog dialog = Workbench.ui(() -> {
				PreferenceDialog opened = PreferencesUtil.createPreferenceDialogOn(
						Workbench.page().getWorkbenchWindow().getShell(), "org.ptl.ui.preferences.colors", null, null);
				opened.setBlockOnOpen(false);
				opened.open();
				return opened;
			});
			Workbench.settle();
			Workbench.screenshot("preferences-colours");
			Workbench.ui(() -> dialog.close());
			Workbench.ui(() -> {
				PreferenceConverter.setValue(PtlPreferences.store(), key, red);
				ColorPreferencePage.repaintPtlEditors();
			});
			Workbench.waitUntil("the keyword in the new colour", Duration.ofSeconds(10),
					() -> red.equals(foreground(editor, keyword)));
		} finally {
			Workbench.ui(() -> {
				PtlPreferences.store().setToDefault(key);
				ColorPreferencePage.repaintPtlEditors();
			});
		}
		Workbench.waitUntil("the default colour again", Duration.ofSeconds(10),
				() -> new RGB(0x7f, 0x00, 0x55).equals(foreground(editor, keyword)));
	}

	private static RGB foreground(ITextEditor editor, int offset) {
		return Workbench.ui(() -> {
			StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
			StyleRange range = text.getStyleRangeAtOffset(offset);
			return range == null || range.foreground == null ? null : range.foreground.getRGB();
		});
	}

	private static List<Integer> severities(IFile file, String checkId) {
		try {
			return OnSaveValidationTest.markers(file).stream()
					.filter(marker -> checkId.equals(marker.getAttribute("checkId", "")))
					.map(marker -> marker.getAttribute(IMarker.SEVERITY, -1)).toList();
		} catch (CoreException e) {
			return List.of();
		}
	}
}
