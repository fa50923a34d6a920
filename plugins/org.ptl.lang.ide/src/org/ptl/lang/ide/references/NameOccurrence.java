package org.ptl.lang.ide.references;

import org.eclipse.emf.common.util.URI;

/**
 * Where a declaration's name is written: the declaration itself or one segment of a reference (the
 * {@code page} of {@code arm64_s2_4k.page.software} when the descriptor is meant).
 *
 * @param uri         the file
 * @param offset      the name's offset in the file's text
 * @param length      the name's length
 * @param line        the 1-based line, for listings
 * @param declaration whether this is the declaration rather than a reference
 */
public record NameOccurrence(URI uri, int offset, int length, int line, boolean declaration) {
}
