package org.ptl.ui.editor;

import org.eclipse.jface.text.rules.Token;

/**
 * A lexical token whose text attribute is the look's current one ({@link PtlColors}), so that a
 * colour changed in the preferences applies to editors already open when they repaint.
 */
final class StyleToken extends Token {

	private final String look;

	StyleToken(String look) {
		super(null);
		this.look = look;
	}

	@Override
	public Object getData() {
		return PtlColors.attribute(look);
	}
}
