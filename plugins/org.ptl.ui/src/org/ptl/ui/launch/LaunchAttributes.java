package org.ptl.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.ptl.ui.PtlUi;

/**
 * The attributes of PTL launch configurations, shared by the delegates, the tabs and the shortcut:
 * the file (workspace path), for simulations the scenario ("" for all), seed, walker policy override
 * and interleavings, for explorations the model (or concurrent scenario) and the bounds
 * {@code ptl explore} takes, for trace conformance the binding and where it is.
 */
public final class LaunchAttributes {

	public static final String SIMULATION_TYPE = "org.ptl.ui.simulation";
	public static final String EXPLORATION_TYPE = "org.ptl.ui.exploration";
	public static final String CONFORMANCE_TYPE = "org.ptl.ui.conformance";

	public static final String FILE = "org.ptl.ui.file";
	public static final String SCENARIO = "org.ptl.ui.scenario";
	public static final String SEED = "org.ptl.ui.seed";
	public static final String POLICY = "org.ptl.ui.policy";
	/** Which interleavings of concurrent blocks a simulation runs: all, first or a number drawn from the seed. */
	public static final String INTERLEAVINGS = "org.ptl.ui.interleavings";

	public static final String MODEL = "org.ptl.ui.model";
	public static final String PAGES = "org.ptl.ui.pages";
	public static final String GUESTS = "org.ptl.ui.guests";
	public static final String SYMMETRY = "org.ptl.ui.symmetry";
	public static final String MAX_STATES = "org.ptl.ui.maxStates";
	public static final String TIME_LIMIT_SECONDS = "org.ptl.ui.timeLimit";
	public static final String DEADLOCKS = "org.ptl.ui.deadlocks";
	/** Members of named families, "gmap=2,vcpu=2" (protocols; ownership families too). */
	public static final String MEMBERS = "org.ptl.ui.members";

	/** For trace conformance (FILE is the trace): the binding (or format) the trace must follow. */
	public static final String BINDING = "org.ptl.ui.binding";
	/** Where the binding is: a .ptl file or a folder of the workspace ("": the trace's project). */
	public static final String SPEC = "org.ptl.ui.spec";

	private LaunchAttributes() {
	}

	/** The configuration's file; a clear error when it names none or one that is gone. */
	public static IFile file(ILaunchConfiguration configuration) throws CoreException {
		String path = configuration.getAttribute(FILE, "");
		if (path.isBlank()) {
			throw new CoreException(PtlUi.error("the launch configuration names no file", null));
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path));
		if (!file.exists()) {
			throw new CoreException(PtlUi.error("the file " + path + " does not exist", null));
		}
		return file;
	}
}
