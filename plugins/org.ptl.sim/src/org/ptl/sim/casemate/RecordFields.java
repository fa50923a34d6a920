package org.ptl.sim.casemate;

import java.util.ArrayList;
import java.util.List;
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

	private final String kind;
	private final List<List<Object>> keyed = new ArrayList<>(6);
	private final List<String> positional = new ArrayList<>(6);
	private String src = "";

	RecordFields(String kind, List<Object> items) {
		this.kind = kind;
		for (int i = 1; i < items.size(); i++) {
			Object item = items.get(i);
			if (item instanceof SexpReader.Quoted quoted) {
				src = quoted.text();
			} else if (item instanceof String word) {
				positional.add(word);
			} else if (item instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String) {
				@SuppressWarnings("unchecked")
				List<Object> field = (List<Object>) list;
				if ("src".equals(field.get(0)) && field.size() > 1) {
					src = field.get(1) instanceof SexpReader.Quoted quoted ? quoted.text() : String.valueOf(field.get(1));
				} else {
					keyed.add(field);
				}
			}
		}
	}

	String src() {
		return src;
	}

	/** The sequence id: {@code (id N)}, or the first positional word. */
	long id() throws Malformed {
		String text = keyedWord("id");
		return decimal(text != null ? text : takePositional("id"), "id");
	}

	/** The thread: {@code (tid T)} or {@code (thread T)}, or the next positional word. */
	int tid() throws Malformed {
		String text = keyedWord("tid");
		if (text == null) {
			text = keyedWord("thread");
		}
		long tid = decimal(text != null ? text : takePositional("tid"), "tid");
		if (tid < 0 || tid > Integer.MAX_VALUE) {
			throw new Malformed("tid " + tid + " is not a thread number");
		}
		return (int) tid;
	}

	/** A word field ({@code (mem-order plain)}), lower-cased, or the next positional word. */
	String word(String key) throws Malformed {
		String text = keyedWord(key);
		return (text != null ? text : takePositional(key)).toLowerCase(Locale.ROOT);
	}

	/** A word field if present (keyed only), lower-cased, else null. */
	String optionalWord(String key) {
		String text = keyedWord(key);
		return text == null ? null : text.toLowerCase(Locale.ROOT);
	}

	/** A 64-bit hexadecimal field ({@code (address 0x1000)}), or the next positional word. */
	long hex(String key) throws Malformed {
		String text = keyedWord(key);
		return hexNumber(text != null ? text : takePositional(key), key);
	}

	boolean has(String key) {
		return keyedWord(key) != null;
	}

	/** The positional words not taken yet. */
	int positionalLeft() {
		return positional.size();
	}

	private String keyedWord(String key) {
		for (List<Object> field : keyed) {
			if (key.equals(field.get(0))) {
				return field.size() > 1 && field.get(1) instanceof String value ? value : "";
			}
		}
		return null;
	}

	private String takePositional(String key) throws Malformed {
		if (positional.isEmpty()) {
			throw new Malformed(kind + " without its " + key);
		}
		return positional.remove(0);
	}

	static long hexNumber(String text, String key) throws Malformed {
		String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
		if (digits.isEmpty() || digits.length() > 16) {
			throw new Malformed(key + " '" + text + "' is not a 64-bit number");
		}
		long value = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = Character.digit(digits.charAt(i), 16);
			if (digit < 0) {
				throw new Malformed(key + " '" + text + "' is not a 64-bit number");
			}
			value = value << 4 | digit;
		}
		return value;
	}

	private static long decimal(String text, String key) throws Malformed {
		if (text.isEmpty() || text.length() > 18) {
			throw new Malformed(key + " '" + text + "' is not a number");
		}
		long value = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				throw new Malformed(key + " '" + text + "' is not a number");
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}
}
