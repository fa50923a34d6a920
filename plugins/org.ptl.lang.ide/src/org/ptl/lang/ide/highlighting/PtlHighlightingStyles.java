package org.ptl.lang.ide.highlighting;

/**
 * The semantic highlighting styles of PTL, by id. Editors map them to colours (the Eclipse editor
 * in org.ptl.ui, LSP clients through semantic tokens).
 */
public final class PtlHighlightingStyles {

	/** Names of formats, descriptors, claimants, ownership models and encodings. */
	public static final String DECLARATION = "ptl.declaration";
	/** Descriptor fields and claims. */
	public static final String FIELD = "ptl.field";
	/** Bit ranges: [56:55]. */
	public static final String BITS = "ptl.bits";
	/** Ownership states, where declared and where used. */
	public static final String STATE = "ptl.state";
	/** Ownership components, where declared and where used. */
	public static final String COMPONENT = "ptl.component";
	/** Transitions and invariants. */
	public static final String RULE = "ptl.rule";
	/** Protection flags, walker flags and named walk outcomes, where declared and where used. */
	public static final String FLAG = "ptl.flag";
	/** Check ids in severity directives. */
	public static final String CHECK_ID = "ptl.check-id";

	private PtlHighlightingStyles() {
	}
}
