package org.ptl.sim.protocol;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.FamilyQuantified;
import org.ptl.model.Invariant;
import org.ptl.model.Quantifier;

/**
 * A protocol's invariants sorted by what they read, so that the explorer checks each where it is
 * cheapest: those that read no page are checked once per global value; 'all p: PAGES: ...' whose
 * body reads only page p once per page value and global value; the others (counting pages, two
 * pages at once) on every whole state.
 */
final class ProtocolInvariants {

	private record Compiled(String name, TermCompiler.Cond cond, int pageSlot) {
	}

	private final List<Compiled> global = new ArrayList<>();
	private final List<Compiled> perPage = new ArrayList<>();
	private final List<Compiled> whole = new ArrayList<>();

	ProtocolInvariants(List<Invariant> invariants, TermCompiler terms) {
		ProtocolLayout layout = terms.layout();
		for (Invariant invariant : invariants) {
			if (!ProtocolRule.readsPages(layout, invariant.getPredicate())) {
				global.add(new Compiled(invariant.getName(), terms.condition(invariant.getPredicate()), -1));
			} else if (invariant.getPredicate() instanceof FamilyQuantified quantified
					&& quantified.getQuantifier() == Quantifier.ALL
					&& quantified.getParameter().getFamily() == layout.pages()
					&& Contents.all(quantified.getBody(), FamilyQuantified.class).stream()
							.noneMatch(inner -> inner.getParameter().getFamily() == layout.pages())) {
				perPage.add(new Compiled(invariant.getName(), terms.condition(quantified.getBody()),
						terms.parameters().slot(quantified.getParameter())));
			} else {
				whole.add(new Compiled(invariant.getName(), terms.condition(invariant.getPredicate()), -1));
			}
		}
	}

	List<String> brokenByGlobal(Frame frame) {
		List<String> broken = new ArrayList<>();
		for (Compiled invariant : global) {
			if (!invariant.cond().test(frame)) {
				broken.add(invariant.name());
			}
		}
		return broken;
	}

	/** The per-page invariants the page in view (position 0) breaks. */
	List<String> brokenByPage(Frame frame) {
		List<String> broken = new ArrayList<>();
		for (Compiled invariant : perPage) {
			frame.env[invariant.pageSlot()] = 0;
			if (!invariant.cond().test(frame)) {
				broken.add(invariant.name());
			}
		}
		return broken;
	}

	boolean hasStateInvariants() {
		return !whole.isEmpty();
	}

	List<String> brokenByState(Frame frame) {
		List<String> broken = new ArrayList<>();
		for (Compiled invariant : whole) {
			if (!invariant.cond().test(frame)) {
				broken.add(invariant.name());
			}
		}
		return broken;
	}
}
