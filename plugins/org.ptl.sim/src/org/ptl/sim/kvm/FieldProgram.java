package org.ptl.sim.kvm;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.AssignOperator;
import org.ptl.model.AttributeRule;
import org.ptl.model.FieldAssignment;
import org.ptl.model.RuleCondition;
import org.ptl.sim.format.DescriptorLayout;
import org.ptl.sim.format.FieldCodec;

/**
 * An operation's attribute rules compiled to mask arithmetic: for each rule, the protection flag
 * it depends on, the bits of the field it changes, and how ('=', '|=', '&='). Applying a program to
 * a descriptor and a protection value makes no objects.
 */
final class FieldProgram {

	private static final int ALWAYS = 0;
	private static final int WHEN = 1;
	private static final int UNLESS = 2;

	private final int[] conditions;
	private final long[] flagBits;
	private final long[] masks;
	private final long[] values;
	private final int[] operators;

	private FieldProgram(int size) {
		conditions = new int[size];
		flagBits = new long[size];
		masks = new long[size];
		values = new long[size];
		operators = new int[size];
	}

	static FieldProgram compile(List<AttributeRule> rules, DescriptorLayout leaf, ProtFlags flags) {
		List<long[]> steps = new ArrayList<>();
		for (AttributeRule rule : rules) {
			int condition = rule.getCondition() == RuleCondition.WHEN ? WHEN
					: rule.getCondition() == RuleCondition.UNLESS ? UNLESS : ALWAYS;
			long flagBit = rule.getFlag() == null ? 0 : flags.bit(rule.getFlag().getName());
			for (FieldAssignment assignment : rule.getAssignments()) {
				FieldCodec field = assignment.getField() == null ? null : leaf.field(assignment.getField().getName());
				if (field == null) {
					throw new IllegalArgumentException("the leaf descriptor '" + leaf.name() + "' has no field '"
							+ (assignment.getField() == null ? "?" : assignment.getField().getName()) + "'");
				}
				long value = assignment.getLiteral() != null ? assignment.getLiteral().getValue() : assignment.getValue();
				steps.add(new long[] { condition, flagBit, field.mask(), (value << field.low()) & field.mask(),
						assignment.getOperator().getValue() });
			}
		}
		FieldProgram program = new FieldProgram(steps.size());
		for (int i = 0; i < steps.size(); i++) {
			long[] step = steps.get(i);
			program.conditions[i] = (int) step[0];
			program.flagBits[i] = step[1];
			program.masks[i] = step[2];
			program.values[i] = step[3];
			program.operators[i] = (int) step[4];
		}
		return program;
	}

	static FieldProgram empty() {
		return new FieldProgram(0);
	}

	long apply(long descriptor, long prot) {
		long result = descriptor;
		for (int i = 0; i < masks.length; i++) {
			boolean applies = switch (conditions[i]) {
			case WHEN -> (prot & flagBits[i]) != 0;
			case UNLESS -> (prot & flagBits[i]) == 0;
			default -> true;
			};
			if (!applies) {
				continue;
			}
			if (operators[i] == AssignOperator.ASSIGN_VALUE) {
				result = (result & ~masks[i]) | values[i];
			} else if (operators[i] == AssignOperator.OR_VALUE) {
				result |= values[i];
			} else {
				result &= ~masks[i] | values[i];
			}
		}
		return result;
	}

	/** True when applying the program for the flag alone would not change the descriptor. */
	boolean satisfied(long descriptor, long prot) {
		return apply(descriptor, prot) == descriptor;
	}

	/** The bits the rules conditioned on the flag change. */
	long maskFor(long flagBit) {
		long mask = 0;
		for (int i = 0; i < masks.length; i++) {
			if (conditions[i] != ALWAYS && flagBits[i] == flagBit) {
				mask |= masks[i];
			}
		}
		return mask;
	}

	/** The bits any rule of the program may change. */
	long touchedMask() {
		long mask = 0;
		for (long fieldMask : masks) {
			mask |= fieldMask;
		}
		return mask;
	}
}
