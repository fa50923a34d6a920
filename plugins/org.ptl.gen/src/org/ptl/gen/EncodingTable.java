package org.ptl.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.Claim;
import org.ptl.model.Encoding;
import org.ptl.model.ReservedEncoding;
import org.ptl.model.State;
import org.ptl.model.StateEncoding;
import org.ptl.model.support.Bits;

/**
 * An encoding as generators present it: where its bits are (a claim's bits of a descriptor, or the
 * low bits of a side-table value), every state of its model in the model's order with its value or
 * none, and the reserved values. A state the encoding does not mention is treated like one written
 * 'not encoded': no value stands for it.
 */
public final class EncodingTable {

	/** One state of the model and its value in this encoding (null when it has none). */
	public record Row(State state, Long value, boolean declaredNotEncoded) {
	}

	private final Encoding encoding;
	private final List<Row> rows = new ArrayList<>();
	private final int shift;
	private final int width;

	public EncodingTable(Encoding encoding) {
		this.encoding = encoding;
		Map<State, StateEncoding> entries = new LinkedHashMap<>();
		for (StateEncoding entry : encoding.getEntries()) {
			entries.putIfAbsent(entry.getState(), entry);
		}
		if (encoding.getModel() != null) {
			for (State state : encoding.getModel().getStates()) {
				StateEncoding entry = entries.get(state);
				boolean notEncoded = entry == null || entry.isNotEncoded();
				rows.add(new Row(state, notEncoded ? null : entry.getValue(), entry != null && entry.isNotEncoded()));
			}
		}
		Claim claim = claim();
		if (claim != null) {
			this.shift = Bits.low(claim.getBits());
			this.width = Bits.width(claim.getBits());
		} else {
			this.shift = 0;
			this.width = encoding.isSetWidth() ? encoding.getWidth() : 64;
		}
	}

	public Encoding encoding() {
		return encoding;
	}

	/** The claim whose bits hold the encoding, or null for a side-table encoding ('as N bits'). */
	public Claim claim() {
		Claim claim = encoding.getClaim();
		return claim == null || claim.eIsProxy() || !Bits.isWellFormed(claim.getBits()) ? null : claim;
	}

	public List<Row> rows() {
		return rows;
	}

	public List<ReservedEncoding> reserved() {
		return encoding.getReserved();
	}

	public int shift() {
		return shift;
	}

	public int width() {
		return width;
	}

	/** The encoding's bits in place: in the descriptor for a claim, the low bits for a side table. */
	public long mask() {
		return Bits.mask(shift + width - 1, shift);
	}

	/** The state a value stands for, or null for a reserved or unassigned value. */
	public State stateOf(long value) {
		for (Row row : rows) {
			if (row.value() != null && row.value() == value) {
				return row.state();
			}
		}
		return null;
	}

	/** Values the encoding's bits can hold that stand for no state and are not declared reserved. */
	public List<Long> unassigned(int limit) {
		List<Long> values = new ArrayList<>();
		if (width > 16) {
			return values;
		}
		for (long value = 0; value < (1L << width) && values.size() < limit; value++) {
			long candidate = value;
			boolean reservedValue = reserved().stream().anyMatch(r -> r.getValue() == candidate);
			if (stateOf(value) == null && !reservedValue) {
				values.add(value);
			}
		}
		return values;
	}
}
