package org.ptl.sim.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ptl.model.Action;
import org.ptl.model.Field;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.support.Bits;
import org.ptl.sim.explore.TraceStep;

/**
 * A protocol's state in words: every variable instance by name and indices (members, then the
 * page), descriptors field by field with enum names, program counters by the step they are at; and
 * the changes a step made, each variable or field that differs, before and after.
 */
final class ProtocolText {

	private final ProtocolLayout layout;

	ProtocolText(ProtocolLayout layout) {
		this.layout = layout;
	}

	/** Each instance of the word (the global one when page is -1) that differs between before and after. */
	void changes(long before, long after, int page, List<TraceStep.Change> changes) {
		for (Map.Entry<ProtocolVariable, ProtocolLayout.Slots> entry : layout.variables().entrySet()) {
			ProtocolLayout.Slots slots = entry.getValue();
			if (slots.page() != (page >= 0)) {
				continue;
			}
			ValueCodec codec = layout.codec(entry.getKey());
			for (int index = 0; index < slots.instances(); index++) {
				int bit = slots.offset() + index * slots.width();
				long old = ProtocolLayout.get(before, bit, slots.width());
				long now = ProtocolLayout.get(after, bit, slots.width());
				if (old == now) {
					continue;
				}
				String name = instance(slots, entry.getKey().getName(), index, page);
				if (codec.kind() == ValueCodec.Kind.DESCRIPTOR) {
					for (Field field : codec.fields()) {
						long a = fieldOf(codec, field, old);
						long b = fieldOf(codec, field, now);
						if (a != b) {
							changes.add(new TraceStep.Change(name + "." + field.getName(), ValueCodec.fieldText(field, a),
									ValueCodec.fieldText(field, b)));
						}
					}
				} else {
					changes.add(new TraceStep.Change(name, codec.text(codec.value(old)), codec.text(codec.value(now))));
				}
			}
		}
		for (Map.Entry<Action, ProtocolLayout.Slots> entry : layout.counters().entrySet()) {
			ProtocolLayout.Slots slots = entry.getValue();
			if (slots.page() != (page >= 0)) {
				continue;
			}
			for (int index = 0; index < slots.instances(); index++) {
				int bit = slots.offset() + index * slots.width();
				long old = ProtocolLayout.get(before, bit, slots.width());
				long now = ProtocolLayout.get(after, bit, slots.width());
				if (old != now) {
					Action action = entry.getKey();
					changes.add(new TraceStep.Change(call(slots, action.getName(), index, page), stepName(action, old),
							stepName(action, now)));
				}
			}
		}
	}

	private static long fieldOf(ValueCodec codec, Field field, long packed) {
		return (packed >>> codec.offset(field)) & ((1L << Bits.width(field.getBits())) - 1);
	}

	/** A program counter as the step it is at: "idle" before the first. */
	private static String stepName(Action action, long pc) {
		return pc == 0 ? "idle" : "at " + action.getSteps().get((int) pc).getName();
	}

	/** "fault(1, 0)": an action instance by its members, then its page. */
	private static String call(ProtocolLayout.Slots slots, String name, int index, int page) {
		String instance = instance(slots, name, index, page);
		return instance.contains("[") ? instance.replace('[', '(').replace(']', ')') : name + "()";
	}

	/** "seg[2, 0]": the members of instance index, then the page. */
	private static String instance(ProtocolLayout.Slots slots, String name, int index, int page) {
		List<String> indices = new ArrayList<>();
		for (int member : slots.members(index)) {
			indices.add(Integer.toString(member));
		}
		if (page >= 0) {
			indices.add(Integer.toString(page));
		}
		return indices.isEmpty() ? name : name + "[" + String.join(", ", indices) + "]";
	}

	/** A step of a counterexample: the rule's actor and call, and what it changed (every page, for a rule on no page). */
	TraceStep step(ProtocolRule rule, boolean global, int page, long globalBefore, long[] pagesBefore, long globalAfter,
			long[] pagesAfter) {
		List<TraceStep.Change> changes = new ArrayList<>();
		changes(globalBefore, globalAfter, -1, changes);
		for (int p = 0; p < pagesBefore.length; p++) {
			if (p == page || global) {
				changes(pagesBefore[p], pagesAfter[p], p, changes);
			}
		}
		String transition = rule.action.getName() + (rule.step == null ? "" : "." + rule.step.getName());
		return new TraceStep(rule.actor + " " + rule.call(page), transition, page, rule.actor, null, changes, rule.actor);
	}

	/** The whole state: the page given, or every page, then the global variables. */
	String describe(long global, long[] pages, int page) {
		List<String> parts = new ArrayList<>();
		if (page >= 0) {
			parts.add("page " + page + ": " + describe(pages[page], page));
		} else {
			for (int p = 0; p < pages.length; p++) {
				parts.add("page " + p + ": " + describe(pages[p], p));
			}
		}
		String globals = describe(global, -1);
		if (!globals.isEmpty()) {
			parts.add(globals);
		}
		return String.join("; ", parts);
	}

	/** Every variable instance of a word, "name value" or "name {field value, ...}", idle counters left out. */
	String describe(long word, int page) {
		List<String> parts = new ArrayList<>();
		for (Map.Entry<ProtocolVariable, ProtocolLayout.Slots> entry : layout.variables().entrySet()) {
			ProtocolLayout.Slots slots = entry.getValue();
			if (slots.page() != (page >= 0)) {
				continue;
			}
			ValueCodec codec = layout.codec(entry.getKey());
			for (int index = 0; index < slots.instances(); index++) {
				long raw = ProtocolLayout.get(word, slots.offset() + index * slots.width(), slots.width());
				String name = instance(slots, entry.getKey().getName(), index, page);
				if (codec.kind() == ValueCodec.Kind.DESCRIPTOR) {
					List<String> fields = new ArrayList<>();
					for (Field field : codec.fields()) {
						fields.add(field.getName() + " " + ValueCodec.fieldText(field, fieldOf(codec, field, raw)));
					}
					parts.add(name + " {" + String.join(", ", fields) + "}");
				} else {
					parts.add(name + " " + codec.text(codec.value(raw)));
				}
			}
		}
		for (Map.Entry<Action, ProtocolLayout.Slots> entry : layout.counters().entrySet()) {
			ProtocolLayout.Slots slots = entry.getValue();
			if (slots.page() != (page >= 0)) {
				continue;
			}
			for (int index = 0; index < slots.instances(); index++) {
				long pc = ProtocolLayout.get(word, slots.offset() + index * slots.width(), slots.width());
				if (pc != 0) {
					parts.add(call(slots, entry.getKey().getName(), index, page) + " at "
							+ entry.getKey().getSteps().get((int) pc).getName());
				}
			}
		}
		return String.join(", ", parts);
	}
}
