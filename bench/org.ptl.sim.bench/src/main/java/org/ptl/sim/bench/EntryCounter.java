package org.ptl.sim.bench;

import org.ptl.sim.walk.VisitContext;
import org.ptl.sim.walk.Visitor;
import org.ptl.sim.walk.WalkFlags;

/**
 * A walk's visitor that reads what it visits, as the read-only walks of KVM do (get_leaf, the
 * dirty-log and ageing walks): counts valid leaves and table entries, and folds the descriptors
 * into a sum, so that the JIT cannot drop the reads.
 */
final class EntryCounter implements Visitor {

	long leaves;
	long tables;
	long sum;

	@Override
	public int visit(VisitContext ctx, long visit) {
		long old = ctx.old();
		sum += old;
		if (visit == WalkFlags.LEAF) {
			if (ctx.table().codec().isValid(old)) {
				leaves++;
			}
		} else if (visit == WalkFlags.TABLE_PRE) {
			tables++;
		}
		return 0;
	}

	void reset() {
		leaves = 0;
		tables = 0;
		sum = 0;
	}
}
