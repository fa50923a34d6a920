package org.ptl.ui.wizards;

import java.util.List;

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

/**
 * The New PTL File wizard's second page: what to start from (a format, an ownership model, a
 * scenario), the name of what the file declares, and for a scenario the binding it runs on (the
 * bindings of the workspace's .ptl files).
 */
final class TemplatePage extends WizardPage {

	private final List<Binding> bindings;
	private Button[] kinds;
	private Text name;
	private Combo binding;

	TemplatePage(List<Binding> bindings) {
		super("template");
		this.bindings = bindings;
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
			kinds[i].addListener(SWT.Selection, event -> validate());
		}
		kinds[0].setSelection(true);
		new Label(body, SWT.NONE).setText("&Name:");
		name = new Text(body, SWT.BORDER);
		name.setText("my_format");
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name.addModifyListener(event -> validate());
		new Label(body, SWT.NONE).setText("&Binding (scenarios):");
		binding = new Combo(body, SWT.READ_ONLY);
		binding.setItems(bindings.stream().map(Binding::getName).toArray(String[]::new));
		if (!bindings.isEmpty()) {
			binding.select(0);
		}
		binding.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		setControl(body);
		validate();
	}

	Templates.Kind kind() {
		for (int i = 0; i < kinds.length; i++) {
			if (kinds[i].getSelection()) {
				return Templates.Kind.values()[i];
			}
		}
		return Templates.Kind.FORMAT;
	}

	String declaredName() {
		return name.getText().trim();
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
		setPageComplete(problem == null);
	}
}
