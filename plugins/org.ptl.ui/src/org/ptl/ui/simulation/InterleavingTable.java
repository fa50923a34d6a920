package org.ptl.ui.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.ptl.sim.monitor.Violation;
import org.ptl.sim.race.RaceFailure;
import org.ptl.sim.race.RaceReport;
import org.ptl.sim.race.StepRecord;

/**
 * One interleaving of a concurrent block as a table with a column per vCPU (and one for the RCU
 * callbacks when they ran): a row per scheduler step, its atomic event in the column of the CPU that
 * took it, and the break-before-make rules it broke; a failed step is red. While a debug session
 * steps through the block only the steps run so far are rows, and the newest is selected, so the
 * table follows the scheduler. Selecting a row reveals the line of the operation its CPU was in.
 */
final class InterleavingTable {

	private static final Color RED = new Color(0xc0, 0x00, 0x00);

	private final Table table;
	private final IntConsumer reveal;
	private final Consumer<StepRecord> selected;
	private RaceReport report;
	private int rows = -1;

	InterleavingTable(Composite parent, IntConsumer reveal, Consumer<StepRecord> selected) {
		this.reveal = reveal;
		this.selected = selected;
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.Selection, event -> chosen());
	}

	Control control() {
		return table;
	}

	/**
	 * Shows the first {@code revealed} steps of the report's interleaving. When more steps are shown
	 * than before, the newest is selected (the scheduler's step); a report shown for the first time
	 * selects its first failed step, else its last; otherwise the selection stays. The line of a
	 * row is revealed when the selection moves, not when the same rows are shown again.
	 */
	void show(RaceReport shown, int revealed) {
		boolean fresh = shown != report;
		if (!fresh && revealed == rows) {
			selected.accept(selectedStep());
			return;
		}
		if (fresh) {
			report = shown;
			columns(shown);
		}
		boolean grew = !fresh && revealed > rows;
		rows = revealed;
		int keep = table.getSelectionIndex();
		fill(shown, revealed);
		int select = grew ? revealed - 1 : fresh ? firstFailed(shown, revealed) : Math.min(keep, table.getItemCount() - 1);
		if (select >= 0) {
			table.setSelection(select);
			table.showSelection();
		}
		chosen();
	}

	private void columns(RaceReport shown) {
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			column("#", 35);
			column("Line", 45);
			shown.cpus().forEach(cpu -> column(cpu, 210));
			if (shown.shown().stream().anyMatch(step -> step.cpu() < 0)) {
				column("rcu", 150);
			}
			column("Breaks", 320);
		} finally {
			table.setRedraw(true);
		}
	}

	private void fill(RaceReport shown, int revealed) {
		table.setRedraw(false);
		try {
			table.removeAll();
			int cpus = shown.cpus().size();
			int breaks = table.getColumnCount() - 1;
			for (int i = 0; i < revealed && i < shown.shown().size(); i++) {
				StepRecord step = shown.shown().get(i);
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(0, Integer.toString(i + 1));
				item.setText(1, step.line() > 0 ? Integer.toString(step.line()) : "");
				item.setText(2 + (step.cpu() < 0 ? cpus : step.cpu()), cell(step));
				item.setText(breaks, String.join("; ", step.violations().stream().map(Violation::message).toList()));
				item.setData(step);
				if (!step.violations().isEmpty()) {
					item.setForeground(RED);
				}
			}
			RaceFailure failure = shown.shownFailure();
			if (failure != null && failure.kind() != RaceFailure.Kind.MONITOR && revealed >= shown.shown().size()) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(breaks, failure.message());
				item.setForeground(RED);
			}
		} finally {
			table.setRedraw(true);
		}
	}

	private static String cell(StepRecord step) {
		return step.events().size() > 1 ? step.summary() + " (+" + (step.events().size() - 1) + ")" : step.summary();
	}

	private static int firstFailed(RaceReport shown, int revealed) {
		for (int i = 0; i < revealed && i < shown.shown().size(); i++) {
			if (!shown.shown().get(i).violations().isEmpty()) {
				return i;
			}
		}
		return Math.min(revealed, shown.shown().size()) - 1;
	}

	/** The selected row's step goes to the listener and its line to the editor. */
	private void chosen() {
		StepRecord step = selectedStep();
		selected.accept(step);
		if (step != null && step.line() > 0) {
			reveal.accept(step.line());
		}
	}

	/** The line of the selected row's operation, or 0. */
	int selectedLine() {
		StepRecord step = selectedStep();
		return step == null ? 0 : step.line();
	}

	StepRecord selectedStep() {
		int index = table.getSelectionIndex();
		return index < 0 ? null : (StepRecord) table.getItem(index).getData();
	}

	/** Selects a row as a click would; false when there is no such row. */
	boolean select(int row) {
		if (row < 0 || row >= table.getItemCount()) {
			return false;
		}
		table.setSelection(row);
		chosen();
		return true;
	}

	/** The column titles: #, Line, one per CPU (and rcu), Breaks. */
	List<String> titles() {
		List<String> titles = new ArrayList<>();
		for (TableColumn column : table.getColumns()) {
			titles.add(column.getText());
		}
		return titles;
	}

	int rowCount() {
		return table.getItemCount();
	}

	/** The selected row (0 for the first step), or -1. */
	int selection() {
		return table.getSelectionIndex();
	}

	/** Whether a row is shown as failed. */
	boolean failed(int row) {
		return row >= 0 && row < table.getItemCount() && RED.equals(table.getItem(row).getForeground());
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}
}
