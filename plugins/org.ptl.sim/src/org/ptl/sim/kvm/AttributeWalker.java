package org.ptl.sim.kvm;

import org.ptl.model.OperationKind;
import org.ptl.sim.Errno;
import org.ptl.sim.maintenance.MaintenanceEvent;
import org.ptl.sim.maintenance.MaintenanceKind;
import org.ptl.sim.walk.KeyedVisitor;
import org.ptl.sim.walk.VisitContext;

/**
 * stage2_attr_walker(): applies an operation's rules to every valid leaf (relax_perms, wrprotect,
 * mkyoung), returns -EAGAIN for an invalid entry or a lost compare-and-swap, and remembers the last
 * leaf's value before the change and its level.
 */
final class AttributeWalker implements KeyedVisitor {

	private final PgtableLibrary library;
	private final OperationKind kind;
	private final long prot;
	long originalDescriptor;
	int level;

	AttributeWalker(PgtableLibrary library, OperationKind kind, long prot) {
		this.library = library;
		this.kind = kind;
		this.prot = prot;
	}

	@Override
	public long stateKey() {
		return originalDescriptor * 31 + level;
	}

	@Override
	public int visit(VisitContext ctx, long visit) {
		long old = ctx.old();
		if (!ctx.table().codec().isValid(old)) {
			return -Errno.EAGAIN;
		}
		level = ctx.level();
		originalDescriptor = old;
		long updated = library.operations().apply(kind, old, prot);
		if (updated != old) {
			// stage2_attr_walker() invalidates the leaf's output range whatever its memory type
			if (library.maintenance().wanted() && library.executable(updated) && !library.executable(old)) {
				library.maintenance().perform(MaintenanceEvent.range(MaintenanceKind.IC_IVAU,
						ctx.table().codec().outputAddress(updated, ctx.level()),
						ctx.table().geometry().entrySize(ctx.level())));
			}
			if (!library.updates().trySet(ctx, updated)) {
				return -Errno.EAGAIN;
			}
		}
		return 0;
	}
}
