package org.ptl.ui.refactoring;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.ptl.ui.simulation.SourceReveal;

/**
 * The PTL References view: what Find References found, one row per place (file, line, the line's
 * text); the declaration first in its file's order and marked; double-click opens the place.
 */
public final class ReferencesView extends ViewPart {

	public static final String ID = "org.ptl.ui.referencesView";

	private Label title;
	private TableViewer table;
	private List<ReferenceRow> rows = List.of();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		title = new Label(parent, SWT.NONE);
		title.setText("Find References (Ctrl+Shift+G) on a name in a .ptl editor");
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		column("File", 260, row -> row.file().getFullPath().toString());
		column("Line", 60, row -> Integer.toString(row.line()));
		column("", 110, row -> row.declaration() ? "declaration" : "reference");
		column("Text", 600, ReferenceRow::text);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof ReferenceRow row) {
				SourceReveal.range(getSite().getPage(), row.file(), row.offset(), row.length());
			}
		});
	}

	private void column(String name, int width, java.util.function.Function<ReferenceRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(name);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ReferenceRow) element);
			}
		});
	}

	/** Shows the places found for an element. */
	public void show(String element, List<ReferenceRow> found) {
		rows = List.copyOf(found);
		long files = rows.stream().map(ReferenceRow::file).distinct().count();
		title.setText("'" + element + "': " + rows.size() + (rows.size() == 1 ? " place" : " places") + " in " + files
				+ (files == 1 ? " file" : " files"));
		table.setInput(rows);
	}

	/** The rows shown (for tests). */
	public List<ReferenceRow> rows() {
		return rows;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
