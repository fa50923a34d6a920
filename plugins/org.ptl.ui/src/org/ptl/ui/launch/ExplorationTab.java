package org.ptl.ui.launch;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * The main tab of a "PTL Exploration": the file, the model (protocol, layout or concurrent
 * scenario), pages, guests and members, symmetry and the bounds.
 */
final class ExplorationTab extends FileTab {

	private Text model;
	private Text pages;
	private Text guests;
	private Text members;
	private Button symmetry;
	private Button deadlocks;
	private Text maxStates;
	private Text timeLimit;

	@Override
	protected void createFields(Composite body) {
		model = field(body, "&Model:", "the ownership model, protocol or concurrent scenario to explore; empty explores every "
				+ "model and every scenario with a concurrent block of the file");
		pages = field(body, "&Pages:", "how many pages the explored system has (1 to 65,536)");
		guests = field(body, "&Guests:", "members of each component family, such as guest[*] (1 to 64)");
		members = field(body, "M&embers:", "members of named families, e.g. gmap=2,vcpu=2 (the others get Guests)");
		maxStates = field(body, "Max &states:", "stop after this many states (0: no bound)");
		timeLimit = field(body, "&Time limit (s):", "stop after this many seconds (0: no bound)");
		symmetry = check(body, "Use page and guest s&ymmetry (explores one state of each orbit)");
		deadlocks = check(body, "Report &deadlocks and page values no transition leaves");
	}

	@Override
	public String getName() {
		return "Exploration";
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(LaunchAttributes.MODEL, "");
		configuration.setAttribute(LaunchAttributes.PAGES, 2);
		configuration.setAttribute(LaunchAttributes.GUESTS, 1);
		configuration.setAttribute(LaunchAttributes.MEMBERS, "");
		configuration.setAttribute(LaunchAttributes.SYMMETRY, true);
		configuration.setAttribute(LaunchAttributes.DEADLOCKS, false);
		configuration.setAttribute(LaunchAttributes.MAX_STATES, "0");
		configuration.setAttribute(LaunchAttributes.TIME_LIMIT_SECONDS, 0);
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		super.initializeFrom(configuration);
		model.setText(attribute(configuration, LaunchAttributes.MODEL, ""));
		pages.setText(Integer.toString(attribute(configuration, LaunchAttributes.PAGES, 2)));
		guests.setText(Integer.toString(attribute(configuration, LaunchAttributes.GUESTS, 1)));
		members.setText(attribute(configuration, LaunchAttributes.MEMBERS, ""));
		symmetry.setSelection(attribute(configuration, LaunchAttributes.SYMMETRY, true));
		deadlocks.setSelection(attribute(configuration, LaunchAttributes.DEADLOCKS, false));
		maxStates.setText(attribute(configuration, LaunchAttributes.MAX_STATES, "0"));
		timeLimit.setText(Integer.toString(attribute(configuration, LaunchAttributes.TIME_LIMIT_SECONDS, 0)));
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		super.performApply(configuration);
		configuration.setAttribute(LaunchAttributes.MODEL, model.getText().trim());
		configuration.setAttribute(LaunchAttributes.PAGES, (int) number(pages));
		configuration.setAttribute(LaunchAttributes.GUESTS, (int) number(guests));
		configuration.setAttribute(LaunchAttributes.MEMBERS, members.getText().trim());
		configuration.setAttribute(LaunchAttributes.SYMMETRY, symmetry.getSelection());
		configuration.setAttribute(LaunchAttributes.DEADLOCKS, deadlocks.getSelection());
		configuration.setAttribute(LaunchAttributes.MAX_STATES, Long.toString(Math.max(0, number(maxStates))));
		configuration.setAttribute(LaunchAttributes.TIME_LIMIT_SECONDS, (int) Math.max(0, Math.min(Integer.MAX_VALUE, number(timeLimit))));
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		if (!super.isValid(configuration)) {
			return false;
		}
		String problem = number(pages) < 1 || number(pages) > 65_536 ? "Pages must be 1 to 65,536"
				: number(guests) < 1 || number(guests) > 64 ? "Guests must be 1 to 64"
						: number(maxStates) < 0 ? "Max states is a whole number (0: no bound)"
								: number(timeLimit) < 0 || number(timeLimit) > Integer.MAX_VALUE
										? "The time limit is a whole number of seconds (0: no bound)"
										: MemberCounts.problem(members.getText());
		setErrorMessage(problem);
		return problem == null;
	}
}
