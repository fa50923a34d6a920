package org.ptl.sim.scenario;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.AccessKind;
import org.ptl.model.MapStep;
import org.ptl.model.MemcacheStep;
import org.ptl.model.MkoldStep;
import org.ptl.model.MkyoungStep;
import org.ptl.model.ProtFlag;
import org.ptl.model.RelaxStep;
import org.ptl.model.SetOwnerStep;
import org.ptl.model.SplitStep;
import org.ptl.model.Step;
import org.ptl.model.TranslateStep;
import org.ptl.model.UnmapStep;
import org.ptl.model.WalkStep;
import org.ptl.model.WrprotectStep;
import org.ptl.sim.Errno;
import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.table.Memcache;

/**
 * Performs one page-table step of a scenario on its table and returns its result as text; the
 * result stays in the scenario's state for the expectations that follow.
 */
final class StepRunner {

	private final ScenarioState state;
	final List<String> notes = new ArrayList<>();

	StepRunner(ScenarioState state) {
		this.state = state;
	}

	String run(Step step) {
		notes.clear();
		if (step instanceof MemcacheStep memcache) {
			state.memcache.set(memcache.getPages());
			return memcache.getPages() < 0 ? "no memcache" : memcache.getPages() + " pages in the memcache";
		}
		SimTable table = state.table(step);
		PgtableLibrary library = table.library();
		if (step instanceof MapStep map) {
			return status(library.map(map.getAddress(), map.getSize(), map.getPa(), prot(library, map.getProt()),
					state.policy.flags().of(map.getWalkFlags())));
		}
		if (step instanceof UnmapStep unmap) {
			return status(library.unmap(unmap.getAddress(), unmap.getSize()));
		}
		if (step instanceof RelaxStep relax) {
			return status(library.relax(relax.getAddress(), prot(library, relax.getProt())));
		}
		if (step instanceof WrprotectStep wrprotect) {
			return status(library.wrprotect(wrprotect.getAddress(), wrprotect.getSize()));
		}
		if (step instanceof MkyoungStep mkyoung) {
			long before = library.mkyoung(mkyoung.getAddress());
			state.setResult(before, true);
			return "0x" + Long.toHexString(before);
		}
		if (step instanceof MkoldStep mkold) {
			boolean young = library.testClearYoung(mkold.getAddress(), mkold.getSize(), true);
			state.setResult(young ? 1 : 0, true);
			return young ? "1 (was young)" : "0 (was old)";
		}
		if (step instanceof SplitStep split) {
			Memcache cache = split.isSetCachePages() ? Memcache.of(split.getCachePages()) : state.memcache;
			int result = library.split(split.getAddress(), split.getSize(), cache);
			if (split.isSetCachePages()) {
				notes.add(cache.pages() + " pages left in the split cache");
			}
			return status(result);
		}
		if (step instanceof SetOwnerStep owner) {
			return status(library.setOwner(owner.getAddress(), owner.getSize(), owner.getOwner()));
		}
		if (step instanceof TranslateStep translate) {
			AccessKind access = translate.getAccess() == null ? AccessKind.READ : translate.getAccess();
			state.translation = table.translator().translate(translate.getAddress(), access);
			state.setResult(state.translation.faulted() ? 0 : state.translation.outputAddress(), true);
			return state.translation.text();
		}
		if (step instanceof WalkStep walk) {
			return walk(library, walk);
		}
		throw new IllegalArgumentException("cannot run a " + step.eClass().getName());
	}

	private String walk(PgtableLibrary library, WalkStep walk) {
		long flags = state.policy.flags().of(walk.getWalkFlags());
		for (String visit : walk.getVisits()) {
			flags |= state.policy.flags().bit(visit);
		}
		long visitsBefore = state.walker.visits();
		int result = state.walker.walk(library.table(), walk.getAddress(), walk.getSize(),
				new ScriptedVisitor(walk.getOutcomes(), state.policy), flags);
		state.visits = state.walker.visits() - visitsBefore;
		state.setResult(result, false);
		notes.add(state.visits + " visits, flags " + state.policy.flags().text(flags) + ", policy "
				+ state.policy.name());
		return state.policy.outcomeText(result);
	}

	private String status(int result) {
		state.setResult(result, false);
		return Errno.text(result);
	}

	private static long prot(PgtableLibrary library, List<ProtFlag> flags) {
		long prot = 0;
		for (ProtFlag flag : flags) {
			prot |= library.operations().flags().bit(flag.getName());
		}
		return prot;
	}
}
