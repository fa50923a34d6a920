package org.ptl.ui.pictures;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.ptl.gen.docs.Pictures;
import org.ptl.lang.util.LoadedElements;
import org.ptl.lang.util.PtlNames;
import org.ptl.model.BitPicture;
import org.ptl.model.Claim;
import org.ptl.model.ClaimSet;
import org.ptl.model.Descriptor;
import org.ptl.model.Encoding;
import org.ptl.model.Format;
import org.ptl.model.Layout;
import org.ptl.model.OwnershipModel;
import org.ptl.model.expr.LayoutEvaluation;
import org.ptl.model.expr.LayoutInputs;
import org.ptl.model.expr.PictureSlices;
import org.ptl.model.support.Formats;

/**
 * Which drawings belong to a place in a .ptl file, drawn by org.ptl.gen exactly as the documentation
 * site draws them: a descriptor's 64-bit register (with the claims loaded with it), an ownership
 * model's state diagram (ELK's layered layout), a layout's VA bit pictures for its declared
 * defaults. The hover shows the drawing of the element itself; the diagram view also follows an
 * element to the drawing it belongs to (a state to its model, a claim to its descriptor).
 */
public final class ElementPictures {

	private ElementPictures() {
	}

	/** The drawings of a hovered element: a descriptor (or field of one), or a layout (or a part of one). */
	public static List<Picture> forHover(EObject element) {
		for (EObject current = element; current != null && !current.eIsProxy(); current = current.eContainer()) {
			if (current instanceof Descriptor descriptor) {
				return List.of(descriptor(descriptor));
			}
			if (current instanceof Layout layout) {
				return layout(layout);
			}
			if (current instanceof Format || current instanceof OwnershipModel || current instanceof ClaimSet) {
				return List.of();
			}
		}
		return List.of();
	}

	/** The drawings of the model, descriptor(s) or layout the element is in or belongs to. */
	public static List<Picture> forDiagram(EObject element) {
		for (EObject current = element; current != null && !current.eIsProxy(); current = current.eContainer()) {
			switch (current) {
			case OwnershipModel model:
				return List.of(new Picture("ownership model " + model.getName(), Pictures.stateDiagram(model)));
			case Encoding encoding:
				return encoding.getModel() == null || encoding.getModel().eIsProxy() ? List.of() : forDiagram(encoding.getModel());
			case Descriptor descriptor:
				return List.of(descriptor(descriptor));
			case Claim claim:
				return forDiagram(claim.eContainer());
			case ClaimSet set:
				return set.getFields().stream().filter(field -> !field.eIsProxy() && field.eContainer() instanceof Descriptor)
						.map(field -> descriptor((Descriptor) field.eContainer())).distinct().toList();
			case Format format:
				return Formats.descriptors(format).stream().map(ElementPictures::descriptor).toList();
			case Layout layout:
				return layout(layout);
			default:
				break;
			}
		}
		return List.of();
	}

	private static Picture descriptor(Descriptor descriptor) {
		return new Picture(descriptor.getKind().getLiteral() + " descriptor " + PtlNames.qualified(descriptor),
				Pictures.descriptor(descriptor, LoadedElements.loadedWith(descriptor, ClaimSet.class)));
	}

	private static List<Picture> layout(Layout layout) {
		LayoutEvaluation<Long, Boolean> evaluation = LayoutInputs.evaluate(layout, LayoutInputs.defaults(layout));
		List<Picture> pictures = new ArrayList<>();
		for (BitPicture picture : layout.getPictures()) {
			pictures.add(new Picture("layout " + layout.getName() + ": " + picture.getName() + " for the defaults",
					Pictures.layout(PictureSlices.of(evaluation, picture))));
		}
		return pictures;
	}
}
