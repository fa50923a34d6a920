package org.ptl.lang.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.parser.IParseResult;

import com.google.common.io.CharStreams;

/**
 * A PTL file in memory. It refuses to parse a text that nests deeper than {@link NestingDepth}
 * allows and reports that as a located syntax error, so that no face (command line, editor, language
 * server) runs out of stack, or of time, on it.
 */
public class PtlResource extends LazyLinkingResource {

	private NestingTooDeep tooDeep;

	@Override
	protected Reader createReader(InputStream in) throws IOException {
		String text;
		try (Reader reader = super.createReader(in)) {
			text = CharStreams.toString(reader);
		}
		NestingDepth.TooDeep where = NestingDepth.find(text);
		tooDeep = where == null ? null : new NestingTooDeep(text, where);
		return new StringReader(tooDeep == null ? text : "");
	}

	/** Whether the text was refused as too deep, and so is not what the parse result holds. */
	public boolean isTooDeep() {
		return tooDeep != null;
	}

	@Override
	protected void updateInternalState(IParseResult result) {
		super.updateInternalState(result);
		if (tooDeep != null) {
			getErrors().add(tooDeep);
		}
	}

	@Override
	public void update(int offset, int replacedLength, String newText) {
		IParseResult current = getParseResult();
		String text = current == null || current.getRootNode() == null ? null : current.getRootNode().getText();
		if (text != null && offset >= 0 && offset + replacedLength <= text.length()) {
			String updated = text.substring(0, offset) + newText + text.substring(offset + replacedLength);
			if (tooDeep != null || NestingDepth.find(updated) != null) {
				try {
					reparse(updated);
					return;
				} catch (IOException cannot) {
					throw new IllegalStateException(cannot);
				}
			}
		}
		super.update(offset, replacedLength, newText);
	}
}
