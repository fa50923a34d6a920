package org.ptl.cli;

import java.util.List;

/**
 * A failure of PTL itself (a bug), found while a command worked: never reported as a finding of
 * the user's files, but as "internal error" with exit code 2.
 */
final class InternalFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> failures;

	InternalFailure(List<String> failures) {
		super(String.join("; ", failures));
		this.failures = List.copyOf(failures);
	}

	List<String> failures() {
		return failures;
	}
}
