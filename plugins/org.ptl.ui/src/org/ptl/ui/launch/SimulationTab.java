package org.ptl.ui.launch;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * The main tab of a "PTL Simulation": the file, the scenario (empty for all), the seed, a walker
 * policy override and the interleavings of concurrent blocks.
 */
final class SimulationTab extends FileTab {

	private Text scenario;
	private Text seed;
	private Text policy;
	private Text interleavings;

	@Override
	protected void createFields(Composite body) {
		scenario = field(body, "&Scenario:", "the scenario to run; empty runs every scenario of the file");
		seed = field(body, "S&eed:", "where table pages are placed; the same seed gives the same trace");
		policy = field(body, "Walker &policy:", "a walker policy every scenario runs with instead of its own; empty keeps theirs");
		interleavings = field(body, "&Interleavings:",
				"of concurrent blocks: all (every one), first, or a number drawn at random from the seed");
	}

	@Override
	public String getName() {
		return "Simulation";
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(LaunchAttributes.SCENARIO, "");
		configuration.setAttribute(LaunchAttributes.SEED, 0);
		configuration.setAttribute(LaunchAttributes.POLICY, "");
		configuration.setAttribute(LaunchAttributes.INTERLEAVINGS, "all");
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		super.initializeFrom(configuration);
		scenario.setText(attribute(configuration, LaunchAttributes.SCENARIO, ""));
		seed.setText(Integer.toString(attribute(configuration, LaunchAttributes.SEED, 0)));
		policy.setText(attribute(configuration, LaunchAttributes.POLICY, ""));
		interleavings.setText(attribute(configuration, LaunchAttributes.INTERLEAVINGS, "all"));
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		super.performApply(configuration);
		configuration.setAttribute(LaunchAttributes.SCENARIO, scenario.getText().trim());
		configuration.setAttribute(LaunchAttributes.SEED, (int) Math.max(0, Math.min(Integer.MAX_VALUE, number(seed))));
		configuration.setAttribute(LaunchAttributes.POLICY, policy.getText().trim());
		configuration.setAttribute(LaunchAttributes.INTERLEAVINGS, interleavings.getText().trim());
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		if (!super.isValid(configuration)) {
			return false;
		}
		if (number(seed) < 0 || number(seed) > Integer.MAX_VALUE) {
			setErrorMessage("The seed is a whole number from 0 to " + Integer.MAX_VALUE);
			return false;
		}
		if (org.ptl.sim.race.RaceOptions.parse(interleavings.getText().trim(), 0) == null) {
			setErrorMessage("Interleavings are all, first or a number of interleavings");
			return false;
		}
		return true;
	}
}
