package org.ptl.ui.simulation;

/**
 * Why a simulation session stopped before its next step: the debugger reports it with its suspend
 * event (a breakpoint, the end of a step, the user's request), and a stop after a failed step shows
 * the step that failed rather than the next one.
 */
public enum Suspension {
	/** a debug launch stops before its first step */
	START,
	/** one step was asked for and has run */
	STEP,
	/** the next step's line has a breakpoint */
	BREAKPOINT,
	/** the user asked it to stop */
	REQUEST,
	/** the step that just ran failed (a broken invariant or rule, a failed expectation) */
	FAILURE
}
