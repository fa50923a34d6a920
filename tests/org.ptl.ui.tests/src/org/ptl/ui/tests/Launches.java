package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.ui.PartInitException;
import org.ptl.ui.launch.LaunchAttributes;
import org.ptl.ui.simulation.SimulationSession;
import org.ptl.ui.simulation.SimulationSessions;
import org.ptl.ui.simulation.SimulationView;

/**
 * What the launch tests share: a new PTL launch configuration of a file with some attributes,
 * launched; the simulation view opened; waiting for a launch and its session to end; the text of
 * a repository file.
 */
final class Launches {

	private Launches() {
	}

	/** Launches a new configuration of the type on the file; attributes come as name, value pairs. */
	static ILaunch launch(String type, String mode, IFile file, String... attributes) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationWorkingCopy copy = manager.getLaunchConfigurationType(type).newInstance(null,
				manager.generateLaunchConfigurationName("test " + file.getName()));
		copy.setAttribute(LaunchAttributes.FILE, file.getFullPath().toString());
		for (int i = 0; i < attributes.length; i += 2) {
			copy.setAttribute(attributes[i], attributes[i + 1]);
		}
		return copy.doSave().launch(mode, null);
	}

	/** Waits for the launch to end and its session (the latest) to finish. */
	static SimulationSession finished(ILaunch launch, Duration timeout) {
		Workbench.waitUntil("the launch to end", timeout, launch::isTerminated);
		SimulationSession session = SimulationSessions.latest();
		assertNotNull(session);
		Workbench.waitUntil("the session to finish", Duration.ofSeconds(10), session::finished);
		return session;
	}

	/** Opens the simulation view (the UI thread is asked). */
	static void showSimulationView() {
		Workbench.ui(() -> {
			try {
				Workbench.page().showView(SimulationView.ID);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** A file of the repository, by its path from the root. */
	static String read(String relative) {
		try {
			return Files.readString(Workbench.root().resolve(relative));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
