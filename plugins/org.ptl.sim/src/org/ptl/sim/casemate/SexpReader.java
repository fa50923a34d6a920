package org.ptl.sim.casemate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a casemate trace's text into records of items (words, quoted strings, and lists of those,
 * as the nodes of a {@link RawRecord} that is filled again for each record), streaming from a byte
 * stream in a fixed buffer so that traces of any length take the same memory. Records may span lines. Lines that start with '!' (casemate-check's own verdicts) or ';'
 * are skipped. A record left open is reported as truncated: at the end of the file, or when a new
 * record starts inside it (an opening parenthesis followed by a record kind).
 */
final class SexpReader {

	/**
	 * One top-level item: a record's items (valid until the next call of {@link SexpReader#next}), or
	 * null, and what is wrong with the text there, or null.
	 */
	record Item(long line, RawRecord record, String problem) {
	}

	/** The kinds of record there are, the most frequent first. */
	static final List<String> KINDS = List.of("mem-write", "barrier", "tlbi", "mem-read", "lock", "unlock", "mem-init",
			"hint", "sysreg-write", "mem-free", "mem-set", "msr", "trylock");

	private final InputStream in;
	private final byte[] buffer = new byte[1 << 16];
	private int position;
	private int limit;
	private long line = 1;
	private long bytes;
	/** A word that straddles the end of the buffer, gathered here. */
	private final byte[] word = new byte[201];
	private final RawRecord raw = new RawRecord();
	/** A record met inside another one (which was truncated), to hand out next, and its items. */
	private Item pending;
	private final RawRecord nested = new RawRecord();

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
		raw.clear();
		return new Item(start, raw, list(1));
	}

	/** Reads items up to the closing parenthesis, adding them at the depth; returns a problem, or null. */
	private String list(int depth) throws IOException {
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
				int inner = raw.open(depth);
				String problem = list(depth + 1);
				raw.close(inner);
				if (depth == 1 && (problem != null || raw.items(inner) > 2) && startsWithKind(inner)) {
					// a record started inside this one: this one was cut short
					nested.copyItemsOf(raw, inner);
					raw.truncate(inner);
					pending = new Item(at, nested, problem);
					return "truncated record: a new record starts on line " + at + " before its ')'";
				}
				if (problem != null) {
					raw.truncate(inner); // a list cut short is no item
					return problem;
				}
			} else if (c == '"') {
				quoted(depth);
			} else {
				String problem = word(depth);
				if (problem != null) {
					return problem;
				}
			}
		}
	}

	private boolean startsWithKind(int list) {
		if (list + 1 >= raw.size() || raw.type(list + 1) != RawRecord.WORD) {
			return false;
		}
		for (String kind : KINDS) {
			if (raw.is(list + 1, kind)) {
				return true;
			}
		}
		return false;
	}

	/** A word whose first byte was just read; a problem when it is too long. */
	private String word(int depth) throws IOException {
		int length = wordInBuffer();
		if (length > 200) {
			position += 201 - length; // as far as the loop below reads before it gives up
			return "a word longer than 200 characters";
		}
		if (length > 0) {
			raw.add(RawRecord.WORD, depth, buffer, position - length, length);
			return null;
		}
		length = 0;
		word[length++] = buffer[position - 1];
		while (true) {
			int d = peek();
			if (d < 0 || endsWord(d)) {
				break;
			}
			word[length++] = (byte) read();
			if (length > 200) {
				return "a word longer than 200 characters";
			}
		}
		raw.add(RawRecord.WORD, depth, word, 0, length);
		return null;
	}

	/**
	 * The length of the word whose first byte was just read, when it ends inside the buffer (the
	 * common case: no loop over its bytes one call at a time), and the buffer's position after it;
	 * else 0, and nothing is consumed beyond that first byte.
	 */
	private int wordInBuffer() {
		int start = position - 1;
		for (int at = position; at < limit; at++) {
			if (endsWord(buffer[at])) {
				position = at;
				return at - start;
			}
		}
		return 0;
	}

	/** A quoted string, up to its closing quote or the end of its line. */
	private void quoted(int depth) throws IOException {
		for (int at = position; at < limit; at++) {
			int c = buffer[at];
			if (c == '"' || c == '\n') {
				raw.add(RawRecord.QUOTED, depth, buffer, position, at - position);
				position = at + 1;
				if (c == '\n') {
					line++;
				}
				return;
			}
		}
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		while (true) {
			int c = read();
			if (c < 0 || c == '\n' || c == '"') {
				raw.add(RawRecord.QUOTED, depth, text.toByteArray(), 0, text.size());
				return;
			}
			text.write(c);
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
