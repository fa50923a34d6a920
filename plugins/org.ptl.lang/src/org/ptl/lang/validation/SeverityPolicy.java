package org.ptl.lang.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.ptl.model.PtlModel;
import org.ptl.model.SeverityDirective;
import org.ptl.model.SeverityLevel;

import com.google.inject.Singleton;

/**
 * Decides the severity a check's diagnostic is reported with: the command line's setting wins over
 * the file's {@code severity} directive, which wins over the IDE's workspace setting, which wins over
 * the check's default. Checks that are not adjustable keep their default whatever is asked.
 */
@Singleton
public class SeverityPolicy {

	private final Map<String, SeverityLevel> overrides = new ConcurrentHashMap<>();
	private final Map<String, SeverityLevel> defaults = new ConcurrentHashMap<>();

	/**
	 * A {@code CHECK=LEVEL} setting, such as {@code encoding.unused=error}, as the command line's
	 * {@code --severity} and the language server's initialization option give it.
	 *
	 * @param check an adjustable check
	 * @param level error, warning, info or ignore
	 */
	public record Setting(PtlCheck check, SeverityLevel level) {

		/** Reads a setting; a typo is an {@link IllegalArgumentException} whose message says what is wrong. */
		public static Setting parse(String text) {
			int equals = text.indexOf('=');
			if (equals < 0) {
				throw new IllegalArgumentException("'" + text + "' is not CHECK=LEVEL (for example encoding.unused=error)");
			}
			String id = text.substring(0, equals);
			PtlCheck check = PtlCheck.byId(id).orElseThrow(
					() -> new IllegalArgumentException("no check is called '" + id + "' ('ptl checks' lists them)"));
			if (!check.adjustable()) {
				throw new IllegalArgumentException("check '" + id + "' is always an error");
			}
			SeverityLevel level = SeverityLevel.get(text.substring(equals + 1).toLowerCase(java.util.Locale.ROOT));
			if (level == null) {
				throw new IllegalArgumentException(
						"'" + text.substring(equals + 1) + "' is not a level: use error, warning, info or ignore");
			}
			return new Setting(check, level);
		}
	}

	/** Applies a setting to every file. */
	public void override(Setting setting) {
		override(setting.check(), setting.level());
	}

	/** A setting that applies to every file (the command line's {@code --severity id=level}). */
	public void override(PtlCheck check, SeverityLevel level) {
		overrides.put(check.id(), level);
	}

	public void clearOverrides() {
		overrides.clear();
	}

	/**
	 * A setting that applies to every file unless the file says otherwise (an IDE's workspace
	 * preference): below the file's directive, above the check's default.
	 */
	public void setDefault(PtlCheck check, SeverityLevel level) {
		defaults.put(check.id(), level);
	}

	public void clearDefaults() {
		defaults.clear();
	}

	public SeverityLevel levelFor(PtlCheck check, Resource resource) {
		if (!check.adjustable()) {
			return check.defaultLevel();
		}
		SeverityLevel global = overrides.get(check.id());
		if (global != null) {
			return global;
		}
		SeverityLevel directive = fileDirectives(resource).get(check.id());
		if (directive != null) {
			return directive;
		}
		return defaults.getOrDefault(check.id(), check.defaultLevel());
	}

	/** The same decision as the severity Xtext reports with ({@link Severity#IGNORE} for a check turned off). */
	public Severity severityFor(PtlCheck check, Resource resource) {
		return switch (levelFor(check, resource)) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		case INFO -> Severity.INFO;
		case IGNORE -> Severity.IGNORE;
		};
	}

	/** The file's directives by check id; a later directive for one check replaces an earlier one. */
	private static Map<String, SeverityLevel> fileDirectives(Resource resource) {
		Map<String, SeverityLevel> directives = new HashMap<>();
		modelOf(resource).ifPresent(model -> {
			for (SeverityDirective directive : model.getSeverities()) {
				if (directive.getCheckId() != null) {
					directives.put(directive.getCheckId(), directive.getLevel());
				}
			}
		});
		return directives;
	}

	private static Optional<PtlModel> modelOf(Resource resource) {
		if (resource == null) {
			return Optional.empty();
		}
		List<?> contents = resource.getContents();
		return contents.isEmpty() || !(contents.get(0) instanceof PtlModel model) ? Optional.empty()
				: Optional.of(model);
	}
}
