package org.ptl.sim.casemate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A record's fields, however they were written: keyed ({@code (address 0x1000)}, casemate's
 * documented and its tool's spellings: {@code thread} or {@code tid}) or positional, the compressed
 * form ({@code (mem-write 1 1 "src" release 42 93)}), where the source location is the quoted
 * string wherever it stands. Numbers of addresses and values are hexadecimal with or without
 * {@code 0x}, as casemate's tool reads them; ids and threads are decimal.
 */
final class RecordFields {

	/** A field that is missing or malformed; the reader turns it into a located problem. */
	static final class Malformed extends Exception {
		private static final long serialVersionUID = 1L;

		Malformed(String message) {
			super(message, null, false, false);
		}
	}

	private static final int ABSENT = -1;
	/** A keyed field without a word after its key: it reads as "". */
	private static final int EMPTY = -2;

	private RawRecord raw;
	private String kind;
	/** The keyed fields (their lists' nodes) and the positional words not taken yet. */
	private int[] keyed = new int[8];
	private int keyedCount;
	private int[] positional = new int[8];
	private int positionalFirst;
	private int positionalCount;
	private int srcNode;
	/** The last source location made a string, and its bytes: records in a row mostly share it. */
	private String lastSrc = "";
	private byte[] lastSrcBytes = new byte[0];

	/** Takes the fields of a record the reader read (its item 0 is the kind); the same object each time. */
	RecordFields of(RawRecord record, String recordKind) {
		this.raw = record;
		this.kind = recordKind;
		keyedCount = 0;
		positionalFirst = 0;
		positionalCount = 0;
		srcNode = ABSENT;
		for (int node = raw.size() > 0 ? raw.next(0) : 0; node < raw.size(); node = raw.next(node)) {
			byte type = raw.type(node);
			if (type == RawRecord.QUOTED) {
				srcNode = node;
			} else if (type == RawRecord.WORD) {
				positional = add(positional, positionalCount++, node);
			} else if (raw.next(node) > node + 1 && raw.type(node + 1) == RawRecord.WORD) {
				int value = valueOf(node);
				if (raw.is(node + 1, "src") && value != ABSENT) {
					srcNode = raw.type(value) == RawRecord.LIST ? ABSENT : value;
				} else {
					keyed = add(keyed, keyedCount++, node);
				}
			}
		}
		return this;
	}

	private static int[] add(int[] nodes, int count, int node) {
		int[] into = count < nodes.length ? nodes : Arrays.copyOf(nodes, nodes.length * 2);
		into[count] = node;
		return into;
	}

	/** The item after a list's key, or ABSENT. */
	private int valueOf(int list) {
		int key = list + 1;
		int value = raw.next(key);
		return value < raw.next(list) ? value : ABSENT;
	}

	String src() {
		if (srcNode == ABSENT) {
			return "";
		}
		if (!raw.sameText(srcNode, lastSrcBytes, lastSrcBytes.length)) {
			lastSrcBytes = new byte[raw.length(srcNode)];
			raw.copyText(srcNode, lastSrcBytes);
			lastSrc = raw.string(srcNode);
		}
		return lastSrc;
	}

	/** The sequence id: {@code (id N)}, or the first positional word. */
	long id() throws Malformed {
		int node = keyedWord("id");
		return decimal(node != ABSENT ? node : takePositional("id"), "id");
	}

	/** The thread: {@code (tid T)} or {@code (thread T)}, or the next positional word. */
	int tid() throws Malformed {
		int node = keyedWord("tid");
		if (node == ABSENT) {
			node = keyedWord("thread");
		}
		long tid = decimal(node != ABSENT ? node : takePositional("tid"), "tid");
		if (tid < 0 || tid > Integer.MAX_VALUE) {
			throw new Malformed("tid " + tid + " is not a thread number");
		}
		return (int) tid;
	}

	/** A word field ({@code (mem-order plain)}), lower-cased, or the next positional word. */
	String word(String key) throws Malformed {
		int node = keyedWord(key);
		return text(node != ABSENT ? node : takePositional(key)).toLowerCase(Locale.ROOT);
	}

	/** A word field if present (keyed only), lower-cased, else null. */
	String optionalWord(String key) {
		int node = keyedWord(key);
		return node == ABSENT ? null : text(node).toLowerCase(Locale.ROOT);
	}

	/** A 64-bit hexadecimal field ({@code (address 0x1000)}), or the next positional word. */
	long hex(String key) throws Malformed {
		int node = keyedWord(key);
		node = node != ABSENT ? node : takePositional(key);
		return node == EMPTY ? hexNumber("", key) : hexNumber(raw.text(), raw.start(node), raw.length(node), key);
	}

	boolean has(String key) {
		return keyedWord(key) != ABSENT;
	}

	/** The positional words not taken yet. */
	int positionalLeft() {
		return positionalCount - positionalFirst;
	}

	private String text(int node) {
		return node == EMPTY ? "" : raw.string(node);
	}

	/** The word after the key of the first field with the key, EMPTY when there is none, or ABSENT. */
	private int keyedWord(String key) {
		for (int k = 0; k < keyedCount; k++) {
			int field = keyed[k];
			if (raw.is(field + 1, key)) {
				int value = valueOf(field);
				return value != ABSENT && raw.type(value) == RawRecord.WORD ? value : EMPTY;
			}
		}
		return ABSENT;
	}

	private int takePositional(String key) throws Malformed {
		if (positionalFirst == positionalCount) {
			throw new Malformed(kind + " without its " + key);
		}
		return positional[positionalFirst++];
	}

	static long hexNumber(String text, String key) throws Malformed {
		byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
		return hexNumber(bytes, 0, bytes.length, key);
	}

	/** Hexadecimal digits, with or without 0x, read straight from the trace's bytes. */
	private static long hexNumber(byte[] text, int start, int length, String key) throws Malformed {
		int from = length >= 2 && text[start] == '0' && (text[start + 1] == 'x' || text[start + 1] == 'X') ? 2 : 0;
		if (length - from == 0 || length - from > 16) {
			throw new Malformed(key + " '" + new String(text, start, length, StandardCharsets.ISO_8859_1)
					+ "' is not a 64-bit number");
		}
		long value = 0;
		for (int i = start + from; i < start + length; i++) {
			int digit = Character.digit(text[i], 16);
			if (digit < 0) {
				throw new Malformed(key + " '" + new String(text, start, length, StandardCharsets.ISO_8859_1)
						+ "' is not a 64-bit number");
			}
			value = value << 4 | digit;
		}
		return value;
	}

	private long decimal(int node, String key) throws Malformed {
		int length = node == EMPTY ? 0 : raw.length(node);
		if (length == 0 || length > 18) {
			throw new Malformed(key + " '" + text(node) + "' is not a number");
		}
		long value = 0;
		for (int i = 0; i < length; i++) {
			int c = raw.byteAt(node, i);
			if (c < '0' || c > '9') {
				throw new Malformed(key + " '" + text(node) + "' is not a number");
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}
}
