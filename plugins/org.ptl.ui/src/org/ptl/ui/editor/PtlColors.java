package org.ptl.ui.editor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.ptl.lang.ide.highlighting.PtlHighlightingStyles;
import org.ptl.ui.PtlPreferences;

/**
 * How PTL text looks: the lexical classes (keywords, comments, strings, numbers) in the colours
 * Eclipse's Java editor uses for theirs, and one look per semantic highlighting style of
 * {@link PtlHighlightingStyles} (declarations, fields, bit ranges, states, components, rules, flags,
 * check ids). Each look's colour is a preference (PTL > Colors), read whenever text is painted, so
 * a change shows as soon as the editors repaint.
 */
public final class PtlColors {

	/**
	 * One look: a colour users may change, and a font style that stays.
	 *
	 * @param key    its preference key and its name in the highlighting
	 * @param label  what the preference page calls it
	 * @param colour the default foreground, or null for the text's own
	 * @param style  SWT.BOLD, SWT.ITALIC or SWT.NORMAL
	 */
	public record Look(String key, String label, RGB colour, int style) {
	}

	public static final String KEYWORD = "keyword";
	public static final String COMMENT = "comment";
	public static final String STRING = "string";
	public static final String NUMBER = "number";

	private static final Map<String, Look> LOOKS = new LinkedHashMap<>();

	static {
		add(KEYWORD, "Keywords", new RGB(0x7f, 0x00, 0x55), SWT.BOLD);
		add(COMMENT, "Comments", new RGB(0x3f, 0x7f, 0x5f), SWT.NORMAL);
		add(STRING, "Strings (descriptions)", new RGB(0x2a, 0x00, 0xff), SWT.NORMAL);
		add(NUMBER, "Numbers", new RGB(0x11, 0x66, 0x44), SWT.NORMAL);
		add(PtlHighlightingStyles.DECLARATION, "Declared names", new RGB(0x00, 0x00, 0x00), SWT.BOLD);
		add(PtlHighlightingStyles.FIELD, "Fields and claims", new RGB(0x00, 0x00, 0xc0), SWT.NORMAL);
		add(PtlHighlightingStyles.BITS, "Bit ranges", new RGB(0xa0, 0x5a, 0x00), SWT.BOLD);
		add(PtlHighlightingStyles.STATE, "Ownership states", new RGB(0x8b, 0x00, 0x8b), SWT.ITALIC);
		add(PtlHighlightingStyles.COMPONENT, "Components", new RGB(0x00, 0x5f, 0x87), SWT.NORMAL);
		add(PtlHighlightingStyles.RULE, "Transitions and invariants", new RGB(0x64, 0x46, 0x00), SWT.ITALIC);
		add(PtlHighlightingStyles.FLAG, "Flags and walk outcomes", new RGB(0x6a, 0x3e, 0x3e), SWT.NORMAL);
		add(PtlHighlightingStyles.CHECK_ID, "Check ids", new RGB(0x2a, 0x00, 0xff), SWT.ITALIC);
	}

	private static final Map<RGB, Color> COLOURS = new ConcurrentHashMap<>();

	private PtlColors() {
	}

	private static void add(String key, String label, RGB colour, int style) {
		LOOKS.put(key, new Look(key, label, colour, style));
	}

	/** Every look, lexical ones first, in the order the preference page lists them. */
	public static Iterable<Look> looks() {
		return LOOKS.values();
	}

	/** The preference key of a look's colour. */
	public static String preference(String key) {
		return "color." + key;
	}

	/** Sets every look's default colour in the store (the preference initializer). */
	public static void setDefaults(IPreferenceStore store) {
		for (Look look : LOOKS.values()) {
			PreferenceConverter.setDefault(store, preference(look.key()), look.colour());
		}
	}

	/** The text attribute of a look with its current colour, or null for a style this editor does not know. */
	public static TextAttribute attribute(String key) {
		Look look = LOOKS.get(key);
		if (look == null) {
			return null;
		}
		RGB rgb = PtlPreferences.available() ? PreferenceConverter.getColor(PtlPreferences.store(), preference(key))
				: look.colour();
		// device-less colours need no disposal (SWT 3.115+)
		return new TextAttribute(COLOURS.computeIfAbsent(rgb, value -> new Color(value)), null, look.style());
	}
}
