package org.ptl.ui.preferences;

import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.preference.IPreferenceStore;
import org.ptl.lang.validation.PtlCheck;
import org.ptl.lang.validation.SeverityPolicy;
import org.ptl.model.SeverityLevel;
import org.ptl.ui.PtlPreferences;
import org.ptl.ui.PtlUi;
import org.ptl.ui.build.PtlNature;

/**
 * The workspace's severity per check (PTL > Check Severities): kept as {@code severity.<check id>}
 * preferences, given to the language's {@link SeverityPolicy} as workspace defaults (a file's own
 * {@code severity} directive still wins, as on the command line's side the file's does over the
 * check's default), and applied by rebuilding the PTL projects.
 */
public final class CheckSeverities {

	private CheckSeverities() {
	}

	static String key(PtlCheck check) {
		return "severity." + check.id();
	}

	/** The workspace's setting for the check, empty when it keeps its default. */
	public static Optional<SeverityLevel> setting(PtlCheck check) {
		String value = PtlPreferences.available() ? PtlPreferences.store().getString(key(check)) : "";
		return value.isEmpty() ? Optional.empty() : Optional.ofNullable(SeverityLevel.getByName(value));
	}

	/** Changes (or, with null, clears) the workspace's setting for an adjustable check. */
	public static void set(PtlCheck check, SeverityLevel level) {
		IPreferenceStore store = PtlPreferences.store();
		if (level == null || !check.adjustable() || level == check.defaultLevel()) {
			store.setToDefault(key(check));
		} else {
			store.setValue(key(check), level.getName());
		}
	}

	/** Gives the settings to the validators (at start and after a change). */
	public static void apply() {
		SeverityPolicy policy = PtlUi.injector().getInstance(SeverityPolicy.class);
		policy.clearDefaults();
		for (PtlCheck check : PtlCheck.values()) {
			setting(check).ifPresent(level -> policy.setDefault(check, level));
		}
	}

	/** Applies the settings and checks every PTL project again, so that markers take the new severities. */
	public static void applyAndRebuild() {
		apply();
		WorkspaceJob rebuild = new WorkspaceJob("Checking PTL projects with the new severities") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
					if (project.isOpen() && project.hasNature(PtlNature.ID)) {
						project.build(IncrementalProjectBuilder.FULL_BUILD, monitor);
					}
				}
				return Status.OK_STATUS;
			}
		};
		rebuild.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
		rebuild.schedule();
	}
}
