package org.ptl.cli.tests.lsp;

import java.util.List;

import org.eclipse.lsp4j.Position;

/** Reads LSP's relative semantic token encoding (five integers a token) back into positions. */
final class SemanticTokenData {

	private SemanticTokenData() {
	}

	/** The type of the token at the position with the length, or null when there is none. */
	static String typeAt(List<Integer> data, List<String> legend, Position position, int length) {
		int line = 0;
		int character = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			if (line == position.getLine() && character == position.getCharacter() && data.get(i + 2) == length) {
				return legend.get(data.get(i + 3));
			}
		}
		return null;
	}
}
