package org.ptl.gen;

import java.util.List;

/**
 * Generation refused because elements clash in the output's names ({@link NameClash}): nothing is
 * generated.
 */
public final class NameClashException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<NameClash> clashes;

	public NameClashException(List<NameClash> clashes) {
		super(clashes.size() + " name clash" + (clashes.size() == 1 ? "" : "es"));
		this.clashes = List.copyOf(clashes);
	}

	public List<NameClash> clashes() {
		return clashes;
	}
}
