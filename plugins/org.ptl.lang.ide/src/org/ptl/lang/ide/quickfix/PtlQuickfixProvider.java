package org.ptl.lang.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * PTL's quick fixes as the language server's code actions: each {@link PtlFix} of the diagnostic
 * becomes a {@link DiagnosticResolution} whose text edits are the fix's replacements. It overrides
 * the declarative lookup rather than declaring {@code @QuickFix} methods, because those see neither
 * the diagnostic nor the resource and so could neither name the bits a claim moves to nor withhold
 * a fix when there is no room; {@link PtlFixes} decides both.
 */
public class PtlQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	@Inject
	private PtlFixes fixes;

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return diagnostic.getCode() != null && diagnostic.getCode().isLeft()
				&& PtlFixes.FIXABLE_IDS.contains(diagnostic.getCode().getLeft());
	}

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		Document document = options.getDocument();
		if (!handlesDiagnostic(diagnostic) || document == null
				|| !(options.getResource() instanceof XtextResource resource)) {
			return List.of();
		}
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		for (PtlFix fix : fixes.fixesFor(resource, issueOf(diagnostic, document))) {
			acceptor.accept(fix.label(), (ITextModification) (d, context, target) -> textEdits(fix, target));
		}
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	/** The issue the diagnostic was made from, as far as fixes need it: check id, place, data. */
	static Issue issueOf(Diagnostic diagnostic, Document document) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(diagnostic.getCode().getLeft());
		int offset = document.getOffSet(diagnostic.getRange().getStart());
		issue.setOffset(offset);
		issue.setLength(document.getOffSet(diagnostic.getRange().getEnd()) - offset);
		issue.setData(data(diagnostic.getData()));
		return issue;
	}

	/**
	 * The diagnostic's data as strings: the server made it a String[], a client sending it back
	 * makes it a JSON array, whose string elements print with their quotes.
	 */
	private static String[] data(Object data) {
		if (data instanceof String[] strings) {
			return strings;
		}
		if (!(data instanceof Iterable<?> elements)) {
			return null;
		}
		List<String> strings = new ArrayList<>();
		for (Object element : elements) {
			String text = String.valueOf(element);
			strings.add(text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
					? text.substring(1, text.length() - 1) : text);
		}
		return strings.toArray(String[]::new);
	}

	private static List<TextEdit> textEdits(PtlFix fix, Document document) {
		return fix.replacements().stream().map(r -> new TextEdit(
				new Range(document.getPosition(r.offset()), document.getPosition(r.offset() + r.length())), r.text()))
				.toList();
	}
}
