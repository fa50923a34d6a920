package org.ptl.ui.pictures;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * A column of drawings, each under its title, in the colours of its parent (a hover popup, the
 * diagram view). It owns the images it shows: showing others, or disposing the strip, frees them.
 */
public final class PictureStrip {

	private final Composite composite;
	private final List<Image> images = new ArrayList<>();

	public PictureStrip(Composite parent) {
		composite = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 4;
		layout.marginHeight = 2;
		composite.setLayout(layout);
		composite.setBackground(parent.getBackground());
		composite.setForeground(parent.getForeground());
		composite.addDisposeListener(event -> disposeImages());
	}

	public Composite control() {
		return composite;
	}

	/** Replaces what is shown by these drawings (none: an empty strip). */
	public void show(List<Picture> pictures) {
		for (Control child : composite.getChildren()) {
			child.dispose();
		}
		disposeImages();
		for (Picture picture : pictures) {
			Image image = SvgImages.of(composite.getDisplay(), picture.svg());
			if (image == null) {
				continue;
			}
			images.add(image);
			Label title = new Label(composite, SWT.NONE);
			title.setText(picture.title());
			title.setBackground(composite.getBackground());
			title.setForeground(composite.getForeground());
			Label drawing = new Label(composite, SWT.NONE);
			drawing.setImage(image);
			drawing.setBackground(composite.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			drawing.setData(Picture.class.getName(), picture);
			drawing.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		}
		composite.layout(true, true);
	}

	/** The images shown, in order (for tests and for the view's size). */
	public List<Image> images() {
		return List.copyOf(images);
	}

	private void disposeImages() {
		images.forEach(Image::dispose);
		images.clear();
	}
}
