package org.ptl.lang.ide.references;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.ptl.model.Named;
import org.ptl.model.PtlPackage;

import com.google.inject.Inject;

/**
 * Finds where a declaration is named, by linking, not by word: its own name and every reference
 * that resolves to it, including the matching segment of qualified references to elements inside
 * it (renaming a format touches {@code fmt.page.software}). The one service behind the editor's
 * mark occurrences, Find References and rename, for any set of loaded files.
 */
public class PtlReferences {

	@Inject
	private EObjectAtOffsetHelper offsets;

	/** The declaration named at the offset, by its name or by a reference to it, or null. */
	public Named declarationAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		EObject referenced = offsets.resolveCrossReferencedElementAt(resource, offset);
		if (referenced instanceof Named named && !referenced.eIsProxy()) {
			return segmentAt(resource, offset, named);
		}
		EObject declared = offsets.getElementWithNameAt(resource, offset);
		if (declared instanceof Named named && nameNode(named) != null) {
			INode name = nameNode(named);
			if (name.getOffset() <= offset && offset <= name.getEndOffset()) {
				return named;
			}
		}
		return null;
	}

	/**
	 * The element the segment at the offset names in a qualified reference to {@code referenced}:
	 * {@code arm64_s2_4k} in {@code arm64_s2_4k.page.software} names the format, {@code page} the
	 * descriptor, {@code software} the field itself. Written segments are the last ones of the
	 * referenced element's qualified name.
	 */
	private Named segmentAt(XtextResource resource, int offset, Named referenced) {
		ILeafNode at = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		INode reference = at;
		while (reference != null && !(reference.getGrammarElement() instanceof CrossReference)) {
			reference = reference.getParent();
		}
		if (reference == null) {
			return referenced;
		}
		List<ILeafNode> segments = new ArrayList<>();
		for (ILeafNode leaf : reference.getLeafNodes()) {
			if (!leaf.isHidden() && !".".equals(leaf.getText())) {
				segments.add(leaf);
			}
		}
		List<Named> path = namedPath(referenced);
		int index = path.size() - segments.size() + segments.indexOf(at);
		return segments.contains(at) && index >= 0 && index < path.size() ? path.get(index) : referenced;
	}

	/** The element and its named containers, outermost first. */
	private static List<Named> namedPath(EObject element) {
		List<Named> path = new ArrayList<>();
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Named named && named.getName() != null) {
				path.add(0, named);
			}
		}
		return path;
	}

	/** Every place in the resources that names the declaration, in file and text order. */
	public List<NameOccurrence> occurrences(Named declaration, Iterable<? extends Resource> resources) {
		URI target = EcoreUtil.getURI(declaration);
		List<String> targetPath = namePath(declaration);
		List<NameOccurrence> found = new ArrayList<>();
		for (Resource resource : resources) {
			if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
				continue;
			}
			if (resource.getURI().equals(target.trimFragment())) {
				INode name = nameNode(resource.getEObject(target.fragment()));
				if (name != null) {
					found.add(new NameOccurrence(resource.getURI(), name.getOffset(), name.getLength(), name.getStartLine(), true));
				}
			}
			for (INode node : xtext.getParseResult().getRootNode().getAsTreeIterable()) {
				if (node.getGrammarElement() instanceof CrossReference) {
					NameOccurrence occurrence = inReference(resource.getURI(), node, target, targetPath);
					if (occurrence != null) {
						found.add(occurrence);
					}
				}
			}
		}
		found.sort(Comparator.comparing((NameOccurrence o) -> o.uri().toString()).thenComparingInt(NameOccurrence::offset));
		return found;
	}

	/**
	 * The segment of a (possibly qualified) reference that names the target: the reference resolves
	 * to the target or to an element inside it, and its written segments are the last ones of the
	 * resolved element's qualified name.
	 */
	private NameOccurrence inReference(URI uri, INode node, URI target, List<String> targetPath) {
		EObject referenced = offsets.getCrossReferencedElement(node);
		if (referenced == null || referenced.eIsProxy()) {
			return null;
		}
		boolean inside = false;
		for (EObject current = referenced; current != null; current = current.eContainer()) {
			if (EcoreUtil.getURI(current).equals(target)) {
				inside = true;
				break;
			}
		}
		if (!inside) {
			return null;
		}
		List<ILeafNode> segments = new ArrayList<>();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && !".".equals(leaf.getText())) {
				segments.add(leaf);
			}
		}
		List<String> referencedPath = namePath(referenced);
		int index = targetPath.size() - 1 - (referencedPath.size() - segments.size());
		if (index < 0 || index >= segments.size()) {
			return null; // written with fewer segments than reach the target
		}
		ILeafNode leaf = segments.get(index);
		if (!leaf.getText().equals(targetPath.get(targetPath.size() - 1))) {
			return null;
		}
		return new NameOccurrence(uri, leaf.getOffset(), leaf.getLength(), leaf.getStartLine(), false);
	}

	/** The names of the element and its named containers, outermost first. */
	static List<String> namePath(EObject element) {
		return namedPath(element).stream().map(Named::getName).toList();
	}

	/** The node of the declaration's name, or null. */
	public static INode nameNode(EObject declaration) {
		if (declaration == null) {
			return null;
		}
		List<INode> names = NodeModelUtils.findNodesForFeature(declaration, PtlPackage.Literals.NAMED__NAME);
		return names.isEmpty() ? null : names.get(0);
	}
}
