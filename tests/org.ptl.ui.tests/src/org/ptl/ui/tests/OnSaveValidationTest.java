package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.ptl.ui.build.NatureOffer;
import org.ptl.ui.build.ProblemMarkers;
import org.ptl.ui.build.PtlNature;

/**
 * Saving a .ptl file in a PTL project checks it: a defect becomes a problem marker with its check
 * id on the right line, fixing it removes the marker, and changing an imported file re-checks the
 * files that import it.
 */
class OnSaveValidationTest {

	static final String OVERLAP = """
			// Two fields share bits 9:8.
			format f {
			    granule 4K
			    input 48 bits
			    levels 0..3

			    page descriptor page at level 3 {
			        valid [0] = 1
			        sh    [9:8]
			        oa_hi [9:8]
			        software [58:55] software
			    }
			}
			""";

	static List<IMarker> markers(IResource resource) throws CoreException {
		return Arrays.asList(resource.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE));
	}

	static List<String> checks(IResource resource) throws CoreException {
		return markers(resource).stream().map(marker -> marker.getAttribute(ProblemMarkers.CHECK_ID, "")).toList();
	}

	@Test
	void aDefectGetsAMarkerWithItsCheckIdOnItsLineAndTheFixRemovesIt() throws CoreException {
		IProject project = Workbench.project("on-save");
		IFile file = Workbench.write(project, "overlap.ptl", OVERLAP);
		List<IMarker> markers = markers(file);
		assertEquals(List.of("format.field-overlap"), checks(file));
		assertEquals(10, markers.get(0).getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(IMarker.SEVERITY_ERROR, markers.get(0).getAttribute(IMarker.SEVERITY, -1));
		assertTrue(markers.get(0).getAttribute(IMarker.MESSAGE, "").endsWith("[format.field-overlap]"));

		Workbench.write(project, "overlap.ptl", OVERLAP.replace("oa_hi [9:8]", "oa_hi [11:10]"));
		assertEquals(List.of(), checks(file));
	}

	@Test
	void changingAnImportedFileRechecksItsImporters() throws CoreException {
		IProject project = Workbench.project("importers");
		IFile format = Workbench.write(project, "format.ptl", OVERLAP.replace("oa_hi [9:8]", "oa_hi [11:10]"));
		IFile user = Workbench.write(project, "user.ptl", """
				import "format.ptl"

				claims pkvm on f.page.software {
				    claim state [56:55] "SW0, SW1"
				}
				""");
		assertEquals(List.of(), checks(format));
		assertEquals(List.of(), checks(user), "the importer is clean while the field exists");

		Workbench.write(project, "format.ptl", OVERLAP.replace("oa_hi [9:8]", "oa_hi [11:10]").replace("software [58:55]", "ignored [58:55]"));
		assertTrue(checks(user).contains("reference.unresolved"), "the importer was re-checked: " + checks(user));

		Workbench.write(project, "format.ptl", OVERLAP.replace("oa_hi [9:8]", "oa_hi [11:10]"));
		assertEquals(List.of(), checks(user), "and again when the field is back");
	}

	@Test
	void theFilesSeverityDirectivesApply() throws CoreException {
		IProject project = Workbench.project("severities");
		IFile file = Workbench.write(project, "lowered.ptl", "severity \"format.field-overlap\" warning\n" + OVERLAP);
		List<IMarker> markers = markers(file);
		assertEquals(List.of("format.field-overlap"), checks(file));
		assertEquals(IMarker.SEVERITY_WARNING, markers.get(0).getAttribute(IMarker.SEVERITY, -1));
	}

	@Test
	void aProjectWithoutTheNatureIsOfferedItUntilItHasItOrTheUserDeclines() throws CoreException {
		IProject plain = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProject("no-nature");
		if (plain.exists()) {
			plain.delete(true, true, null);
		}
		plain.create(null);
		plain.open(null);
		IFile file = plain.getFile("f.ptl");
		file.create(new java.io.ByteArrayInputStream(OVERLAP.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
		Workbench.waitForBuild();
		assertEquals(List.of(), checks(file), "no builder, no markers");
		var preferences = new org.eclipse.jface.preference.PreferenceStore();
		assertTrue(NatureOffer.shouldOffer(file, preferences));
		assertFalse(NatureOffer.shouldOffer(plain.getFile("notes.txt"), preferences), "only .ptl files");
		preferences.setValue(NatureOffer.PREFERENCE, org.eclipse.jface.dialogs.MessageDialogWithToggle.NEVER);
		assertFalse(NatureOffer.shouldOffer(file, preferences), "declined for good");
		preferences.setValue(NatureOffer.PREFERENCE, "");

		PtlNature.addTo(plain, null);
		Workbench.waitForBuild();
		assertFalse(NatureOffer.shouldOffer(file, preferences));
		assertEquals(List.of("format.field-overlap"), checks(file), "adding the nature checks the files at once");
	}
}
