package org.ptl.ui.pictures;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Image;

/**
 * SVG drawings as SWT images. SWT rasterizes SVG itself (its org.eclipse.swt.svg fragment, JSVG),
 * so the IDE shows the very drawings the documentation site shows, with no second drawing code.
 */
public final class SvgImages {

	private SvgImages() {
	}

	/** The drawing as an image the caller disposes; null when SWT cannot read it (logged). */
	public static Image of(Device device, String svg) {
		try {
			return new Image(device, new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		} catch (SWTException | IllegalArgumentException unreadable) {
			org.ptl.ui.PtlUi.log("cannot draw an SVG picture", unreadable);
			return null;
		}
	}
}
