package org.ptl.cli;

/** How a command prints its results: for people, or for tools. */
enum ReportFormat {
	text, json
}
