package org.ptl.ui.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.ptl.sim.race.RaceText;
import org.ptl.sim.race.StepRecord;
import org.ptl.sim.trace.OwnershipTable;
import org.ptl.sim.trace.PteChange;
import org.ptl.sim.trace.TraceEntry;

/**
 * What the selected step did: the entries it changed (old value, new value and the fields that
 * changed, decoded), its maintenance, notes, broken invariants and break-before-make rules (or, for
 * an expectation, what was found), and every component's ownership state of every page after it,
 * the pages the step changed highlighted (the changed states in bold). For a concurrent block the
 * top shows its interleaving instead ({@link InterleavingTable}), and the notes what the
 * exploration found and the selected scheduler step in full.
 */
final class StepDetails {

	private static final String CHANGED = "changed";
	private static final Color CHANGED_BACKGROUND = new Color(0xff, 0xf4, 0xc2);

	private final Group top;
	private final StackLayout stack = new StackLayout();
	private final TableViewer ptes;
	private final InterleavingTable interleaving;
	private final Text notes;
	private final Table ownership;
	private TraceEntry.Race race;

	StepDetails(Composite parent, IntConsumer reveal) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		top = (Group) group(sash, "Entries changed");
		top.setLayout(stack);
		ptes = Columns.table(top);
		interleaving = new InterleavingTable(top, reveal, this::showStep);
		stack.topControl = ptes.getControl();
		Columns.add(ptes, "Table", 70, PteChange.class, PteChange::table);
		Columns.add(ptes, "Level", 45, PteChange.class, change -> Integer.toString(change.level()));
		Columns.add(ptes, "Index", 45, PteChange.class, change -> Integer.toString(change.index()));
		// 64-bit values in the editor's fixed-width font, in columns as wide as the widest of them
		ptes.getTable().setFont(JFaceResources.getTextFont());
		int hexWidth = Columns.widthOf(ptes.getTable(), hex(-1L));
		Columns.add(ptes, "Address", hexWidth, PteChange.class, change -> hex(change.address()));
		Columns.add(ptes, "Old", hexWidth, PteChange.class, change -> hex(change.before()));
		Columns.add(ptes, "New", hexWidth, PteChange.class, change -> hex(change.after()));
		Columns.add(ptes, "Fields", 360, PteChange.class, change -> String.join(", ", change.fields()));
		notes = new Text(group(sash, "Notes"), SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		ownership = new Table(group(sash, "Ownership after the step"), SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		ownership.setHeaderVisible(true);
		ownership.setLinesVisible(true);
		sash.setWeights(4, 2, 4);
	}

	/**
	 * Shows an entry; the pages whose ownership differs from {@code before} are highlighted; for a
	 * concurrent block, the steps of its interleaving the run has gone through ({@code revealed}).
	 */
	void show(ScenarioRun.Recorded recorded, OwnershipTable before, int revealed) {
		TraceEntry entry = recorded == null ? null : recorded.entry();
		ptes.setInput(entry instanceof TraceEntry.Step step ? step.ptes() : List.of());
		race = entry instanceof TraceEntry.Race shown ? shown : null;
		Control wanted = race != null ? interleaving.control() : ptes.getControl();
		if (stack.topControl != wanted) {
			stack.topControl = wanted;
			top.layout();
		}
		top.setText(race == null ? "Entries changed" : race.report().shownFailure() != null
				? "The shortest interleaving that fails" : "The first interleaving");
		showOwnership(recorded == null ? null : recorded.ownership(), before);
		if (race != null) {
			interleaving.show(race.report(), revealed);
		} else {
			notes.setText(entry == null ? "" : notesOf(entry));
		}
	}

	private void showStep(StepRecord step) {
		if (race == null) {
			return;
		}
		List<String> lines = new ArrayList<>(RaceText.summary(race.report()));
		if (step != null) {
			lines.add("");
			lines.add((step.cpu() < 0 ? "rcu" : race.report().cpus().get(step.cpu())) + ":");
			step.events().forEach(event -> lines.add("  " + event));
			step.violations().forEach(violation -> lines.add(violation.text()));
		}
		notes.setText(String.join("\n", lines));
	}

	/** The line to reveal for an entry: for a concurrent block, the line of the interleaving step selected. */
	int line(ScenarioRun.Recorded recorded) {
		if (recorded == null) {
			return 0;
		}
		int step = recorded.entry() instanceof TraceEntry.Race ? interleaving.selectedLine() : 0;
		return step > 0 ? step : recorded.entry().line();
	}

	InterleavingTable interleaving() {
		return interleaving;
	}

	/** The pages the ownership table shows highlighted as changed by the step (for tests). */
	List<Integer> changedPages() {
		List<Integer> pages = new ArrayList<>();
		for (TableItem item : ownership.getItems()) {
			if (Boolean.TRUE.equals(item.getData(CHANGED))) {
				pages.add(Integer.valueOf(item.getText(0)));
			}
		}
		return pages;
	}

	/** The width of a column of the entries table (for tests). */
	int entryColumnWidth(int index) {
		return ptes.getTable().getColumn(index).getWidth();
	}

	private static String notesOf(TraceEntry entry) {
		List<String> lines = new ArrayList<>();
		if (entry instanceof TraceEntry.Step step) {
			lines.add("result: " + step.result());
			step.states().forEach(change -> lines.add(change.subject() + ": " + change.before() + " -> " + change.after()));
			step.events().forEach(lines::add);
			step.violations().forEach(violation -> lines.add("invariant broken: " + violation));
			step.monitor().forEach(violation -> lines.add(violation.text()));
		} else if (entry instanceof TraceEntry.Check check) {
			lines.add(check.passed() ? "holds" : "does not hold: " + check.detail());
		}
		return String.join("\n", lines);
	}

	private void showOwnership(OwnershipTable table, OwnershipTable before) {
		ownership.setRedraw(false);
		try {
			ownership.removeAll();
			for (TableColumn column : ownership.getColumns()) {
				column.dispose();
			}
			if (table == null) {
				return;
			}
			column("Page", 50);
			table.columns().forEach(name -> column(name, 130));
			for (int page = 0; page < table.rows().size(); page++) {
				TableItem item = new TableItem(ownership, SWT.NONE);
				List<String> row = table.rows().get(page);
				List<String> cells = new ArrayList<>();
				cells.add(Integer.toString(page));
				cells.addAll(row);
				item.setText(cells.toArray(String[]::new));
				List<String> old = before == null || page >= before.rows().size() ? null : before.rows().get(page);
				if (old != null && !old.equals(row)) {
					item.setData(CHANGED, Boolean.TRUE);
					item.setBackground(CHANGED_BACKGROUND);
					for (int column = 0; column < row.size(); column++) {
						if (column >= old.size() || !old.get(column).equals(row.get(column))) {
							item.setFont(column + 1, JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
						}
					}
				}
			}
		} finally {
			ownership.setRedraw(true);
		}
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(ownership, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}

	static Composite group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new FillLayout());
		return group;
	}

	private static String hex(long value) {
		return String.format("0x%016x", value);
	}
}
