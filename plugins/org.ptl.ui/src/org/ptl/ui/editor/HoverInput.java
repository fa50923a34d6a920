package org.ptl.ui.editor;

import java.util.List;

import org.ptl.ui.pictures.Picture;

/**
 * What the .ptl hover shows: the language's hover Markdown (the same the language server sends)
 * and the drawings of the element (a descriptor's register, a layout's VA bits), which replace the
 * Markdown's text drawing of a descriptor.
 *
 * @param markdown the hover text
 * @param pictures the drawings below it
 */
public record HoverInput(String markdown, List<Picture> pictures) {

	/** The Markdown to show as text: without the fenced text drawing when a real drawing is shown. */
	public String text() {
		if (pictures.isEmpty()) {
			return markdown;
		}
		return markdown.replaceAll("(?s)\n```text\n.*?```\n?", "\n");
	}
}
