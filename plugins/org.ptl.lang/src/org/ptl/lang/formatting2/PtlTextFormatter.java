package org.ptl.lang.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a whole parsed .ptl file and returns the formatted text: the service behind
 * {@code ptl format}, the editor's format action and the round-trip tests.
 */
public class PtlTextFormatter {

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilder;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private IFormatter2 formatter;

	/** The file's text, formatted; only for files that parsed without syntax errors. */
	public String format(XtextResource resource) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			throw new IllegalArgumentException("cannot format a file with syntax errors");
		}
		ITextRegionAccess access = regionAccessBuilder.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(access);
		List<ITextReplacement> replacements = formatter.format(request);
		String text = access.getRewriter().renderToString(replacements);
		// a file that ends in a line comment without its line break gets one: otherwise formatting the
		// result again put a break there (Xtext gives the last hidden region's line to its last whitespace)
		return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
	}
}
