package org.ptl.ui.generate;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;
import org.osgi.service.prefs.BackingStoreException;
import org.ptl.ui.PtlUi;

/**
 * Project > Properties > PTL Generation: the folder generated C headers (c/) and documentation
 * (docs/) go to, the C style, and whether saving a .ptl file regenerates them.
 */
public final class GenerationPropertyPage extends PropertyPage {

	private Text folder;
	private Combo style;
	private Button onSave;

	@Override
	protected Control createContents(Composite parent) {
		IProject project = project();
		GenerationSettings settings = GenerationSettings.of(project);
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		onSave = new Button(page, SWT.CHECK);
		onSave.setText("Regenerate the C header and the documentation of a .ptl file when it is saved");
		onSave.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		onSave.setSelection(settings.onSave());
		new Label(page, SWT.NONE).setText("Output folder (in the project):");
		folder = new Text(page, SWT.BORDER);
		folder.setText(settings.folder());
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folder.addModifyListener(event -> validate());
		new Label(page, SWT.NONE).setText("C style:");
		style = new Combo(page, SWT.READ_ONLY);
		style.setItems("user", "kernel");
		style.select("kernel".equals(settings.style()) ? 1 : 0);
		Label note = new Label(page, SWT.WRAP);
		note.setText("Headers go to FOLDER/c, the documentation site to FOLDER/docs. Files there that ptl did not generate are never overwritten.");
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		return page;
	}

	private void validate() {
		String text = folder.getText().trim();
		boolean valid = !text.isEmpty() && !text.startsWith("/") && !text.contains("..")
				&& project().getWorkspace().validatePath("/" + project().getName() + "/" + text, org.eclipse.core.resources.IResource.FOLDER).isOK();
		setErrorMessage(valid ? null : "the output folder must be a folder path inside the project");
		setValid(valid);
	}

	@Override
	public boolean performOk() {
		try {
			new GenerationSettings(folder.getText().trim(), style.getText(), onSave.getSelection()).saveTo(project());
			return true;
		} catch (BackingStoreException cannotSave) {
			PtlUi.log("cannot save the PTL generation settings of " + project().getName(), cannotSave);
			setErrorMessage("cannot save the settings: " + cannotSave.getMessage());
			return false;
		}
	}

	@Override
	protected void performDefaults() {
		folder.setText(GenerationSettings.DEFAULT_FOLDER);
		style.select(0);
		onSave.setSelection(false);
		super.performDefaults();
	}

	private IProject project() {
		return Adapters.adapt(getElement(), IProject.class);
	}
}
