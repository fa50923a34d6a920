package org.ptl.sim.protocol;

import java.util.Map;

import org.ptl.model.BooleanTerm;
import org.ptl.model.NumberTerm;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.Term;
import org.ptl.model.VariableAccess;

/**
 * The initial state: every instance of every variable at its initial value (false, a counter's
 * least value, an enum's first literal, a descriptor with its kept fields 0, unless the variable
 * says otherwise), every program counter idle. All pages start alike.
 */
final class ProtocolStates {

	private final long global;
	private final long page;

	ProtocolStates(ProtocolLayout layout) {
		long g = 0;
		long p = 0;
		for (Map.Entry<ProtocolVariable, ProtocolLayout.Slots> entry : layout.variables().entrySet()) {
			ValueCodec codec = layout.codec(entry.getKey());
			long raw = codec.raw(initial(entry.getKey(), codec));
			ProtocolLayout.Slots slots = entry.getValue();
			for (int index = 0; index < slots.instances(); index++) {
				int bit = slots.offset() + index * slots.width();
				if (slots.page()) {
					p = ProtocolLayout.set(p, bit, slots.width(), raw);
				} else {
					g = ProtocolLayout.set(g, bit, slots.width(), raw);
				}
			}
		}
		this.global = g;
		this.page = p;
	}

	private static long initial(ProtocolVariable variable, ValueCodec codec) {
		Term initial = variable.getInitial();
		if (initial == null) {
			return codec.kind() == ValueCodec.Kind.RANGE ? codec.min() : 0;
		}
		if (initial instanceof BooleanTerm bool) {
			return bool.isValue() ? 1 : 0;
		}
		if (initial instanceof NumberTerm number) {
			if (codec.kind() == ValueCodec.Kind.DESCRIPTOR) {
				long packed = codec.fromDescriptor(number.getValue());
				if (packed < 0) {
					throw new IllegalArgumentException("the initial value of '" + variable.getName()
							+ "' sets bits no field of its descriptor holds");
				}
				return packed;
			}
			if (!codec.fits(number.getValue())) {
				throw new IllegalArgumentException("the initial value of '" + variable.getName() + "' does not fit it");
			}
			return number.getValue();
		}
		VariableAccess literal = (VariableAccess) initial;
		int index = codec.literals().indexOf(literal.getTarget().getName());
		if (index < 0) {
			throw new IllegalArgumentException("the initial value of '" + variable.getName() + "' is not one of its literals");
		}
		return index;
	}

	long initial(boolean onPage) {
		return onPage ? page : global;
	}
}
