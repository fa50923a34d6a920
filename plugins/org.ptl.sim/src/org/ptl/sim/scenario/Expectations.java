package org.ptl.sim.scenario;

import java.util.List;

import org.ptl.model.ExpectFault;
import org.ptl.model.ExpectInvariants;
import org.ptl.model.ExpectLeaves;
import org.ptl.model.ExpectMemcache;
import org.ptl.model.ExpectPte;
import org.ptl.model.ExpectResult;
import org.ptl.model.ExpectState;
import org.ptl.model.ExpectTables;
import org.ptl.model.ExpectTranslations;
import org.ptl.model.ExpectVisited;
import org.ptl.model.Expectation;
import org.ptl.model.State;
import org.ptl.sim.Errno;
import org.ptl.sim.format.DescriptorLayout;
import org.ptl.sim.format.FieldCodec;
import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.walk.WalkFlags;

/**
 * Decides whether an expectation holds in a running scenario; null when it does, otherwise what was
 * found instead.
 */
final class Expectations {

	private final ScenarioState state;

	Expectations(ScenarioState state) {
		this.state = state;
	}

	String check(Expectation expectation) {
		if (expectation instanceof ExpectResult result) {
			return result(result);
		}
		if (expectation instanceof ExpectState expected) {
			if (state.system == null) {
				return "the scenario has no binding";
			}
			State actual = state.system.state(state.instance(expected.getComponent(), expected.getIndex()),
					expected.getPage());
			return actual == expected.getState() ? null : "it is " + (actual == null ? "in no known state" : actual.getName());
		}
		if (expectation instanceof ExpectPte pte) {
			return pte(pte);
		}
		if (expectation instanceof ExpectFault fault) {
			return fault(fault);
		}
		if (expectation instanceof ExpectInvariants) {
			if (state.system == null) {
				return "the scenario has no ownership model";
			}
			List<String> broken = state.system.allViolations();
			return broken.isEmpty() ? null : String.join("; ", broken);
		}
		if (expectation instanceof ExpectLeaves leaves) {
			long found = countLeaves(state.table(leaves).library(), leaves);
			return found == leaves.getCount() ? null : found + " leaves";
		}
		if (expectation instanceof ExpectTables tables) {
			int live = state.table(tables).table().pool().livePages();
			return live == tables.getCount() ? null : live + " table pages";
		}
		if (expectation instanceof ExpectVisited visited) {
			return state.visits == visited.getCount() ? null : state.visits + " visits";
		}
		if (expectation instanceof ExpectTranslations translations) {
			return translations(translations);
		}
		if (expectation instanceof ExpectMemcache memcache) {
			int pages = state.memcache.pages();
			return pages == memcache.getPages() ? null : pages + " pages";
		}
		throw new IllegalArgumentException("cannot check a " + expectation.eClass().getName());
	}

	private String result(ExpectResult expected) {
		long want;
		if (expected.getErrno() != null) {
			want = -Errno.number(expected.getErrno()).orElse(0);
		} else if (expected.getOutcome() != null) {
			want = state.policy.namedOutcome(expected.getOutcome().getName());
		} else {
			want = expected.getValue();
		}
		if (state.result == want) {
			return null;
		}
		return "the step returned " + (state.resultIsValue ? "0x" + Long.toHexString(state.result)
				: state.policy.outcomeText((int) state.result));
	}

	private String pte(ExpectPte expected) {
		SimTable table = state.table(expected);
		PgtableLibrary.Leaf leaf = table.library().leaf(expected.getAddress());
		if (leaf == null) {
			return "no entry maps 0x" + Long.toHexString(expected.getAddress());
		}
		long descriptor = leaf.descriptor();
		String found = "0x" + Long.toHexString(descriptor) + " at level " + leaf.level();
		if (expected.isSetValue()) {
			return descriptor == expected.getValue() ? null : "it is " + found;
		}
		if (expected.isSetLevel()) {
			return leaf.level() == expected.getLevel() ? null : "it is " + found;
		}
		if (expected.isSetKind()) {
			var kind = table.table().codec().classify(descriptor, leaf.level());
			return kind == expected.getKind() ? null : "it is " + (kind == null ? "reserved" : kind.getLiteral()) + ", " + found;
		}
		DescriptorLayout layout = table.table().codec().layoutOf(descriptor, leaf.level());
		FieldCodec field = layout == null ? null : layout.field(expected.getFieldName());
		if (field == null) {
			return "descriptor " + found + " has no field '" + expected.getFieldName() + "'";
		}
		long value = field.get(descriptor);
		// an address field is compared as the address it holds, as it is written and shown
		long comparable = field.kind() == org.ptl.model.FieldKind.ADDRESS ? value << field.heldLow() : value;
		boolean matches = expected.getLiteralName() != null ? expected.getLiteralName().equals(field.literals().get(value))
				: comparable == expected.getFieldValue();
		return matches ? null : expected.getFieldName() + " is " + field.describe(value) + " in " + found;
	}

	/** Every page of the range that translates goes to the physical address plus its offset. */
	private String translations(ExpectTranslations expected) {
		SimTable table = state.table(expected);
		long page = 1L << table.table().geometry().pageShift();
		for (long offset = 0; Long.compareUnsigned(offset, expected.getSize()) < 0; offset += page) {
			long ipa = expected.getAddress() + offset;
			org.ptl.sim.translate.Translation translation = table.translator().translate(ipa,
					org.ptl.model.AccessKind.READ);
			if (!translation.faulted() && translation.outputAddress() != expected.getPa() + offset) {
				return "0x" + Long.toHexString(ipa) + " translates to 0x" + Long.toHexString(translation.outputAddress())
						+ ", not 0x" + Long.toHexString(expected.getPa() + offset);
			}
		}
		return null;
	}

	private String fault(ExpectFault expected) {
		if (state.translation == null) {
			return "no translate step before";
		}
		if (!state.translation.faulted()) {
			return "it translated to " + state.translation.text();
		}
		boolean kind = state.translation.fault() == expected.getFault();
		boolean level = !expected.isSetLevel() || state.translation.level() == expected.getLevel();
		return kind && level ? null : "it was a " + state.translation.text();
	}

	private static long countLeaves(PgtableLibrary library, ExpectLeaves expected) {
		long[] count = { 0 };
		library.walker().walk(library.table(), expected.getAddress(), expected.getSize(), (ctx, visit) -> {
			if (ctx.table().codec().isValid(ctx.old()) && (!expected.isSetLevel() || ctx.level() == expected.getLevel())) {
				count[0]++;
			}
			return 0;
		}, WalkFlags.LEAF);
		return count[0];
	}
}
