package org.ptl.sim.walk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.support.WalkFlagNames;

/**
 * Walker flags as bits (enum kvm_pgtable_walk_flags). The visit kinds and the flags Linux defines
 * keep fixed bits, so operations and policies agree on them; any other flag a policy declares gets
 * the next free bit.
 */
public final class WalkFlags {

	public static final long LEAF = 1L;
	public static final long TABLE_PRE = 1L << 1;
	public static final long TABLE_POST = 1L << 2;
	public static final long SHARED = 1L << 3;
	public static final long HANDLE_FAULT = 1L << 4;
	public static final long IGNORE_EAGAIN = 1L << 5;
	public static final long SKIP_BBM_TLBI = 1L << 6;
	public static final long SKIP_CMO = 1L << 7;

	private final Map<String, Long> bits = new LinkedHashMap<>();

	/** The flags Linux knows plus the policy's own, in the order declared. */
	public WalkFlags(List<String> declared) {
		for (String linux : WalkFlagNames.LINUX) {
			bits.put(linux, 1L << bits.size());
		}
		long next = 1L << bits.size();
		for (String name : declared) {
			if (!bits.containsKey(name)) {
				bits.put(name, next);
				next <<= 1;
			}
		}
	}

	/** The bit of a flag, or 0 for a name no one declared. */
	public long bit(String name) {
		return bits.getOrDefault(name, 0L);
	}

	public boolean known(String name) {
		return bits.containsKey(name);
	}

	public long of(Iterable<String> names) {
		long flags = 0;
		for (String name : names) {
			flags |= bit(name);
		}
		return flags;
	}

	/** The flags set, by name: "LEAF | SHARED". */
	public String text(long flags) {
		StringBuilder text = new StringBuilder();
		for (Map.Entry<String, Long> entry : bits.entrySet()) {
			if ((flags & entry.getValue()) != 0) {
				text.append(text.length() == 0 ? "" : " | ").append(entry.getKey());
			}
		}
		return text.length() == 0 ? "0" : text.toString();
	}
}
