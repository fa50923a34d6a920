package org.ptl.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

/**
 * The part every PTL launch tab shares: the .ptl file (a workspace path, with Browse) and small
 * helpers to add labelled fields; subclasses add their own fields in {@link #createFields}.
 */
abstract class FileTab extends AbstractLaunchConfigurationTab {

	private Text file;

	@Override
	public final void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		new Label(body, SWT.NONE).setText("&File:");
		file = new Text(body, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		file.addModifyListener(event -> changed());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, event -> browse());
		createFields(body);
		setControl(body);
	}

	/** Adds the tab's own fields to a three-column grid. */
	protected abstract void createFields(Composite body);

	protected final Text field(Composite body, String label, String tooltip) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER);
		text.setToolTipText(tooltip);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		text.addModifyListener(event -> changed());
		return text;
	}

	protected final Button check(Composite body, String label) {
		Button button = new Button(body, SWT.CHECK);
		button.setText(label);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		button.addListener(SWT.Selection, event -> changed());
		return button;
	}

	protected final void changed() {
		setDirty(true);
		updateLaunchConfigurationDialog();
	}

	protected final String filePath() {
		return file.getText().trim();
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		file.setText(attribute(configuration, LaunchAttributes.FILE, ""));
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(LaunchAttributes.FILE, filePath());
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		IResource resource = filePath().isEmpty() ? null
				: ResourcesPlugin.getWorkspace().getRoot().findMember(new Path(filePath()));
		if (!(resource instanceof IFile ptl) || !extension().equals(ptl.getFileExtension())) {
			setErrorMessage("Choose a ." + extension() + " file of the workspace");
			return false;
		}
		return true;
	}

	/** The extension of the launched file: a .ptl file, unless the tab launches something else (a trace). */
	protected String extension() {
		return "ptl";
	}

	/** Reads one attribute of a configuration. */
	@FunctionalInterface
	protected interface Reader<T> {
		T read(ILaunchConfiguration configuration) throws org.eclipse.core.runtime.CoreException;
	}

	/** An attribute's value, or the default when the configuration cannot be read. */
	protected static <T> T attribute(ILaunchConfiguration configuration, Reader<T> reader, T otherwise) {
		try {
			return reader.read(configuration);
		} catch (org.eclipse.core.runtime.CoreException unreadable) {
			return otherwise;
		}
	}

	protected static String attribute(ILaunchConfiguration configuration, String name, String otherwise) {
		return attribute(configuration, c -> c.getAttribute(name, otherwise), otherwise);
	}

	protected static int attribute(ILaunchConfiguration configuration, String name, int otherwise) {
		return attribute(configuration, c -> c.getAttribute(name, otherwise), otherwise);
	}

	protected static boolean attribute(ILaunchConfiguration configuration, String name, boolean otherwise) {
		return attribute(configuration, c -> c.getAttribute(name, otherwise), otherwise);
	}

	/** A non-negative whole number in a field, or -1. */
	protected static long number(Text text) {
		try {
			long value = Long.parseLong(text.getText().trim().replace(",", "").replace("_", ""));
			return value < 0 ? -1 : value;
		} catch (NumberFormatException notANumber) {
			return -1;
		}
	}

	private void browse() {
		FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(getShell(), false,
				ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
		dialog.setTitle("Choose a ." + extension() + " file");
		dialog.setInitialPattern("*." + extension());
		if (dialog.open() == FilteredResourcesSelectionDialog.OK && dialog.getResult().length > 0) {
			file.setText(((IResource) dialog.getResult()[0]).getFullPath().toString());
		}
	}
}
