package org.ptl.lang.validation;

import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.validation.Issue;
import org.ptl.lang.resource.NestingTooDeep;
import org.ptl.lang.util.TextPositions;

/**
 * An issue for a syntax or linking diagnostic of a resource, as Xtext's converter makes it, but
 * located with {@link TextPositions} from the diagnostic's offset (Xtext's line and column fail at
 * the end of a file ending in CR, losing the finding).
 */
final class ResourceDiagnosticIssues {

	private ResourceDiagnosticIssues() {
	}

	static Issue of(AbstractDiagnostic diagnostic, Severity severity, ICompositeNode root) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSyntaxError(diagnostic instanceof XtextSyntaxDiagnostic);
		issue.setSeverity(severity);
		issue.setMessage(diagnostic.getMessage());
		issue.setCode(diagnostic.getCode());
		issue.setData(diagnostic.getData());
		issue.setUriToProblem(diagnostic.getUriToProblem());
		if (diagnostic instanceof NestingTooDeep unparsed) {
			issue.setOffset(unparsed.getOffset());
			issue.setLength(unparsed.getLength());
			issue.setLineNumber(unparsed.getLine());
			issue.setColumn(unparsed.getColumn());
			issue.setLineNumberEnd(unparsed.getLineEnd());
			issue.setColumnEnd(unparsed.getColumnEnd());
			return issue;
		}
		String text = root.getText();
		int offset = Math.max(0, Math.min(diagnostic.getOffset(), text.length()));
		int length = Math.max(0, Math.min(diagnostic.getLength(), text.length() - offset));
		int[] start = TextPositions.lineAndColumn(text, offset);
		int[] end = TextPositions.lineAndColumn(text, offset + length);
		issue.setOffset(offset);
		issue.setLength(length);
		issue.setLineNumber(start[0]);
		issue.setColumn(start[1]);
		issue.setLineNumberEnd(end[0]);
		issue.setColumnEnd(end[1]);
		return issue;
	}
}
