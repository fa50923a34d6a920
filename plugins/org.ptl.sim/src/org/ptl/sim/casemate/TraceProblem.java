package org.ptl.sim.casemate;

/**
 * Something wrong with a trace's text: a malformed or truncated record (an error: the record is
 * skipped), or a kind the reader does not know (a warning: the record is skipped and the count of
 * such records reported once per kind).
 *
 * @param line    the line the record starts on
 * @param id      the record's id when it could be read, else -1
 * @param error   true for a malformed record, false for a warning
 * @param message what is wrong, naming the field or word
 */
public record TraceProblem(long line, long id, boolean error, String message) {

	/** "line 12, record 7: message" (no record when its id could not be read). */
	public String text() {
		return "line " + line + (id >= 0 ? ", record " + id : "") + ": " + message;
	}
}
