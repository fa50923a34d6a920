package org.ptl.sim.explore;

/**
 * How stored states are hashed and narrowed. A state is packed words with the top bit of the first
 * set ({@link StateStore#OCCUPIED}); a narrow store keeps a state of at most 31 bits as an int with
 * bit 31 set instead, so that zero still means an empty slot.
 */
final class PackedStates {

	private static final int NARROW_USED = 0x80000000;

	private PackedStates() {
	}

	/** The hash of a state's words (their bits are well mixed, so that linear probing stays short). */
	static int hash(long[] key, int offset, int words) {
		long h = 0x9E3779B97F4A7C15L;
		for (int i = 0; i < words; i++) {
			h = (h ^ key[offset + i]) * 0xBF58476D1CE4E5B9L;
			h ^= h >>> 31;
		}
		return (int) (h ^ (h >>> 32));
	}

	/** The hash of a state of one word, the same as {@link #hash(long[], int, int)} gives for it. */
	static int hash(long word) {
		long h = (0x9E3779B97F4A7C15L ^ word) * 0xBF58476D1CE4E5B9L;
		h ^= h >>> 31;
		return (int) (h ^ (h >>> 32));
	}

	/** A one-word state of at most 31 bits as a narrow store keeps it. */
	static int narrow(long word) {
		return (int) word | NARROW_USED;
	}

	/** The one-word state a narrow store's int stands for. */
	static long wide(int narrow) {
		return (narrow & 0x7FFFFFFFL) | StateStore.OCCUPIED;
	}
}
