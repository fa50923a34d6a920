package org.ptl.fuzz;

/** A fuzz input made the ptl command break its contract with the user: a finding of the fuzzer. */
public final class ContractBroken extends AssertionError {

	private static final long serialVersionUID = 1L;

	public ContractBroken(String message) {
		super(message);
	}
}
