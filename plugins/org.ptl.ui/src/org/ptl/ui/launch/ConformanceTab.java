package org.ptl.ui.launch;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** The main tab of a "PTL Trace Conformance": the trace (.log), the binding, and where the binding is. */
final class ConformanceTab extends FileTab {

	private Text binding;
	private Text spec;

	@Override
	protected void createFields(Composite body) {
		binding = field(body, "&Binding:", "the binding whose formats, encodings and ownership model the trace must "
				+ "follow; or a format's name, to check break-before-make and locks only");
		spec = field(body, "&Specification:", "the .ptl file or folder of the workspace the binding is in "
				+ "(empty: the trace's project)");
	}

	@Override
	protected String extension() {
		return "log";
	}

	@Override
	public String getName() {
		return "Trace";
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(LaunchAttributes.BINDING, "");
		configuration.setAttribute(LaunchAttributes.SPEC, "");
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		super.initializeFrom(configuration);
		binding.setText(attribute(configuration, LaunchAttributes.BINDING, ""));
		spec.setText(attribute(configuration, LaunchAttributes.SPEC, ""));
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		super.performApply(configuration);
		configuration.setAttribute(LaunchAttributes.BINDING, binding.getText().trim());
		configuration.setAttribute(LaunchAttributes.SPEC, spec.getText().trim());
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		if (!super.isValid(configuration)) {
			return false;
		}
		if (binding.getText().isBlank()) {
			setErrorMessage("Name the binding (or format) the trace must follow");
			return false;
		}
		return true;
	}
}
