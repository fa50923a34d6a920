package org.ptl.gen.docs;

import org.ptl.gen.OutputDirectory;

/** The frame of every page of the site: marker, inline style (the site needs no other file to look right), title, navigation. */
final class Page {

	static final String STYLE = """
			body { font-family: sans-serif; margin: 1.5em auto; max-width: 1100px; color: #222; }
			table { border-collapse: collapse; margin: 0.6em 0 1.2em; }
			th, td { border: 1px solid #bbb; padding: 3px 8px; text-align: left; vertical-align: top; }
			th { background: #eef2f6; }
			code, pre { font-family: monospace; }
			.decoder { border: 1px solid #1d4e89; padding: 0.6em 1em; background: #f7faff; }
			.decoder input { font-family: monospace; width: 22em; }
			.decoded { background: #fff; border: 1px solid #ddd; padding: 0.5em; min-height: 3em; }
			.action-stop { background: #fde2e1; } .action-continue { background: #e2f5e1; }
			.action-retry { background: #fff3c4; } .action-ignore { background: #e8e8e8; }
			svg { display: block; margin: 0.5em 0; max-width: 100%; height: auto; }
			""";

	private final StringBuilder html = new StringBuilder();

	Page(String title, String source) {
		html.append("<!DOCTYPE html>\n<!-- ").append(OutputDirectory.MARKER).append(" from ").append(Html.escape(source).replace("--", "- -"))
				.append(" \u2014 do not edit -->\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
				.append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
				.append("<p><a href=\"index.html\">PTL documentation</a></p>\n<h1>").append(Html.escape(title)).append("</h1>\n");
	}

	Page raw(String text) {
		html.append(text);
		return this;
	}

	Page heading(int level, String text, String id) {
		html.append("<h").append(level).append(id == null ? "" : " id=\"" + Html.escape(id) + "\"").append('>').append(Html.escape(text))
				.append("</h").append(level).append(">\n");
		return this;
	}

	Page paragraph(String text) {
		if (text != null && !text.isBlank()) {
			html.append("<p>").append(Html.escape(text)).append("</p>\n");
		}
		return this;
	}

	/** A table of escaped cells; the first row is the header. */
	Page table(java.util.List<java.util.List<String>> rows) {
		html.append("<table>\n");
		for (int i = 0; i < rows.size(); i++) {
			String cell = i == 0 ? "th" : "td";
			html.append("<tr>");
			for (String text : rows.get(i)) {
				html.append('<').append(cell).append('>').append(Html.escape(text)).append("</").append(cell).append('>');
			}
			html.append("</tr>\n");
		}
		html.append("</table>\n");
		return this;
	}

	String end(String scripts) {
		return html.append(scripts).append("</body>\n</html>\n").toString();
	}
}
