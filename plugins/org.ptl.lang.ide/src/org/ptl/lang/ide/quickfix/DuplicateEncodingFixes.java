package org.ptl.lang.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.ptl.lang.ide.quickfix.PtlFix.Replacement;
import org.ptl.lang.validation.EncodingValues;
import org.ptl.model.Encoding;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.ReservedEncoding;
import org.ptl.model.StateEncoding;

/**
 * The fixes for {@code encoding.duplicate}, on the entry the check reports (the later of the two):
 * a state encoded twice loses its second line, a reserved value that repeats another entry's goes,
 * and a state that shares its value with another entry is given a free value, or a value that is
 * only reserved (the reserved line then goes), or is declared 'not encoded'.
 */
final class DuplicateEncodingFixes {

	private DuplicateEncodingFixes() {
	}

	static List<PtlFix> forEntry(Encoding encoding, EObject entry) {
		if (entry instanceof ReservedEncoding reserved) {
			return removal("Remove the duplicate reserved " + text(encoding, reserved.getValue()), reserved);
		}
		if (!(entry instanceof StateEncoding state) || state.getState() == null || state.getState().eIsProxy()) {
			return List.of();
		}
		String name = "'" + state.getState().getName() + "'";
		if (encodedEarlier(encoding, state)) {
			return removal("Remove the second encoding of " + name, state);
		}
		List<PtlFix> fixes = new ArrayList<>();
		INode value = node(state, Literals.STATE_ENCODING__VALUE);
		if (value == null) {
			return fixes;
		}
		List<String> free = EncodingFixes.unusedValues(encoding, EncodingValues.width(encoding));
		if (!free.isEmpty()) {
			fixes.add(new PtlFix("Encode " + name + " as " + free.get(0), List.of(replace(value, free.get(0)))));
		} else {
			onlyReserved(encoding).ifPresent(reserved -> {
				String text = text(encoding, reserved.getValue());
				Replacement gone = lineOf(reserved);
				if (gone != null) {
					fixes.add(new PtlFix("Encode " + name + " as " + text + ", which is only reserved",
							List.of(replace(value, text), gone)));
				}
			});
		}
		ILeafNode equals = equalsSign(state);
		if (equals != null) {
			int end = value.getOffset() + value.getLength();
			fixes.add(new PtlFix("Declare " + name + " not encoded",
					List.of(new Replacement(equals.getOffset(), end - equals.getOffset(), "not encoded"))));
		}
		return fixes;
	}

	private static boolean encodedEarlier(Encoding encoding, StateEncoding state) {
		for (StateEncoding other : encoding.getEntries()) {
			if (other == state) {
				return false;
			}
			if (other.getState() == state.getState()) {
				return true;
			}
		}
		return false;
	}

	/** A reserved entry whose value no state uses, so that a state may take it. */
	private static java.util.Optional<ReservedEncoding> onlyReserved(Encoding encoding) {
		return encoding.getReserved().stream()
				.filter(reserved -> encoding.getEntries().stream().noneMatch(
						state -> !state.isNotEncoded() && Objects.equals(state.getValue(), reserved.getValue())))
				.findFirst();
	}

	private static List<PtlFix> removal(String label, EObject entry) {
		Replacement line = lineOf(entry);
		return line == null ? List.of() : List.of(new PtlFix(label, List.of(line)));
	}

	/**
	 * Deletes the entry's line, with a comment that ends it (it explains the entry), when the entry
	 * is alone on its line; otherwise just the entry.
	 */
	private static Replacement lineOf(EObject entry) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(entry);
		if (node == null) {
			return null;
		}
		String text = node.getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
		int lineEnd = text.indexOf('\n', node.getEndOffset());
		lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
		String before = text.substring(lineStart, node.getOffset());
		String after = text.substring(node.getEndOffset(), lineEnd).strip();
		if (before.isBlank() && (after.isEmpty() || after.startsWith("//"))) {
			return new Replacement(lineStart, lineEnd - lineStart, "");
		}
		return new Replacement(node.getOffset(), node.getLength(), "");
	}

	private static INode node(EObject element, org.eclipse.emf.ecore.EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	private static ILeafNode equalsSign(StateEncoding state) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(state);
		if (node == null) {
			return null;
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "=".equals(leaf.getText())) {
				return leaf;
			}
		}
		return null;
	}

	private static Replacement replace(INode node, String text) {
		return new Replacement(node.getOffset(), node.getLength(), text);
	}

	private static String text(Encoding encoding, long value) {
		return EncodingValues.text(value, EncodingValues.width(encoding));
	}
}
