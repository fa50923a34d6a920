package org.ptl.ui.simulation;

import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Composite;

/**
 * Small helpers for the simulation view's tables: a table viewer with a header and lines, and a
 * column whose text (and optionally colour) comes from a function of the row.
 */
final class Columns {

	private Columns() {
	}

	static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	/** The width a column of the table needs to show the text whole, in the table's font. */
	static int widthOf(Table table, String text) {
		GC gc = new GC(table);
		try {
			gc.setFont(table.getFont());
			return gc.textExtent(text).x + 24;
		} finally {
			gc.dispose();
		}
	}

	static <T> void add(TableViewer viewer, String title, int width, Class<T> type, Function<T, String> text) {
		add(viewer, title, width, type, text, row -> null);
	}

	static <T> void add(TableViewer viewer, String title, int width, Class<T> type, Function<T, String> text,
			Function<T, Color> colour) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return type.isInstance(element) ? text.apply(type.cast(element)) : "";
			}

			@Override
			public Color getForeground(Object element) {
				return type.isInstance(element) ? colour.apply(type.cast(element)) : null;
			}
		});
	}
}
