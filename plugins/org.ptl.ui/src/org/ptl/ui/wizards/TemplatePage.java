package org.ptl.ui.wizards;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.ptl.model.Binding;
import org.ptl.ui.model.PtlResources;

/**
 * The New PTL File wizard's second page: what to start from (a format, an ownership model, a
 * scenario), the name of what the file declares (proposed per kind until the user types one, and
 * checked against the workspace's declarations of that kind), and for a scenario the binding it
 * runs on, each shown with the file that declares it.
 */
final class TemplatePage extends WizardPage {

	private final List<Binding> bindings;
	private final BiFunction<Templates.Kind, String, String> declaredIn;
	private final Consumer<String> nameChanged;
	private Button[] kinds;
	private Text name;
	private Combo binding;
	/** Whether the name is one the page proposed (and may replace when the kind changes). */
	private boolean proposedName = true;
	private boolean settingName;

	/**
	 * @param bindings    the workspace's bindings
	 * @param declaredIn  where the workspace already declares a kind of element by a name, or null
	 * @param nameChanged told the declared name whenever it changes (the file name follows it)
	 */
	TemplatePage(List<Binding> bindings, BiFunction<Templates.Kind, String, String> declaredIn, Consumer<String> nameChanged) {
		super("template");
		this.bindings = bindings;
		this.declaredIn = declaredIn;
		this.nameChanged = nameChanged;
		setTitle("What the file declares");
		setDescription("Start from a template; everything in it can be changed.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		Templates.Kind[] values = Templates.Kind.values();
		kinds = new Button[values.length];
		for (int i = 0; i < values.length; i++) {
			kinds[i] = new Button(body, SWT.RADIO);
			kinds[i].setText(values[i].label);
			kinds[i].setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			kinds[i].addListener(SWT.Selection, event -> kindChanged());
		}
		kinds[0].setSelection(true);
		new Label(body, SWT.NONE).setText("&Name:");
		name = new Text(body, SWT.BORDER);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name.addModifyListener(event -> {
			if (!settingName) {
				proposedName = false;
			}
			nameChanged.accept(declaredName());
			validate();
		});
		new Label(body, SWT.NONE).setText("&Binding (scenarios):");
		binding = new Combo(body, SWT.READ_ONLY);
		binding.setItems(bindings.stream().map(TemplatePage::describe).toArray(String[]::new));
		if (!bindings.isEmpty()) {
			binding.select(0);
		}
		binding.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		setControl(body);
		propose(Templates.Kind.FORMAT);
		validate();
	}

	/** A binding as the combo lists it: its name and the file that declares it. */
	private static String describe(Binding binding) {
		var file = PtlResources.fileOf(binding.eResource().getURI());
		return binding.getName() + "  (" + (file == null ? binding.eResource().getURI().lastSegment() : file.getFullPath()) + ")";
	}

	private void kindChanged() {
		if (proposedName) {
			propose(kind());
		}
		validate();
	}

	private void propose(Templates.Kind kind) {
		settingName = true;
		try {
			name.setText(kind.defaultName);
		} finally {
			settingName = false;
		}
	}

	Templates.Kind kind() {
		for (int i = 0; i < kinds.length; i++) {
			if (kinds[i].getSelection()) {
				return Templates.Kind.values()[i];
			}
		}
		return Templates.Kind.FORMAT;
	}

	/** Chooses a kind as a click on its button would. */
	void choose(Templates.Kind kind) {
		for (int i = 0; i < kinds.length; i++) {
			kinds[i].setSelection(Templates.Kind.values()[i] == kind);
		}
		kindChanged();
	}

	String declaredName() {
		return name.getText().trim();
	}

	void declaredName(String value) {
		name.setText(value);
	}

	List<String> bindingChoices() {
		return List.of(binding.getItems());
	}

	Binding binding() {
		return binding.getSelectionIndex() < 0 ? null : bindings.get(binding.getSelectionIndex());
	}

	private void validate() {
		binding.setEnabled(kind() == Templates.Kind.SCENARIO);
		String problem = !declaredName().matches("[A-Za-z_][A-Za-z0-9_]*") ? "The name is a PTL identifier: letters, digits and _"
				: kind() == Templates.Kind.SCENARIO && bindings.isEmpty()
						? "A scenario runs on a binding, and the workspace has none: create the PTL Example Project first"
						: null;
		setErrorMessage(problem);
		String clash = problem == null ? declaredIn.apply(kind(), declaredName()) : null;
		setMessage(clash == null ? null
				: "'" + declaredName() + "' is declared already in " + clash + ": two files that declare it cannot import each other",
				IMessageProvider.WARNING);
		setPageComplete(problem == null);
	}
}
