package org.ptl.sim.own;

import java.util.HashMap;
import java.util.Map;

import org.ptl.model.Encoding;
import org.ptl.model.State;
import org.ptl.model.StateEncoding;
import org.ptl.model.support.Bits;

/**
 * An encoding compiled for the engine: the bits it lives in (a claim's bits of a descriptor, or a
 * side table's value) and the state each value stands for; the state written 'not encoded' is what
 * an entry without a valid mapping means.
 */
public final class StateCodec {

	private final Encoding encoding;
	private final Map<Long, State> byValue = new HashMap<>();
	private final Map<State, Long> byState = new HashMap<>();
	private final State notEncoded;
	private final long claimMask;
	private final int claimLow;

	public StateCodec(Encoding encoding) {
		this.encoding = encoding;
		State unencoded = null;
		for (StateEncoding entry : encoding.getEntries()) {
			if (entry.isNotEncoded()) {
				unencoded = unencoded == null ? entry.getState() : unencoded;
			} else {
				byValue.putIfAbsent(entry.getValue(), entry.getState());
				byState.putIfAbsent(entry.getState(), entry.getValue());
			}
		}
		this.notEncoded = unencoded;
		if (encoding.getClaim() != null && !encoding.getClaim().eIsProxy()) {
			this.claimMask = Bits.mask(encoding.getClaim().getBits());
			this.claimLow = Bits.low(encoding.getClaim().getBits());
		} else {
			this.claimMask = 0;
			this.claimLow = 0;
		}
	}

	public Encoding encoding() {
		return encoding;
	}

	/** The state a value stands for, or null for a reserved or unknown value. */
	public State stateOf(long value) {
		return byValue.get(value);
	}

	public boolean encodes(State state) {
		return byState.containsKey(state);
	}

	/** The state's value; the state must be encoded. */
	public long valueOf(State state) {
		Long value = byState.get(state);
		if (value == null) {
			throw new IllegalArgumentException("state " + state.getName() + " is not encoded in " + encoding.getName());
		}
		return value;
	}

	/** The state an entry without a valid mapping stands for, or null when every state is encoded. */
	public State notEncoded() {
		return notEncoded;
	}

	/** The state a valid descriptor's claim bits stand for, or null. */
	public State stateOfDescriptor(long descriptor) {
		return stateOf((descriptor & claimMask) >>> claimLow);
	}

	/** The claim bits of the state, in place in a descriptor. */
	public long descriptorBits(State state) {
		return (valueOf(state) << claimLow) & claimMask;
	}

	public long claimMask() {
		return claimMask;
	}
}
