package org.ptl.gen;

/**
 * One file a generator produced, not yet written: its name inside the output directory and its
 * whole text. Its first line carries {@link OutputDirectory#MARKER}.
 *
 * @param name    the file name (no directories)
 * @param content the file's text
 */
public record GeneratedFile(String name, String content) {
}
