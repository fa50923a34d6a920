package org.ptl.lang.validation;

import org.ptl.model.FieldKind;

/** How messages name a field kind: "an address field", "a flag". */
final class FieldKinds {

	private FieldKinds() {
	}

	static String withArticle(FieldKind kind) {
		return switch (kind) {
		case ADDRESS, ENUM, IGNORED -> "an " + kind.getLiteral() + " field";
		case FLAG -> "a flag";
		case FIXED -> "a fixed-value field";
		default -> "a " + kind.getLiteral() + " field";
		};
	}
}
