package org.ptl.sim.trace;

/**
 * A component's ownership state of a page that a step changed.
 *
 * @param component the component instance (host, guest[1])
 * @param page      the page
 * @param before    the state before the step
 * @param after     the state after it
 */
public record StateChange(String component, int page, String before, String after) {
}
