package org.ptl.ui.editor;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.ptl.lang.ide.highlighting.PtlHighlightingStyles;

/**
 * How PTL text looks: the lexical classes (keywords, comments, strings, numbers) in the colours
 * Eclipse's Java editor uses for theirs, and one look per semantic highlighting style of
 * {@link PtlHighlightingStyles} (declarations, fields, bit ranges, states, components, rules, flags,
 * check ids).
 */
public final class PtlColors {

	public static final TextAttribute KEYWORD = new TextAttribute(rgb(0x7f, 0x00, 0x55), null, SWT.BOLD);
	public static final TextAttribute COMMENT = new TextAttribute(rgb(0x3f, 0x7f, 0x5f));
	public static final TextAttribute STRING = new TextAttribute(rgb(0x2a, 0x00, 0xff));
	public static final TextAttribute NUMBER = new TextAttribute(rgb(0x11, 0x66, 0x44));
	public static final TextAttribute PLAIN = new TextAttribute(null);

	private static final Map<String, TextAttribute> SEMANTIC = Map.of(
			PtlHighlightingStyles.DECLARATION, new TextAttribute(null, null, SWT.BOLD),
			PtlHighlightingStyles.FIELD, new TextAttribute(rgb(0x00, 0x00, 0xc0)),
			PtlHighlightingStyles.BITS, new TextAttribute(rgb(0xa0, 0x5a, 0x00), null, SWT.BOLD),
			PtlHighlightingStyles.STATE, new TextAttribute(rgb(0x8b, 0x00, 0x8b), null, SWT.ITALIC),
			PtlHighlightingStyles.COMPONENT, new TextAttribute(rgb(0x00, 0x5f, 0x87)),
			PtlHighlightingStyles.RULE, new TextAttribute(rgb(0x64, 0x46, 0x00), null, SWT.ITALIC),
			PtlHighlightingStyles.FLAG, new TextAttribute(rgb(0x6a, 0x3e, 0x3e)),
			PtlHighlightingStyles.CHECK_ID, new TextAttribute(rgb(0x2a, 0x00, 0xff), null, SWT.ITALIC));

	private PtlColors() {
	}

	/** The look of a semantic style, or null for a style this editor does not know. */
	public static TextAttribute semantic(String style) {
		return SEMANTIC.get(style);
	}

	private static Color rgb(int red, int green, int blue) {
		// device-less colours need no disposal (SWT 3.115+)
		return new Color(red, green, blue);
	}
}
