package org.ptl.sim.scenario;

import java.util.List;

import org.ptl.model.OutcomePattern;
import org.ptl.model.VisitorOutcome;
import org.ptl.sim.Errno;
import org.ptl.sim.walk.VisitContext;
import org.ptl.sim.walk.Visitor;
import org.ptl.sim.walk.WalkPolicy;

/**
 * The visitor of a scenario's 'walk' step: at the entry covering a scripted address it returns the
 * scripted outcome (for as many visits as scripted, once by default), elsewhere the 'otherwise'
 * outcome (0 by default). It changes no entry.
 */
final class ScriptedVisitor implements Visitor {

	private final long[] addresses;
	private final int[] outcomes;
	private final int[] remaining;
	private final int fallback;

	ScriptedVisitor(List<VisitorOutcome> script, WalkPolicy policy) {
		int scripted = (int) script.stream().filter(o -> !o.isOtherwise()).count();
		addresses = new long[scripted];
		outcomes = new int[scripted];
		remaining = new int[scripted];
		int other = 0;
		int i = 0;
		for (VisitorOutcome outcome : script) {
			int code = code(outcome.getOutcome(), policy);
			if (outcome.isOtherwise()) {
				other = code;
				continue;
			}
			addresses[i] = outcome.getAddress();
			outcomes[i] = code;
			remaining[i] = outcome.isSetTimes() ? outcome.getTimes() : 1;
			i++;
		}
		fallback = other;
	}

	static int code(OutcomePattern pattern, WalkPolicy policy) {
		if (pattern.getErrno() != null) {
			return -Errno.number(pattern.getErrno()).orElse(Errno.EINVAL);
		}
		if (pattern.getNamed() != null && !pattern.getNamed().eIsProxy()) {
			return policy.namedOutcome(pattern.getNamed().getName());
		}
		if (pattern.isAnyError()) {
			return -Errno.EINVAL;
		}
		return pattern.isSetCode() ? -Math.abs(pattern.getCode()) : 0;
	}

	@Override
	public int visit(VisitContext ctx, long visit) {
		long size = ctx.table().geometry().entrySize(ctx.level());
		long base = ctx.addr() & -size;
		for (int i = 0; i < addresses.length; i++) {
			if (remaining[i] > 0 && Long.compareUnsigned(addresses[i] - base, size) < 0) {
				remaining[i]--;
				return outcomes[i];
			}
		}
		return fallback;
	}
}
