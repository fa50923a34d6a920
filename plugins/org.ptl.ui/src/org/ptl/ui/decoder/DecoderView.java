package org.ptl.ui.decoder;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.ptl.sim.decode.Decoder;
import org.ptl.ui.PtlUi;

/**
 * The PTE Decoder view: pick a format of the workspace and a level, type a 64-bit value (hex,
 * binary or decimal) and read it: the descriptor kind, every field with its value and enum name,
 * the software-bit claims with the ownership states they encode, and warnings (reserved encodings,
 * bits set in reserved fields). Editing a field's value writes it back into the 64-bit value.
 */
public final class DecoderView extends ViewPart {

	public static final String ID = "org.ptl.ui.decoderView";

	private static final Color RED = new Color(0xc0, 0x00, 0x00);
	private static final Color GREY = new Color(0x55, 0x55, 0x55);

	private Combo formats;
	private Combo levels;
	private Text value;
	private Label message;
	private TableViewer table;
	private List<WorkspaceFormats.Choice> choices = List.of();
	private final IResourceChangeListener reloadOnSave = event -> {
		if (event.getDelta() != null && PtlDelta.touchesPtl(event.getDelta())) {
			reload();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(6, false));
		new Label(parent, SWT.NONE).setText("Format:");
		formats = new Combo(parent, SWT.READ_ONLY);
		GridData formatWidth = new GridData(SWT.FILL, SWT.CENTER, true, false);
		formatWidth.widthHint = 320;
		formats.setLayoutData(formatWidth);
		new Label(parent, SWT.NONE).setText("Level:");
		levels = new Combo(parent, SWT.READ_ONLY);
		GridData levelWidth = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		levelWidth.widthHint = 110;
		levels.setLayoutData(levelWidth);
		new Label(parent, SWT.NONE).setText("Value:");
		value = new Text(parent, SWT.BORDER);
		value.setFont(JFaceResources.getTextFont());
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 220;
		value.setLayoutData(wide);
		message = new Label(parent, SWT.NONE);
		message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));
		table = DecoderTable.create(parent, this::fieldEdited);
		table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
		formats.addListener(SWT.Selection, event -> {
			fillLevels();
			decode();
		});
		levels.addListener(SWT.Selection, event -> decode());
		value.addModifyListener(event -> decode());
		ResourcesPlugin.getWorkspace().addResourceChangeListener(reloadOnSave, IResourceChangeEvent.POST_CHANGE);
		reload();
	}

	/** Chooses a format by name, sets the level (null for every level) and the value text; for tests and links. */
	public boolean show(String format, Integer level, String valueText) {
		for (int i = 0; i < choices.size(); i++) {
			if (choices.get(i).format().getName().equals(format)) {
				formats.select(i);
				fillLevels();
				levels.select(level == null ? 0 : level - choices.get(i).format().getFirstLevel() + 1);
				value.setText(valueText);
				decode();
				return true;
			}
		}
		return false;
	}

	/** The rows shown now (the UI thread only). */
	@SuppressWarnings("unchecked")
	public List<DecodedRow> rows() {
		Object input = table.getInput();
		return input instanceof List<?> list ? (List<DecodedRow>) list : List.of();
	}

	public String valueText() {
		return value.getText();
	}

	public boolean formatsLoaded() {
		return !choices.isEmpty();
	}

	/** Reads the workspace's formats again in a job, then refreshes the choice. */
	public void reload() {
		Job job = Job.create("Reading PTL formats", monitor -> {
			List<WorkspaceFormats.Choice> loaded;
			try {
				loaded = WorkspaceFormats.load();
			} catch (CoreException | RuntimeException failure) {
				PtlUi.log("cannot read the workspace's PTL formats", failure);
				return Status.OK_STATUS;
			}
			if (!formats.isDisposed()) {
				formats.getDisplay().asyncExec(() -> loaded(loaded));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void loaded(List<WorkspaceFormats.Choice> loaded) {
		if (formats.isDisposed()) {
			return;
		}
		String previous = formats.getSelectionIndex() >= 0 ? choices.get(formats.getSelectionIndex()).format().getName() : null;
		choices = loaded;
		formats.setItems(loaded.stream().map(WorkspaceFormats.Choice::label).toArray(String[]::new));
		int index = 0;
		for (int i = 0; i < loaded.size(); i++) {
			if (loaded.get(i).format().getName().equals(previous)) {
				index = i;
			}
		}
		if (!loaded.isEmpty()) {
			formats.select(index);
		}
		fillLevels();
		decode();
	}

	private void fillLevels() {
		List<String> items = new ArrayList<>(List.of("every level"));
		WorkspaceFormats.Choice choice = chosen();
		if (choice != null) {
			for (int level = choice.format().getFirstLevel(); level <= choice.format().getLastLevel(); level++) {
				items.add(Integer.toString(level));
			}
		}
		int selected = Math.max(0, levels.getSelectionIndex());
		levels.setItems(items.toArray(String[]::new));
		levels.select(selected < items.size() ? selected : 0);
	}

	private WorkspaceFormats.Choice chosen() {
		int index = formats.getSelectionIndex();
		return index < 0 || index >= choices.size() ? null : choices.get(index);
	}

	private void decode() {
		WorkspaceFormats.Choice choice = chosen();
		if (choice == null) {
			say(choices.isEmpty() ? "No format in the workspace's .ptl files yet" : "Choose a format", GREY);
			table.setInput(List.of());
			return;
		}
		if (value.getText().isBlank()) {
			say("Type a 64-bit value: 0x..., 0b... or decimal", GREY);
			table.setInput(List.of());
			return;
		}
		Long parsed = Decoder.parseValue(value.getText());
		if (parsed == null) {
			say("'" + value.getText().trim() + "' is not a 64-bit value (write 0x..., 0b... or decimal)", RED);
			table.setInput(List.of());
			return;
		}
		Integer level = levels.getSelectionIndex() <= 0 ? null : choice.format().getFirstLevel() + levels.getSelectionIndex() - 1;
		List<DecodedRow> rows = DecodedRow.of(choice.decoder().decode(parsed, level));
		say(String.format("0x%016x as %s", parsed, choice.format().getName()), GREY);
		table.setInput(rows);
	}

	private void fieldEdited(DecodedRow row, long fieldValue) {
		Long current = Decoder.parseValue(value.getText());
		if (current != null) {
			value.setText(String.format("0x%016x", row.with(current, fieldValue)));
		}
	}

	private void say(String text, Color colour) {
		message.setText(text);
		message.setForeground(colour);
	}

	@Override
	public void setFocus() {
		value.setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(reloadOnSave);
		super.dispose();
	}
}
