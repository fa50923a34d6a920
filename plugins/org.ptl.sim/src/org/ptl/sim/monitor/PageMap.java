package org.ptl.sim.monitor;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * The monitor's pages by address: open addressing over a long array, so that a lookup on every
 * event makes no object (a map keyed by boxed addresses made one per lookup).
 */
final class PageMap {

	private long[] keys = new long[64];
	private ShadowPages.Page[] values = new ShadowPages.Page[64];
	private int size;

	ShadowPages.Page get(long key) {
		int mask = keys.length - 1;
		for (int slot = hash(key) & mask;; slot = (slot + 1) & mask) {
			ShadowPages.Page value = values[slot];
			if (value == null || keys[slot] == key) {
				return value;
			}
		}
	}

	void put(long key, ShadowPages.Page value) {
		if ((size + 1) * 2 > keys.length) {
			grow();
		}
		int mask = keys.length - 1;
		int slot = hash(key) & mask;
		while (values[slot] != null && keys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		if (values[slot] == null) {
			size++;
		}
		keys[slot] = key;
		values[slot] = value;
	}

	void forEach(BiConsumer<Long, ShadowPages.Page> action) {
		for (int i = 0; i < keys.length; i++) {
			if (values[i] != null) {
				action.accept(keys[i], values[i]);
			}
		}
	}

	/** The pages in slot order, with their addresses (no object per page). */
	int capacity() {
		return keys.length;
	}

	long keyAt(int slot) {
		return keys[slot];
	}

	ShadowPages.Page valueAt(int slot) {
		return values[slot];
	}

	private static int hash(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}

	private void grow() {
		long[] oldKeys = keys;
		ShadowPages.Page[] oldValues = values;
		keys = new long[oldKeys.length * 2];
		values = new ShadowPages.Page[oldKeys.length * 2];
		size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldValues[i] != null) {
				put(oldKeys[i], oldValues[i]);
			}
		}
	}

	@Override
	public String toString() {
		return "PageMap" + Arrays.toString(Arrays.copyOf(keys, Math.min(8, keys.length)));
	}
}
