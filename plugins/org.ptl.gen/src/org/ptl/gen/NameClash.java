package org.ptl.gen;

import org.eclipse.emf.ecore.EObject;

/**
 * Two model elements that a generator would give the same name in its output (two fields that
 * become one C macro, two files that become one header): an error, for the output would not
 * compile or one file would overwrite the other. The face that knows the source text turns the two
 * elements into locations.
 *
 * @param generatedName the name both would get
 * @param first         the element met first
 * @param second        the element met second
 */
public record NameClash(String generatedName, EObject first, EObject second) {
}
