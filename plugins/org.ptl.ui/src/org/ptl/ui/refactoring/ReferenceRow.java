package org.ptl.ui.refactoring;

import org.eclipse.core.resources.IFile;

/**
 * One line of the PTL References view.
 *
 * @param file        the workspace file
 * @param offset      where the name is written
 * @param length      the name's length
 * @param line        1-based line
 * @param text        the line's text, trimmed
 * @param declaration whether this is the declaration
 */
public record ReferenceRow(IFile file, int offset, int length, int line, String text, boolean declaration) {
}
