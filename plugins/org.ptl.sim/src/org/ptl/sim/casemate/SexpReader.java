package org.ptl.sim.casemate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a casemate trace's text into records as lists of items (words, quoted strings, and lists of
 * those), streaming from a byte stream in a fixed buffer so that traces of any length take the same
 * memory. Records may span lines. Lines that start with '!' (casemate-check's own verdicts) or ';'
 * are skipped. A record left open is reported as truncated: at the end of the file, or when a new
 * record starts inside it (an opening parenthesis followed by a record kind).
 */
final class SexpReader {

	/** A quoted string item. */
	record Quoted(String text) {
	}

	/** One top-level item: a record's items, or what is wrong with the text there. */
	record Item(long line, List<Object> items, String problem) {
	}

	private static final Set<String> KINDS = Set.of("mem-write", "mem-read", "mem-init", "mem-free", "mem-set",
			"barrier", "tlbi", "sysreg-write", "msr", "hint", "lock", "trylock", "unlock");

	private final InputStream in;
	private final byte[] buffer = new byte[1 << 16];
	private int position;
	private int limit;
	private long line = 1;
	private long bytes;
	private final StringBuilder word = new StringBuilder();
	/** A record met inside another one (which was truncated), to hand out next. */
	private Item pending;

	SexpReader(InputStream in) {
		this.in = in;
	}

	/** Bytes read so far (for progress). */
	long bytesRead() {
		return bytes;
	}

	/** The next top-level item, or null at the end of the text. */
	Item next() throws IOException {
		if (pending != null) {
			Item item = pending;
			pending = null;
			return item;
		}
		while (true) {
			int c = peek();
			if (c < 0) {
				return null;
			}
			if (c == '(') {
				read();
				return record(line);
			}
			if (c == '!' || c == ';') {
				skipLine();
			} else if (isSpace(c)) {
				read();
			} else {
				long at = line;
				skipLine();
				return new Item(at, null, "expected '(' to start a record, found '" + (char) c + "'");
			}
		}
	}

	private Item record(long start) throws IOException {
		List<Object> items = new ArrayList<>(8);
		return new Item(start, items, list(items, 1));
	}

	/** Reads items up to the closing parenthesis; returns a problem, or null. */
	private String list(List<Object> items, int depth) throws IOException {
		while (true) {
			int c = read();
			if (c < 0) {
				return "truncated record: the file ends before its ')'";
			}
			if (isSpace(c)) {
				continue;
			}
			if (c == ')') {
				return null;
			}
			if (c == '(') {
				if (depth >= 3) { // fields are lists in a record; a third level only where a record starts inside another
					return "a list nested too deeply";
				}
				long at = line;
				List<Object> inner = new ArrayList<>(2);
				String problem = list(inner, depth + 1);
				if (depth == 1 && (problem != null || inner.size() > 2) && !inner.isEmpty()
						&& inner.get(0) instanceof String head && KINDS.contains(head)) {
					// a record started inside this one: this one was cut short
					pending = new Item(at, inner, problem);
					return "truncated record: a new record starts on line " + at + " before its ')'";
				}
				if (problem != null) {
					return problem;
				}
				items.add(inner);
			} else if (c == '"') {
				items.add(new Quoted(quoted()));
			} else {
				String whole = wordInBuffer();
				if (whole != null && whole.length() > 200) {
					position += 201 - whole.length(); // as far as the loop below reads before it gives up
					return "a word longer than 200 characters";
				}
				if (whole != null) {
					items.add(whole);
					continue;
				}
				word.setLength(0);
				word.append((char) c);
				while (true) {
					int d = peek();
					if (d < 0 || endsWord(d)) {
						break;
					}
					word.append((char) read());
					if (word.length() > 200) {
						return "a word longer than 200 characters";
					}
				}
				items.add(word.toString());
			}
		}
	}

	/**
	 * The word whose first byte was just read, when it ends inside the buffer (the common case: one
	 * copy of its bytes, no loop over them one call at a time); else null, and nothing is consumed
	 * beyond that first byte.
	 */
	private String wordInBuffer() {
		int start = position - 1;
		for (int at = position; at < limit; at++) {
			int d = buffer[at];
			if (endsWord(d)) {
				position = at;
				return new String(buffer, start, at - start, StandardCharsets.ISO_8859_1);
			}
		}
		return null;
	}

	private String quoted() throws IOException {
		for (int at = position; at < limit; at++) {
			int c = buffer[at];
			if (c == '"' || c == '\n') {
				String text = new String(buffer, position, at - position, StandardCharsets.ISO_8859_1);
				position = at + 1;
				if (c == '\n') {
					line++;
				}
				return text;
			}
		}
		StringBuilder text = new StringBuilder();
		while (true) {
			int c = read();
			if (c < 0 || c == '\n') {
				return text.toString();
			}
			if (c == '"') {
				return text.toString();
			}
			text.append((char) c);
		}
	}

	private void skipLine() throws IOException {
		for (int c = read(); c >= 0 && c != '\n'; c = read()) {
			// skip
		}
	}

	private static boolean endsWord(int c) {
		return isSpace(c) || c == '(' || c == ')' || c == '"';
	}

	private static boolean isSpace(int c) {
		return c == ' ' || c == '\n' || c == '\t' || c == '\r';
	}

	private int peek() throws IOException {
		if (position == limit && !fill()) {
			return -1;
		}
		return buffer[position] & 0xff;
	}

	private int read() throws IOException {
		if (position == limit && !fill()) {
			return -1;
		}
		int c = buffer[position++] & 0xff;
		if (c == '\n') {
			line++;
		}
		return c;
	}

	private boolean fill() throws IOException {
		int n = in.read(buffer, 0, buffer.length);
		if (n <= 0) {
			return false;
		}
		position = 0;
		limit = n;
		bytes += n;
		return true;
	}
}
