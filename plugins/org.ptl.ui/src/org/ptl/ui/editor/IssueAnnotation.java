package org.ptl.ui.editor;

import java.util.List;

import org.eclipse.jface.text.quickassist.IQuickFixableAnnotation;
import org.eclipse.jface.text.source.Annotation;
import org.ptl.lang.ide.quickfix.PtlFix;

/**
 * A problem found while typing, shown in the editor until the text is saved: its message with the
 * check id, and the quick fixes the language has for it, computed when it was found on the same
 * parse. It is quick-fixable exactly when there is a fix, so the ruler shows a light bulb only then.
 */
final class IssueAnnotation extends Annotation implements IQuickFixableAnnotation {

	private final String checkId;
	private final List<PtlFix> fixes;

	IssueAnnotation(String type, String text, String checkId, List<PtlFix> fixes) {
		super(type, false, text);
		this.checkId = checkId;
		this.fixes = List.copyOf(fixes);
	}

	String checkId() {
		return checkId;
	}

	List<PtlFix> fixes() {
		return fixes;
	}

	@Override
	public void setQuickFixable(boolean state) {
		// fixed at creation: the fixes are known then
	}

	@Override
	public boolean isQuickFixableStateSet() {
		return true;
	}

	@Override
	public boolean isQuickFixable() {
		return !fixes.isEmpty();
	}
}
