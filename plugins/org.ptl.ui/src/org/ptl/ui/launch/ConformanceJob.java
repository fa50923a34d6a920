package org.ptl.ui.launch;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.ptl.model.Binding;
import org.ptl.model.Element;
import org.ptl.model.Format;
import org.ptl.sim.casemate.CasemateReadAhead;
import org.ptl.sim.conform.ConformanceReport;
import org.ptl.sim.conform.ConformanceRun;
import org.ptl.sim.conform.ConformanceText;
import org.ptl.ui.PtlUi;
import org.ptl.ui.build.TraceMarkers;
import org.ptl.ui.simulation.SimulationSession;

/**
 * Checks a trace against a binding (or a format) in this JVM, streaming the file with progress in
 * the job's monitor; then marks each finding on the trace's line, adds the check to the simulation
 * view, and prints the report as {@code ptl conform --dump-abstract} does to the launch's console.
 * Cancelling stops between two records and leaves the markers as they were.
 */
final class ConformanceJob extends Job {

	private static final int RECORDS_PER_TICK = 1 << 16;

	private final SimulationSession session;
	private final PtlProcess process;
	private final Element spec;

	ConformanceJob(SimulationSession session, PtlProcess process, Element spec) {
		super("PTL trace conformance of " + session.file().getName());
		this.session = session;
		this.process = process;
		this.spec = spec;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		int exit = 2;
		try (InputStream in = session.file().getContents(true); CasemateReadAhead reader = new CasemateReadAhead(in)) {
			ConformanceRun run = spec instanceof Binding binding ? new ConformanceRun(binding)
					: new ConformanceRun((Format) spec);
			for (long records = 0; reader.readNext(run); records++) {
				if (records % RECORDS_PER_TICK == 0) {
					if (monitor.isCanceled() || session.terminated()) {
						process.streams().error("terminated\n");
						return Status.CANCEL_STATUS;
					}
					monitor.subTask(records + " records");
				}
			}
			ConformanceReport report = run.report();
			TraceMarkers.replace(session.file(), report.findings());
			String text = String.join("\n", ConformanceText.lines(session.file().getFullPath().toString(), spec.getName(),
					report, true)) + "\n";
			process.streams().print(text);
			if (!report.checkedAnything()) {
				process.streams().error("nothing to check: the trace installs no table\n");
			}
			session.addConformance(new SimulationSession.TraceConformance(session.file(), spec.getName(), report, text));
			exit = !report.checkedAnything() ? 2 : report.conforms() ? 0 : 1;
			return Status.OK_STATUS;
		} catch (IOException | CoreException unreadable) {
			process.streams().error("cannot read " + session.file().getFullPath() + ": " + unreadable.getMessage() + "\n");
			return Status.OK_STATUS;
		} catch (RuntimeException failure) {
			PtlUi.log("internal error checking " + session.file().getFullPath(), failure);
			process.streams().error("internal error: " + failure + "\n");
			return Status.OK_STATUS;
		} finally {
			process.exited(exit);
			session.finished(true);
			monitor.done();
		}
	}
}
