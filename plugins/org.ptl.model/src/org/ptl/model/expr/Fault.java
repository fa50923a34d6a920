package org.ptl.model.expr;

import org.ptl.model.Expression;

/**
 * Something that goes wrong while computing an expression (an addition that overflows, a shift by
 * 64 or more, an impossible GENMASK), at the expression where it happens and under the condition
 * in which it does.
 */
public record Fault<B>(Expression site, String message, B condition) {
}
