package org.ptl.sim.kvm;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.ProtFlag;

/**
 * The abstract protection flags of an operations element (enum kvm_pgtable_prot) as bits of a
 * protection value, in the order declared.
 */
public final class ProtFlags {

	private final Map<String, Long> bits = new LinkedHashMap<>();

	ProtFlags(List<ProtFlag> flags) {
		long bit = 1;
		for (ProtFlag flag : flags) {
			if (!bits.containsKey(flag.getName())) {
				bits.put(flag.getName(), bit);
				bit <<= 1;
			}
		}
	}

	public long bit(String name) {
		Long bit = bits.get(name);
		if (bit == null) {
			throw new IllegalArgumentException("no protection flag '" + name + "'");
		}
		return bit;
	}

	public long of(Collection<String> names) {
		long prot = 0;
		for (String name : names) {
			prot |= bit(name);
		}
		return prot;
	}

	/** "R | W" or "0". */
	public String text(long prot) {
		StringBuilder text = new StringBuilder();
		for (Map.Entry<String, Long> entry : bits.entrySet()) {
			if ((prot & entry.getValue()) != 0) {
				text.append(text.length() == 0 ? "" : " | ").append(entry.getKey());
			}
		}
		return text.length() == 0 ? "0" : text.toString();
	}
}
