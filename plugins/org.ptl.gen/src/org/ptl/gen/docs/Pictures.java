package org.ptl.gen.docs;

import java.util.List;

import org.ptl.model.ClaimSet;
import org.ptl.model.Descriptor;
import org.ptl.model.OwnershipModel;
import org.ptl.model.expr.PictureSlices.Picture;
import org.ptl.sim.layout.PictureSvg;

/**
 * The drawings of the documentation site as standalone SVG documents, for the other faces that show
 * them (the Eclipse hover and diagram view render the same SVG): a descriptor as a 64-bit register
 * with its claims, an ownership model's state diagram laid out by ELK, and a layout's VA bit picture.
 */
public final class Pictures {

	private Pictures() {
	}

	/** A descriptor as four rows of 16 bits, its fields as boxes and the claims on it as coloured bands. */
	public static String descriptor(Descriptor descriptor, List<ClaimSet> claimSets) {
		return BitLayoutSvg.draw(descriptor, claimSets);
	}

	/** An ownership model's states and transitions (solid initiator, dashed completer edges). */
	public static String stateDiagram(OwnershipModel model) {
		return StateDiagramSvg.draw(model);
	}

	/** A layout's bit picture for concrete inputs: the 64 VA bits, each slice labelled. */
	public static String layout(Picture picture) {
		return PictureSvg.draw(picture);
	}
}
