package org.ptl.ui.launch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.ptl.lang.util.NodeText;
import org.ptl.model.Layout;
import org.ptl.sim.explore.ExplorationOptions;
import org.ptl.sim.layout.LayoutProof;
import org.ptl.sim.layout.LayoutProofText;
import org.ptl.sim.layout.LayoutProver;
import org.ptl.ui.simulation.SimulationSession;

/**
 * A layout's part of an exploration launch: proved for every input by the same prover as
 * {@code ptl explore} (the launch's time limit, else two minutes, as the command gives it), the
 * result in the simulation view's Exploration tab and the same text on the console.
 */
final class LayoutExplorations {

	private static final Duration DEFAULT_LIMIT = Duration.ofMinutes(2);

	private LayoutExplorations() {
	}

	/** Proves the layout; the exit code it contributes: 0 proved, 1 broken or undecided. */
	static int prove(SimulationSession session, PtlProcess process, Layout layout, ExplorationOptions options,
			IProgressMonitor monitor) {
		monitor.subTask("layout " + layout.getName() + ": proving for every input");
		Duration limit = options.timeLimitNanos() > 0 ? Duration.ofNanos(options.timeLimitNanos()) : DEFAULT_LIMIT;
		LayoutProof proof = new LayoutProver(limit).prove(layout);
		StringWriter text = new StringWriter();
		try (PrintWriter out = new PrintWriter(text)) {
			LayoutProofText.print(out, session.file().getFullPath() + ":" + NodeText.line(layout), proof, NodeText::line);
		}
		process.streams().print(text.toString());
		session.addLayout(new SimulationSession.LayoutExploration(session.file(), proof, text.toString()));
		return proof.verdict() == LayoutProof.Verdict.PROVED ? 0 : 1;
	}
}
