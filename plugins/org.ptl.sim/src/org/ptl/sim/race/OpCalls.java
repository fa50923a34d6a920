package org.ptl.sim.race;

import java.util.List;

import org.ptl.model.MapStep;
import org.ptl.model.MkoldStep;
import org.ptl.model.MkyoungStep;
import org.ptl.model.ProtFlag;
import org.ptl.model.RelaxStep;
import org.ptl.model.SetOwnerStep;
import org.ptl.model.SplitStep;
import org.ptl.model.Step;
import org.ptl.model.UnmapStep;
import org.ptl.model.WrprotectStep;
import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.walk.WalkPolicy;

/**
 * Performs a racing CPU's operation with its own library (its own walker and page cache) on the
 * shared table, as a scenario step would: the same calls, the same results.
 */
final class OpCalls {

	private OpCalls() {
	}

	static long perform(Step step, PgtableLibrary library, WalkPolicy policy, Memcache cache) {
		if (step instanceof MapStep map) {
			return library.map(map.getAddress(), map.getSize(), map.getPa(), prot(library, map.getProt()),
					policy.flags().of(map.getWalkFlags()));
		}
		if (step instanceof UnmapStep unmap) {
			return library.unmap(unmap.getAddress(), unmap.getSize());
		}
		if (step instanceof RelaxStep relax) {
			return library.relax(relax.getAddress(), prot(library, relax.getProt()));
		}
		if (step instanceof WrprotectStep wrprotect) {
			return library.wrprotect(wrprotect.getAddress(), wrprotect.getSize());
		}
		if (step instanceof MkyoungStep mkyoung) {
			return library.mkyoung(mkyoung.getAddress());
		}
		if (step instanceof MkoldStep mkold) {
			return library.testClearYoung(mkold.getAddress(), mkold.getSize(), true) ? 1 : 0;
		}
		if (step instanceof SplitStep split) {
			return library.split(split.getAddress(), split.getSize(), cache);
		}
		if (step instanceof SetOwnerStep owner) {
			return library.setOwner(owner.getAddress(), owner.getSize(), owner.getOwner());
		}
		throw new IllegalArgumentException("a CPU cannot run a " + step.eClass().getName());
	}

	/**
	 * Reserves each CPU's pages for each of its operations up front, indexed [cpu][op]: a run hands
	 * them to the operation's cache, so every run allocates the same pages.
	 */
	static int[][][] reserve(PageTable table, List<CpuProgram> programs) {
		int levels = table.geometry().lastLevel() - table.geometry().firstLevel();
		int[][][] reserved = new int[programs.size()][][];
		for (int cpu = 0; cpu < programs.size(); cpu++) {
			List<CpuOp> ops = programs.get(cpu).ops();
			reserved[cpu] = new int[ops.size()][];
			for (int op = 0; op < ops.size(); op++) {
				reserved[cpu][op] = table.pool()
						.reserve(pagesNeeded(ops.get(op).step(), table.pool().entriesPerPage(), levels));
			}
		}
		return reserved;
	}

	/** How many table pages the operation may need: its cache, topped up before it as KVM does. */
	static int pagesNeeded(Step step, int entriesPerPage, int levels) {
		if (step instanceof SplitStep split) {
			return split.isSetCachePages() ? split.getCachePages() : entriesPerPage + 1;
		}
		if (step instanceof MapStep || step instanceof SetOwnerStep) {
			return 2 * levels;
		}
		return 0;
	}

	private static long prot(PgtableLibrary library, List<ProtFlag> flags) {
		long prot = 0;
		for (ProtFlag flag : flags) {
			prot |= library.operations().flags().bit(flag.getName());
		}
		return prot;
	}
}
