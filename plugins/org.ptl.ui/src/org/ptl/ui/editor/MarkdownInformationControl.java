package org.ptl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.AbstractInformationControl;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * The hover popup of the .ptl editor: PTL's hover Markdown shown in the editor's monospaced font,
 * so text drawings line up; fences and backticks are dropped and **bold** is drawn bold; the
 * element's SVG drawings ({@link HoverInput}) are shown below the text.
 */
public final class MarkdownInformationControl extends AbstractInformationControl implements IInformationControlExtension2 {

	private StyledText text;
	private org.ptl.ui.pictures.PictureStrip pictures;
	private Composite content;

	MarkdownInformationControl(Shell parent) {
		super(parent, (String) null);
		create();
	}

	@Override
	protected void createContent(Composite parent) {
		content = new Composite(parent, SWT.NONE);
		org.eclipse.swt.layout.GridLayout layout = new org.eclipse.swt.layout.GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		content.setLayout(layout);
		content.setBackground(parent.getBackground());
		content.setForeground(parent.getForeground());
		text = new StyledText(content, SWT.MULTI | SWT.READ_ONLY);
		text.setFont(JFaceResources.getTextFont());
		text.setForeground(parent.getForeground());
		text.setBackground(parent.getBackground());
		text.setMargins(4, 4, 4, 4);
		pictures = new org.ptl.ui.pictures.PictureStrip(content);
	}

	@Override
	public void setInput(Object input) {
		if (input instanceof HoverInput hover) {
			setInformation(hover.text());
			pictures.show(hover.pictures());
		} else {
			setInformation(input == null ? "" : input.toString());
			pictures.show(java.util.List.of());
		}
	}

	/** The drawings shown under the text (for tests). */
	public org.ptl.ui.pictures.PictureStrip pictures() {
		return pictures;
	}

	@Override
	public void setInformation(String markdown) {
		StringBuilder plain = new StringBuilder();
		List<StyleRange> bold = new ArrayList<>();
		for (String line : markdown.split("\n", -1)) {
			if (line.startsWith("```")) {
				continue;
			}
			String cleaned = line.replace("`", "");
			int at;
			while ((at = cleaned.indexOf("**")) >= 0) {
				int end = cleaned.indexOf("**", at + 2);
				if (end < 0) {
					break;
				}
				StyleRange range = new StyleRange();
				range.start = plain.length() + at;
				range.length = end - at - 2;
				range.fontStyle = SWT.BOLD;
				bold.add(range);
				cleaned = cleaned.substring(0, at) + cleaned.substring(at + 2, end) + cleaned.substring(end + 2);
			}
			plain.append(cleaned).append('\n');
		}
		text.setText(plain.toString().stripTrailing());
		text.setStyleRanges(bold.toArray(StyleRange[]::new));
	}

	@Override
	public boolean hasContents() {
		return text.getCharCount() > 0;
	}

	@Override
	public Point computeSizeHint() {
		Point size = content.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		Point constraints = getSizeConstraints();
		if (constraints != null) {
			size.x = Math.min(size.x, constraints.x);
			size.y = Math.min(size.y, constraints.y);
		}
		return computeTrim().width > 0 ? new Point(size.x + computeTrim().width, size.y + computeTrim().height) : size;
	}
}
