package org.ptl.ui.preferences;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.ptl.lang.validation.PtlCheck;
import org.ptl.model.SeverityLevel;
import org.ptl.ui.PtlPreferences;

/**
 * PTL > Check Severities: every check with its id, what it reports, its default and the workspace's
 * severity, chosen per check from error, warning, info and ignore (checks that are always errors
 * cannot be changed). A file's {@code severity} directive still wins for that file. On OK the
 * settings go to the validators and the PTL projects are checked again.
 */
public final class SeverityPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private static final String[] LEVELS = Arrays.stream(SeverityLevel.values()).map(SeverityLevel::getName)
			.toArray(String[]::new);

	private final Map<PtlCheck, SeverityLevel> chosen = new EnumMap<>(PtlCheck.class);
	private TableViewer table;

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(PtlPreferences.store());
		setDescription("The severity of each check in this workspace. A file's own 'severity \"id\" level' directive "
				+ "still wins for that file, and so does ptl check -s on the command line.");
		for (PtlCheck check : PtlCheck.values()) {
			chosen.put(check, CheckSeverities.setting(check).orElse(check.defaultLevel()));
		}
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		Composite tableArea = new Composite(body, SWT.NONE);
		GridData area = new GridData(SWT.FILL, SWT.FILL, true, true);
		area.heightHint = 360;
		area.widthHint = 620;
		tableArea.setLayoutData(area);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		table = new TableViewer(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, "Check", 30, PtlCheck::id);
		TableViewerColumn severity = column(columns, "Severity", 14, check -> chosen.get(check).getName()
				+ (check.adjustable() ? "" : " (always)"));
		severity.setEditingSupport(new SeverityEditing());
		column(columns, "Default", 12, check -> check.defaultLevel().getName());
		column(columns, "What it reports", 60, PtlCheck::summary);
		table.setInput(PtlCheck.values());
		new Label(body, SWT.WRAP).setText("Click a severity to change it.");
		return body;
	}

	private TableViewerColumn column(TableColumnLayout layout, String title, int weight,
			java.util.function.Function<PtlCheck, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((PtlCheck) element);
			}
		});
		return column;
	}

	/** The severity the page shows for a check (for tests). */
	public SeverityLevel shown(PtlCheck check) {
		return chosen.get(check);
	}

	/** Chooses a check's severity as the table's editor does (for tests); non-adjustable checks refuse. */
	public void choose(PtlCheck check, SeverityLevel level) {
		if (check.adjustable()) {
			chosen.put(check, level);
			if (table != null) {
				table.update(check, null);
			}
		}
	}

	@Override
	protected void performDefaults() {
		for (PtlCheck check : PtlCheck.values()) {
			chosen.put(check, check.defaultLevel());
		}
		table.refresh();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		boolean changed = false;
		for (Map.Entry<PtlCheck, SeverityLevel> entry : chosen.entrySet()) {
			SeverityLevel before = CheckSeverities.setting(entry.getKey()).orElse(entry.getKey().defaultLevel());
			if (before != entry.getValue()) {
				CheckSeverities.set(entry.getKey(), entry.getValue());
				changed = true;
			}
		}
		if (changed) {
			CheckSeverities.applyAndRebuild();
		}
		return true;
	}

	/** A combo of the four levels in the Severity column, for adjustable checks. */
	private final class SeverityEditing extends EditingSupport {

		SeverityEditing() {
			super(table);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new ComboBoxCellEditor(table.getTable(), LEVELS, SWT.READ_ONLY);
		}

		@Override
		protected boolean canEdit(Object element) {
			return ((PtlCheck) element).adjustable();
		}

		@Override
		protected Object getValue(Object element) {
			return List.of(LEVELS).indexOf(chosen.get((PtlCheck) element).getName());
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = (Integer) value;
			if (index >= 0) {
				choose((PtlCheck) element, SeverityLevel.getByName(LEVELS[index]));
			}
		}
	}
}
