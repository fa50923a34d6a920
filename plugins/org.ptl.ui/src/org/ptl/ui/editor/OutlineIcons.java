package org.ptl.ui.editor;

import java.util.Map;

import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * The Outline's icons: a 16×16 coloured square with the kind's initial (F format, D descriptor,
 * f field, S state, C component, T transition, ...), drawn once per kind and kept in an image
 * registry that disposes them with the display. Drawn rather than shipped so every kind of the
 * metamodel has one, including kinds added later (they get a grey square).
 */
final class OutlineIcons {

	private static final Map<String, RGB> COLOURS = Map.ofEntries(
			Map.entry("Format", new RGB(0x2e, 0x6d, 0xb4)), Map.entry("Descriptor", new RGB(0x3f, 0x8f, 0xd2)),
			Map.entry("Field", new RGB(0x6c, 0xa6, 0xe0)), Map.entry("ClaimSet", new RGB(0x8e, 0x44, 0xad)),
			Map.entry("Claim", new RGB(0xb0, 0x7c, 0xc6)), Map.entry("OwnershipModel", new RGB(0x1e, 0x84, 0x49)),
			Map.entry("State", new RGB(0x27, 0xae, 0x60)), Map.entry("Component", new RGB(0xd3, 0x54, 0x00)),
			Map.entry("Transition", new RGB(0xe6, 0x7e, 0x22)), Map.entry("Invariant", new RGB(0xc0, 0x39, 0x2b)),
			Map.entry("Encoding", new RGB(0x16, 0xa0, 0x85)), Map.entry("Scenario", new RGB(0x7f, 0x8c, 0x8d)),
			Map.entry("WalkerPolicy", new RGB(0xb7, 0x95, 0x0b)), Map.entry("Binding", new RGB(0x34, 0x49, 0x5e)));

	private static ImageRegistry registry;

	private OutlineIcons() {
	}

	/** The icon of a metamodel class (by its name); call on the UI thread. */
	static Image of(String kind) {
		if (registry == null) {
			registry = new ImageRegistry(Display.getCurrent());
		}
		Image image = registry.get(kind);
		if (image == null) {
			image = draw(kind);
			registry.put(kind, image);
		}
		return image;
	}

	private static Image draw(String kind) {
		Display display = Display.getCurrent();
		Image image = new Image(display, 16, 16);
		GC gc = new GC(image);
		org.eclipse.swt.graphics.Color fill = new org.eclipse.swt.graphics.Color(display,
				COLOURS.getOrDefault(kind, new RGB(0x95, 0xa5, 0xa6)));
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, 16, 16);
			gc.setBackground(fill);
			gc.fillRoundRectangle(1, 1, 14, 14, 4, 4);
			gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
			String letter = kind.equals("Field") ? "f" : kind.substring(0, 1);
			var extent = gc.textExtent(letter);
			gc.drawText(letter, (16 - extent.x) / 2, (16 - extent.y) / 2, true);
		} finally {
			fill.dispose();
			gc.dispose();
		}
		return image;
	}
}
