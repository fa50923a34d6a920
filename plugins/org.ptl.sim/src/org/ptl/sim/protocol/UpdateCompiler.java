package org.ptl.sim.protocol;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.Action;
import org.ptl.model.Assignment;
import org.ptl.model.EachUpdate;
import org.ptl.model.Family;
import org.ptl.model.ProtocolUpdate;
import org.ptl.model.UpdateOperator;
import org.ptl.model.ValueTest;

/**
 * Compiles an action's updates: each assignment reads the state before the step (its condition,
 * its value) and records a write; for-each updates over a family repeat their updates for every
 * member. Updates for every page (a for-each over the pages, in an action on no page) are kept
 * apart: the explorer applies them to each page value on its own.
 */
final class UpdateCompiler {

	/** A compiled update. */
	interface Update {
		void collect(Frame frame, Writes writes);
	}

	/**
	 * An action's updates, compiled.
	 *
	 * @param updates   those of the global word and of the action's page
	 * @param each      those applied to every page
	 * @param eachSlot  the parameter the every-page updates name their page by, or -1
	 */
	record Compiled(List<Update> updates, List<Update> each, int eachSlot) {
	}

	private final TermCompiler terms;
	private final Action action;

	UpdateCompiler(TermCompiler terms, Action action) {
		this.terms = terms;
		this.action = action;
	}

	Compiled compile(List<ProtocolUpdate> updates) {
		List<Update> own = new ArrayList<>();
		List<Update> each = new ArrayList<>();
		int eachSlot = -1;
		for (ProtocolUpdate update : updates) {
			if (update instanceof EachUpdate loop && loop.getParameter().getFamily() == terms.layout().pages()) {
				eachSlot = terms.parameters().slot(loop.getParameter());
				for (ProtocolUpdate inner : loop.getUpdates()) {
					each.add(update(inner));
				}
			} else {
				own.add(update(update));
			}
		}
		return new Compiled(own, each, eachSlot);
	}

	private Update update(ProtocolUpdate update) {
		if (update instanceof EachUpdate loop) {
			Family family = loop.getParameter().getFamily();
			if (family == terms.layout().pages()) {
				throw new IllegalArgumentException("action '" + action.getName()
						+ "' updates every page inside another loop; only an action on no page may, at its top");
			}
			int slot = terms.parameters().slot(loop.getParameter());
			int size = terms.layout().size(family);
			List<Update> body = new ArrayList<>();
			for (ProtocolUpdate inner : loop.getUpdates()) {
				body.add(update(inner));
			}
			return (frame, writes) -> {
				int saved = frame.env[slot];
				for (int member = 1; member <= size; member++) {
					frame.env[slot] = member;
					for (Update inner : body) {
						inner.collect(frame, writes);
					}
				}
				frame.env[slot] = saved;
			};
		}
		return assignment((Assignment) update);
	}

	private Update assignment(Assignment assignment) {
		Address target = new Address(assignment.getTarget(), terms.layout(), terms.parameters());
		TermCompiler.Cond condition = assignment.getCondition() == null ? null : terms.condition(assignment.getCondition());
		UpdateOperator operator = assignment.getOperator();
		TermCompiler.Val value;
		boolean bool = target.field() == null && target.codec().kind() == ValueCodec.Kind.BOOL;
		if (bool) {
			TermCompiler.Cond holds = terms.condition(assignment.getValue());
			value = frame -> holds.test(frame) ? 1 : 0;
		} else {
			ValueTest term = (ValueTest) assignment.getValue();
			value = terms.value(term.getLeft(), assignment.getTarget());
		}
		return (frame, writes) -> {
			if (condition != null && !condition.test(frame)) {
				return;
			}
			long v = value.get(frame);
			long result = switch (operator) {
			case ASSIGN -> v;
			case ADD -> target.read(frame) + v;
			case SUBTRACT -> target.read(frame) - v;
			};
			if (v == Long.MIN_VALUE || !target.fits(result)) {
				if (writes.pastBound == null) {
					writes.pastBound = "action '" + action.getName() + "' takes " + target.text(frame) + " to "
							+ (v == Long.MIN_VALUE ? "a value its fields cannot hold" : result) + ", past "
							+ bounds(target);
				}
				return;
			}
			target.write(frame, result, writes);
		};
	}

	private static String bounds(Address target) {
		if (target.field() != null) {
			return "its " + target.width() + " bits";
		}
		ValueCodec codec = target.codec();
		return codec.kind() == ValueCodec.Kind.RANGE ? "its range " + codec.min() + ".." + codec.max() : "its values";
	}
}
