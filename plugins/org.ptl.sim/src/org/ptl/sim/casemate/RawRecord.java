package org.ptl.sim.casemate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One record as the s-expression reader found it: its items as nodes in the order they appear (a
 * list before what it holds), each a word, a quoted string or a list, with the bytes of words and
 * strings kept in one array. The reader fills the same instance record after record, so reading a
 * trace makes no object per word or per field (casemate records have six or seven fields; lists of
 * strings per record were most of the reader's time and garbage).
 */
final class RawRecord {

	static final byte WORD = 0;
	static final byte QUOTED = 1;
	static final byte LIST = 2;

	private byte[] text = new byte[256];
	private int textLength;
	private int nodes;
	private byte[] types = new byte[32];
	private byte[] depths = new byte[32];
	private int[] starts = new int[32];
	private int[] lengths = new int[32];
	/** For a list: the index after its last descendant. */
	private int[] ends = new int[32];

	void clear() {
		textLength = 0;
		nodes = 0;
	}

	int size() {
		return nodes;
	}

	byte type(int node) {
		return types[node];
	}

	int depth(int node) {
		return depths[node];
	}

	/** The node after this one and everything it holds. */
	int next(int node) {
		return types[node] == LIST ? ends[node] : node + 1;
	}

	/** Number of items directly in a list. */
	int items(int list) {
		int count = 0;
		for (int node = list + 1; node < ends[list]; node = next(node)) {
			count++;
		}
		return count;
	}

	/** Adds a word or quoted string of the given bytes at the depth; returns its node. */
	int add(byte type, int depth, byte[] bytes, int from, int length) {
		int node = addNode(type, depth);
		if (textLength + length > text.length) {
			text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + length));
		}
		System.arraycopy(bytes, from, text, textLength, length);
		starts[node] = textLength;
		lengths[node] = length;
		textLength += length;
		return node;
	}

	/** Opens a list at the depth; {@link #close} ends it. */
	int open(int depth) {
		int node = addNode(LIST, depth);
		ends[node] = node + 1;
		return node;
	}

	void close(int list) {
		ends[list] = nodes;
	}

	/** Drops the nodes from this one on (a record that started inside this one is cut out). */
	void truncate(int node) {
		nodes = node;
	}

	/** Copies a list's items into an empty record, one level up (a record that started inside another). */
	void copyItemsOf(RawRecord from, int list) {
		clear();
		for (int node = list + 1; node < from.ends[list]; node++) {
			int copy = from.types[node] == LIST ? open(from.depths[node] - 1)
					: add(from.types[node], from.depths[node] - 1, from.text, from.starts[node], from.lengths[node]);
			if (from.types[node] == LIST) {
				ends[copy] = from.ends[node] - list - 1;
			}
		}
	}

	private int addNode(byte type, int depth) {
		if (nodes == types.length) {
			int capacity = nodes * 2;
			types = Arrays.copyOf(types, capacity);
			depths = Arrays.copyOf(depths, capacity);
			starts = Arrays.copyOf(starts, capacity);
			lengths = Arrays.copyOf(lengths, capacity);
			ends = Arrays.copyOf(ends, capacity);
		}
		types[nodes] = type;
		depths[nodes] = (byte) depth;
		return nodes++;
	}

	/** Whether a word's bytes are the (ASCII) string. */
	boolean is(int node, String word) {
		int length = lengths[node];
		if (length != word.length()) {
			return false;
		}
		int start = starts[node];
		for (int i = 0; i < length; i++) {
			if (text[start + i] != word.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** The bytes of the record's words and strings (see {@link #start}, {@link #length}). */
	byte[] text() {
		return text;
	}

	int start(int node) {
		return starts[node];
	}

	int length(int node) {
		return lengths[node];
	}

	/** A byte of a word or string. */
	int byteAt(int node, int index) {
		return text[starts[node] + index] & 0xff;
	}

	/** The text of a word or string. */
	String string(int node) {
		return new String(text, starts[node], lengths[node], StandardCharsets.ISO_8859_1);
	}

	/** Whether a word or string has the same bytes as another record's. */
	boolean sameText(int node, byte[] other, int length) {
		return lengths[node] == length && Arrays.equals(text, starts[node], starts[node] + length, other, 0, length);
	}

	/** Copies a word's or string's bytes to the start of the array (which must be large enough). */
	void copyText(int node, byte[] into) {
		System.arraycopy(text, starts[node], into, 0, lengths[node]);
	}
}
