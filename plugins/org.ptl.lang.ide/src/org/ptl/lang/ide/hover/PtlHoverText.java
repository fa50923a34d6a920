package org.ptl.lang.ide.hover;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.ptl.model.Claim;
import org.ptl.model.Descriptor;
import org.ptl.model.Field;
import org.ptl.model.Format;
import org.ptl.model.State;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The hover text of PTL as Markdown, the same for the Eclipse editor (which asks with a resource and
 * an offset) and the language server ({@link PtlHoverService}): for a descriptor field its bits,
 * kind and values; for a claim its bits, claimant and fields; for a descriptor a drawing of its
 * layout; for a state its encodings; for a format its geometry. A name that refers to an element
 * shows the element's text, and a place inside an element the text of the nearest element that has
 * one, so hovering a bit range shows its field.
 */
@Singleton
public class PtlHoverText {

	@Inject
	private EObjectAtOffsetHelper offsets;

	/** The text for the element at the offset: the one a name there refers to, or the one declared there. */
	public Optional<String> hover(XtextResource resource, int offset) {
		EObject element = offsets.resolveElementAt(resource, offset);
		return element == null ? Optional.empty() : describe(element);
	}

	/** The text of the element, or of its nearest container that has one. */
	public Optional<String> describe(EObject element) {
		for (EObject current = element; current != null && !current.eIsProxy(); current = current.eContainer()) {
			String text = switch (current) {
			case Field field -> LayoutHover.field(field);
			case Descriptor descriptor -> LayoutHover.descriptor(descriptor);
			case Format format -> LayoutHover.format(format);
			case Claim claim -> OwnershipHover.claim(claim);
			case State state -> OwnershipHover.state(state);
			case org.ptl.model.Region region when region.eContainer() instanceof org.ptl.model.Layout -> AddressLayoutHover.region(region);
			case org.ptl.model.Layout layout -> AddressLayoutHover.layout(layout);
			default -> null;
			};
			if (text != null) {
				return Optional.of(text);
			}
		}
		return Optional.empty();
	}
}
