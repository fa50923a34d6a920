package org.ptl.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.ptl.lang.ide.PtlIdeSetup;

import com.google.inject.Injector;

/**
 * The org.ptl.ui bundle: the one Guice injector of the PTL language with its IDE-neutral services
 * (parser, linker, validators, content assist, highlighting, hover, quick fixes), created on first
 * use because setting Xtext up takes a moment, and the bundle's log.
 */
public final class PtlUi extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.ptl.ui";

	private static PtlUi instance;
	private static volatile Injector injector;

	public PtlUi() {
		instance = this;
	}

	public static PtlUi getDefault() {
		return instance;
	}

	/** The language's injector, shared by the editor, the builder, the launches and the views. */
	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (PtlUi.class) {
				result = injector;
				if (result == null) {
					result = new PtlIdeSetup().createInjectorAndDoEMFRegistration();
					injector = result;
					if (instance != null) {
						// the workspace's check severities (Preferences > PTL) for every validation
						org.ptl.ui.preferences.CheckSeverities.apply();
					}
				}
			}
		}
		return result;
	}

	public static void log(String message, Throwable failure) {
		if (instance != null) {
			instance.getLog().log(new Status(IStatus.ERROR, PLUGIN_ID, message, failure));
		}
	}

	public static IStatus error(String message, Throwable failure) {
		return new Status(IStatus.ERROR, PLUGIN_ID, message, failure);
	}
}
