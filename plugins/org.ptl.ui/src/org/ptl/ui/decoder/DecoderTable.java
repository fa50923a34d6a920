package org.ptl.ui.decoder;

import java.util.function.ObjLongConsumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.ptl.sim.decode.Decoder;

/**
 * The decoder view's table: one row per reading heading, field, claim and warning; a field's value
 * cell is editable (hex, binary or decimal) and hands the new value to the view.
 */
final class DecoderTable {

	private static final Color RED = new Color(0xc0, 0x00, 0x00);
	private static final Color BLUE = new Color(0x00, 0x00, 0xa0);
	private static final Color PURPLE = new Color(0x8b, 0x00, 0x8b);

	private DecoderTable() {
	}

	static TableViewer create(Composite parent, ObjLongConsumer<DecodedRow> edited) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(viewer, "Field", 190, DecodedRow::name);
		column(viewer, "Bits", 80, DecodedRow::bits);
		TableViewerColumn value = column(viewer, "Value", 150, DecodedRow::value);
		column(viewer, "Meaning", 420, DecodedRow::meaning);
		value.setEditingSupport(new EditingSupport(viewer) {
			private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

			@Override
			protected CellEditor getCellEditor(Object element) {
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return element instanceof DecodedRow row && row.kind() == DecodedRow.Kind.FIELD && row.low() >= 0;
			}

			@Override
			protected Object getValue(Object element) {
				return ((DecodedRow) element).value();
			}

			@Override
			protected void setValue(Object element, Object typed) {
				Long parsed = Decoder.parseValue(String.valueOf(typed));
				if (parsed != null) {
					edited.accept((DecodedRow) element, parsed);
				}
			}
		});
		return viewer;
	}

	private static TableViewerColumn column(TableViewer viewer, String title, int width,
			java.util.function.Function<DecodedRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((DecodedRow) element);
			}

			@Override
			public Color getForeground(Object element) {
				return switch (((DecodedRow) element).kind()) {
				case WARNING -> RED;
				case CLAIM -> PURPLE;
				case READING -> BLUE;
				default -> null;
				};
			}

			@Override
			public Font getFont(Object element) {
				return ((DecodedRow) element).kind() == DecodedRow.Kind.READING ? JFaceResources.getBannerFont()
						: JFaceResources.getTextFont();
			}
		});
		return column;
	}
}
