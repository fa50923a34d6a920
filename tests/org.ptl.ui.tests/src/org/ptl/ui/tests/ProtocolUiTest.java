package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ptl.ui.build.ProblemMarkers;
import org.ptl.ui.editor.PtlTextHover;
import org.ptl.ui.launch.LaunchAttributes;
import org.ptl.ui.simulation.SimulationSession;
import org.ptl.ui.simulation.SimulationSessions;
import org.ptl.ui.simulation.SimulationView;

/**
 * Protocol models in Eclipse (issue 13): saving a protocol that loses a write marks the action of
 * the last step ({@code protocol.invariant-broken}); "PTL Exploration" of a twin shows its
 * shortest counterexample in the simulation view with a column per actor; hovering an action shows
 * its guards and updates. Screenshots of the view and the hover go to target/screenshots.
 */
class ProtocolUiTest {

	private static IProject examples;

	@BeforeAll
	static void createProject() throws CoreException {
		examples = Workbench.examplesProject("ptl-protocol-examples");
		org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("org.eclipse.debug.ui")
				.put("org.eclipse.debug.ui.cancel_launch_with_compile_errors", "always");
	}

	/** The split twin beside the bundled s390 format, so that its import resolves in the project. */
	private static IFile splitTwin() throws CoreException {
		String twin = read("tests/org.ptl.cli.tests/fixtures/twins/s390_gmap_split_unmarked.ptl")
				.replace("../../../../examples/dirty/s390_dat.ptl", "s390_dat.ptl");
		return Workbench.write(examples, "dirty/split_unmarked.ptl", twin);
	}

	@Test
	void savingAProtocolThatLosesAWriteMarksTheLastAction() throws CoreException {
		IFile twin = splitTwin();
		List<IMarker> markers = OnSaveValidationTest.markers(twin);
		assertEquals(List.of("protocol.invariant-broken"), OnSaveValidationTest.checks(twin));
		String text = read("tests/org.ptl.cli.tests/fixtures/twins/s390_gmap_split_unmarked.ptl");
		int splitLine = lineOf(text, "    action split by kvm");
		assertEquals(splitLine, markers.get(0).getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(markers.get(0).getAttribute(IMarker.MESSAGE, "").contains("broken after 3 steps"),
				markers.get(0).getAttribute(IMarker.MESSAGE, ""));
		assertEquals(List.of(), OnSaveValidationTest.checks(examples.getFile("dirty/s390_gmap_split.ptl")),
				"the bundled model (with the marking) is clean");
	}

	@Test
	void anExplorationShowsTheCounterexampleWithAColumnPerActor() throws CoreException {
		IFile twin = splitTwin();
		ILaunch launch = launch(twin, LaunchAttributes.MEMBERS, "vcpu=1");
		Workbench.waitUntil("the exploration to end", Duration.ofSeconds(60), launch::isTerminated);
		SimulationSession session = SimulationSessions.latest();
		assertNotNull(session);
		Workbench.waitUntil("the session to finish", Duration.ofSeconds(10), session::finished);
		var result = session.explorations().get(0).result();
		assertEquals(List.of("vcpu[1]", "kvm", "qemu"), result.actors());
		assertEquals(3, result.trace().size());
		Workbench.ui(() -> {
			try {
				Workbench.page().showView(SimulationView.ID);
			} catch (org.eclipse.ui.PartInitException cannotShow) {
				throw new IllegalStateException(cannotShow);
			}
		});
		Workbench.settle();
		Table trace = Workbench.ui(() -> findTable(Workbench.page().findView(SimulationView.ID).getViewSite().getShell(), "kvm"));
		assertNotNull(trace, "a trace table with a column per actor");
		List<String> headers = Workbench.ui(() -> {
			List<String> titles = new ArrayList<>();
			for (TableColumn column : trace.getColumns()) {
				titles.add(column.getText());
			}
			return titles;
		});
		assertEquals(List.of("#", "vcpu[1]", "kvm", "qemu", "Changes"), headers);
		List<String> kvm = Workbench.ui(() -> {
			List<String> cells = new ArrayList<>();
			for (int row = 0; row < trace.getItemCount(); row++) {
				cells.add(trace.getItem(row).getText(2));
			}
			return cells;
		});
		assertEquals(List.of("", "", "split()"), kvm);
		Workbench.screenshotOf(SimulationView.ID, "protocol-exploration-view");
	}

	@Test
	void hoverOnAnActionShowsItsGuardsAndUpdates() {
		IEditorPart part = Workbench.ui(() -> {
			try {
				return IDE.openEditor(Workbench.page(), examples.getFile("dirty/s390_gmap_old.ptl"));
			} catch (org.eclipse.ui.PartInitException cannotOpen) {
				throw new IllegalStateException(cannotOpen);
			}
		});
		ITextEditor editor = (ITextEditor) part;
		IDocument document = Workbench.ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		Workbench.waitUntil("the reconciler's parse", Duration.ofSeconds(30),
				() -> org.ptl.ui.model.PtlDocuments.current(document) != null);
		int action = document.get().indexOf("action unprotect(v: vcpu)") + "action ".length() + 1;
		String hover = PtlTextHover.text(document, action);
		assertNotNull(hover, "an action has a hover");
		assertTrue(hover.contains("guards: `requires not seg[1].invalid and seg[1].protect and not host.protect`"), hover);
		assertTrue(hover.contains("updates: `seg[1].protect = 0`, `seg[1].gmap_uc = 1`"), hover);
		org.eclipse.jface.text.IInformationControl popup = Workbench.ui(() -> {
			var shell = editor.getSite().getShell();
			var control = new PtlTextHover().getHoverControlCreator().createInformationControl(shell);
			((org.eclipse.jface.text.IInformationControlExtension2) control).setInput(hover);
			var hint = control.computeSizeHint();
			control.setSize(Math.min(hint.x, 700), hint.y);
			control.setLocation(new org.eclipse.swt.graphics.Point(shell.getLocation().x + 330, shell.getLocation().y + 140));
			control.setVisible(true);
			return control;
		});
		try {
			Workbench.screenshot("protocol-action-hover");
		} finally {
			Workbench.ui(popup::dispose);
		}
	}

	private static ILaunch launch(IFile file, String... attributes) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationWorkingCopy copy = manager.getLaunchConfigurationType(LaunchAttributes.EXPLORATION_TYPE)
				.newInstance(null, manager.generateLaunchConfigurationName("test " + file.getName()));
		copy.setAttribute(LaunchAttributes.FILE, file.getFullPath().toString());
		for (int i = 0; i < attributes.length; i += 2) {
			copy.setAttribute(attributes[i], attributes[i + 1]);
		}
		return copy.doSave().launch(ILaunchManager.RUN_MODE, null);
	}

	/** The first table under the control with a column of this title. */
	private static Table findTable(Control control, String column) {
		if (control instanceof Table table) {
			for (TableColumn candidate : table.getColumns()) {
				if (column.equals(candidate.getText())) {
					return table;
				}
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Table found = findTable(child, column);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static int lineOf(String text, String line) {
		return text.substring(0, text.indexOf(line)).split("\n", -1).length;
	}

	private static String read(String relative) {
		try {
			return java.nio.file.Files.readString(Workbench.root().resolve(relative));
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
