package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ptl.sim.conform.ConformanceCheck;
import org.ptl.sim.conform.ConformanceReport;
import org.ptl.ui.build.ProblemMarkers;
import org.ptl.ui.build.TraceMarkers;
import org.ptl.ui.launch.LaunchAttributes;
import org.ptl.ui.launch.PtlLaunchShortcut;
import org.ptl.ui.simulation.SimulationSession;
import org.ptl.ui.simulation.SimulationView;

/**
 * Trace conformance in Eclipse: Run As > PTL Trace Conformance on a casemate trace (.log) checks it
 * against a binding of the workspace; each finding is a problem marker on the trace's line with its
 * check id, the check is a row of the simulation view, the console gets the report and the launch's
 * exit code says whether the trace conforms; a clean trace leaves no marker, and a second check
 * replaces the first's markers.
 */
class TraceConformanceTest {

	private static IProject project;

	@BeforeAll
	static void createProject() throws CoreException {
		project = Workbench.examplesProject("ptl-conformance");
	}

	private static SimulationSession check(IFile trace, String binding) throws CoreException {
		ILaunch launch = Launches.launch(LaunchAttributes.CONFORMANCE_TYPE, ILaunchManager.RUN_MODE, trace,
				LaunchAttributes.BINDING, binding);
		return Launches.finished(launch, Duration.ofSeconds(60));
	}

	private static List<IMarker> markers(IFile trace) throws CoreException {
		return Arrays.asList(trace.findMarkers(TraceMarkers.TYPE, false, IResource.DEPTH_ZERO));
	}

	@Test
	void anOwnershipViolationIsMarkedOnItsLineAndShownInTheSimulationView() throws CoreException {
		Launches.showSimulationView();
		IFile trace = project.getFile("traces/ownership_share_no_completer.log");
		SimulationSession session = check(trace, "pkvm_v5_15_arm64");
		assertEquals(1, session.conformance().size());
		ConformanceReport report = session.conformance().get(0).report();
		assertFalse(report.conforms());
		assertEquals(List.of(ConformanceCheck.OWNERSHIP_TRANSITION),
				report.findings().stream().map(finding -> finding.check()).toList());
		assertEquals(1, session.launch().getProcesses()[0].getExitValue());
		assertTrue(session.conformance().get(0).text().contains("nearest: share: initiator host OWNED -> SHARED_OWNED"),
				session.conformance().get(0).text());

		List<IMarker> markers = markers(trace);
		assertEquals(1, markers.size());
		IMarker marker = markers.get(0);
		assertEquals(21, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals("ownership.transition", marker.getAttribute(ProblemMarkers.CHECK_ID, ""));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith("page 0x80003000 changed by no transition of pkvm_v5_15"),
				marker.getAttribute(IMarker.MESSAGE, ""));

		SimulationView view = Workbench.ui(() -> (SimulationView) Workbench.page().findView(SimulationView.ID));
		Workbench.waitUntil("the view to show the check", Duration.ofSeconds(10),
				() -> Workbench.ui(() -> view.explorationRows().contains("trace ownership_share_no_completer.log")));
		Workbench.screenshotOf(SimulationView.ID, "simulation-view-trace-conformance");
	}

	@Test
	void aBreakWithoutTlbiIsMarkedWithCasematesMessageAndAFixedTraceClearsIt() throws CoreException {
		IFile trace = project.getFile("traces/broken_then_fixed.log");
		trace.create(project.getFile("traces/bbm_missing_tlbi.log").getContents(), IResource.FORCE, null);
		check(trace, "pkvm_v5_15_arm64");
		List<IMarker> markers = markers(trace);
		assertEquals(1, markers.size());
		assertEquals(15, markers.get(0).getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(markers.get(0).getAttribute(IMarker.MESSAGE, "").startsWith("BBM invalid unclean->valid: host L3 entry"));

		trace.setContents(project.getFile("traces/bbm_good.log").getContents(), IResource.FORCE, null);
		SimulationSession session = check(trace, "pkvm_v5_15_arm64");
		assertTrue(session.conformance().get(0).report().conforms());
		assertEquals(0, session.launch().getProcesses()[0].getExitValue());
		assertEquals(List.of(), markers(trace));
	}

	@Test
	void runAsOffersTracesAndMakesTheirConfiguration() throws CoreException {
		PtlLaunchShortcut shortcut = new PtlLaunchShortcut.Conformance();
		IFile trace = project.getFile("traces/bbm_good.log");
		assertEquals(trace, shortcut.getLaunchableResource(new StructuredSelection(trace)));
		assertNull(shortcut.getLaunchableResource(new StructuredSelection(project.getFile("pkvm/binding_v5_15.ptl"))));
		ILaunchConfiguration configuration = shortcut.configurationFor(trace);
		assertEquals(LaunchAttributes.CONFORMANCE_TYPE, configuration.getType().getIdentifier());
		assertEquals(trace.getFullPath().toString(), configuration.getAttribute(LaunchAttributes.FILE, ""));
		assertEquals(configuration, shortcut.configurationFor(trace), "the file's configuration is reused");
	}
}
