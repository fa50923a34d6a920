package org.ptl.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.ptl.ui.PtlUi;

/**
 * The PTL Workbench Guide: the project's README (shipped in the bundle as help/README.md), rendered
 * to one HTML page by CommonMark with GitHub's tables and heading anchors, and its second-level
 * headings, which are the guide's chapters in the help system's table of contents.
 */
public final class Guide {

	/** The page's name in the help system, under the bundle: /org.ptl.ui/guide.html. */
	public static final String PAGE = "guide.html";

	/**
	 * A chapter: a second-level heading of the README.
	 *
	 * @param title  the heading's text
	 * @param anchor its id in the page
	 */
	public record Chapter(String title, String anchor) {
	}

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());

	private Guide() {
	}

	/** The README's Markdown as the bundle ships it. */
	public static String markdown() {
		URL url = FileLocator.find(Platform.getBundle(PtlUi.PLUGIN_ID), new Path("help/README.md"));
		if (url == null) {
			throw new IllegalStateException("the bundle has no help/README.md");
		}
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	/** The whole guide as a self-contained HTML page. */
	public static String html() {
		Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown());
		String body = HtmlRenderer.builder().extensions(EXTENSIONS).build().render(document);
		return """
				<!DOCTYPE html>
				<html><head><meta charset="utf-8"><title>PTL Workbench Guide</title>
				<style>
				body { font-family: sans-serif; max-width: 60em; margin: 1em auto; line-height: 1.45; }
				pre, code { font-family: monospace; background: #f4f4f4; }
				pre { padding: 0.6em; overflow-x: auto; }
				table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; vertical-align: top; }
				</style></head><body>
				""" + body + "</body></html>\n";
	}

	/** The README's second-level headings with their anchors, in order. */
	public static List<Chapter> chapters() {
		Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown());
		List<Chapter> chapters = new ArrayList<>();
		Set<String> seen = new java.util.HashSet<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				if (heading.getLevel() == 2) {
					String title = textOf(heading);
					chapters.add(new Chapter(title, anchor(title, seen)));
				}
			}
		});
		return chapters;
	}

	private static String textOf(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}

			@Override
			public void visit(org.commonmark.node.Code code) {
				text.append(code.getLiteral());
			}
		});
		return text.toString();
	}

	/** The id HeadingAnchorExtension gives a heading (GitHub's rule), made unique as it does. */
	private static String anchor(String title, Set<String> seen) {
		String base = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-');
		String id = base;
		for (int suffix = 1; !seen.add(id); suffix++) {
			id = base + "-" + suffix;
		}
		return id;
	}
}
