package org.ptl.sim.race;

import java.util.Arrays;

/**
 * The states found so far, by their 128-bit hash, each with a node number: open addressing over
 * primitive arrays, so that a million states cost a few tens of megabytes and no objects.
 */
final class StateStore {

	private long[] first = new long[1 << 12];
	private long[] second = new long[1 << 12];
	private int[] nodes = new int[1 << 12];
	private int size;

	StateStore() {
		Arrays.fill(nodes, -1);
	}

	int size() {
		return size;
	}

	/** The node of the state, or -1. */
	int find(long[] key) {
		int mask = nodes.length - 1;
		for (int slot = (int) (key[0] ^ (key[0] >>> 32)) & mask;; slot = (slot + 1) & mask) {
			if (nodes[slot] < 0) {
				return -1;
			}
			if (first[slot] == key[0] && second[slot] == key[1]) {
				return nodes[slot];
			}
		}
	}

	void add(long[] key, int node) {
		if ((size + 1) * 2 > nodes.length) {
			grow();
		}
		insert(key[0], key[1], node);
		size++;
	}

	private void insert(long a, long b, int node) {
		int mask = nodes.length - 1;
		int slot = (int) (a ^ (a >>> 32)) & mask;
		while (nodes[slot] >= 0) {
			slot = (slot + 1) & mask;
		}
		first[slot] = a;
		second[slot] = b;
		nodes[slot] = node;
	}

	private void grow() {
		long[] oldFirst = first;
		long[] oldSecond = second;
		int[] oldNodes = nodes;
		first = new long[oldNodes.length * 2];
		second = new long[oldNodes.length * 2];
		nodes = new int[oldNodes.length * 2];
		Arrays.fill(nodes, -1);
		for (int i = 0; i < oldNodes.length; i++) {
			if (oldNodes[i] >= 0) {
				insert(oldFirst[i], oldSecond[i], oldNodes[i]);
			}
		}
	}
}
