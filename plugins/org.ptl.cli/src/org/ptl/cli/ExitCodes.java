package org.ptl.cli;

/**
 * The exit codes of every ptl command: 0 all good, 1 findings (errors, failed expectations,
 * violated invariants), 2 bad usage or unreadable input, 3 a bound stopped an exploration before it
 * could tell.
 */
final class ExitCodes {

	static final int OK = 0;
	static final int FINDINGS = 1;
	static final int USAGE = 2;
	static final int BOUNDED = 3;

	private ExitCodes() {
	}
}
