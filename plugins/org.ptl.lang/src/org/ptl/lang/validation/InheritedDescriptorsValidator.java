package org.ptl.lang.validation;

import org.eclipse.xtext.validation.Check;
import org.ptl.model.Field;
import org.ptl.model.FieldKind;
import org.ptl.model.Format;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.support.Bits;
import org.ptl.model.support.Formats;
import org.ptl.model.support.Geometry;

/**
 * Checks the descriptors a format takes from another ({@code descriptors from}) against the
 * format's own geometry. They were checked where they are written, but against that format's levels
 * and granule: a 40-bit format starting at level 1 that borrows a level-0 table descriptor, or a
 * 64K format that borrows 4K address fields, would otherwise pass and then decode or simulate
 * wrongly. Findings sit on the {@code descriptors from} line, since that is what would change.
 */
public class InheritedDescriptorsValidator extends PtlCheckValidator {

	@Check
	public void inheritedDescriptorsFitTheFormat(Format format) {
		Format source = format.getDescriptorsFrom();
		if (source == null || source.eIsProxy() || !format.getDescriptors().isEmpty()) {
			return;
		}
		Geometry geometry = Geometry.of(format);
		for (org.ptl.model.Descriptor descriptor : Formats.descriptors(format)) {
			checkLevels(format, source, descriptor);
			if (geometry != null) {
				checkAddressFields(format, source, geometry, descriptor);
			}
		}
	}

	/**
	 * Levels the borrowing format does not have are fine (a 40-bit format starting at level 1 simply
	 * never meets the level-0 tables of the 48-bit one); levels it has must suit the descriptor's
	 * kind, and at least one of them must be there.
	 */
	private void checkLevels(Format format, Format source, org.ptl.model.Descriptor descriptor) {
		String taken = "format " + quote(format.getName()) + " takes " + descriptor.getKind().getLiteral()
				+ " descriptor " + quote(descriptor.getName()) + " from " + quote(source.getName());
		boolean anyHere = descriptor.getLevels().isEmpty();
		for (int level : descriptor.getLevels()) {
			if (level < format.getFirstLevel() || level > format.getLastLevel()) {
				continue;
			}
			anyHere = true;
			String reason = GeometryValidator.whyNotAt(descriptor.getKind(), format, level);
			if (reason != null) {
				report(PtlCheck.DESCRIPTOR_LEVEL, taken + ", but here it cannot be at level " + level + ": " + reason,
						format, Literals.FORMAT__DESCRIPTORS_FROM);
			}
		}
		if (!anyHere) {
			report(PtlCheck.DESCRIPTOR_LEVEL, taken + " at levels " + descriptor.getLevels() + ", but the format has levels "
					+ format.getFirstLevel() + ".." + format.getLastLevel() + ": it can never be used here", format,
					Literals.FORMAT__DESCRIPTORS_FROM);
		}
	}

	private void checkAddressFields(Format format, Format source, Geometry geometry,
			org.ptl.model.Descriptor descriptor) {
		for (Field field : descriptor.getFields()) {
			if (field.getKind() != FieldKind.ADDRESS || field.getAddressBits() != null
					|| !Bits.isWellFormed(field.getBits())) {
				continue;
			}
			String misaligned = BitLayoutValidator.misalignment(field, format, geometry);
			if (misaligned != null) {
				report(PtlCheck.ADDRESS_ALIGNMENT, "format " + quote(format.getName()) + " takes descriptor "
						+ quote(descriptor.getName()) + " from " + quote(source.getName()) + ": " + misaligned, format, Literals.FORMAT__DESCRIPTORS_FROM);
			}
		}
	}
}
