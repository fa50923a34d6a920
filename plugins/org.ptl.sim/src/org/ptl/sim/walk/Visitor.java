package org.ptl.sim.walk;

/**
 * A walk's callback (kvm_pgtable_walker::cb): called for one entry with one visit kind (LEAF,
 * TABLE_PRE or TABLE_POST), returns 0, a negative errno, or a named outcome (positive).
 */
@FunctionalInterface
public interface Visitor {

	int visit(VisitContext context, long visit);
}
