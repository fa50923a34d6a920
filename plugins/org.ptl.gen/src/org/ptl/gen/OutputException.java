package org.ptl.gen;

/** The output directory or a file in it cannot be written: the message is one line that says where and why. */
public final class OutputException extends Exception {

	private static final long serialVersionUID = 1L;

	public OutputException(String message) {
		super(message);
	}
}
