package org.ptl.cli;

/**
 * A problem with what the user asked for (a missing path, a directory without .ptl files, an
 * unreadable file): reported as one clear line, exit code 2.
 */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
