package org.ptl.lang.ide.server;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.ImplementedBy;

/**
 * Checks that take longer than validation, such as exploring ownership models and proving layouts:
 * the language server publishes a file's diagnostics first without them and then again with them,
 * so that a typo is reported at once even when a proof takes seconds. The language server of the
 * command line binds the exploration {@code ptl check} runs; without a binding there are none.
 */
@ImplementedBy(DeferredChecks.None.class)
public interface DeferredChecks {

	/**
	 * The further issues of a validated file.
	 *
	 * @param resource   the file, linked and validated
	 * @param validation the issues validation found in it (internal failures left out)
	 * @param cancel     tells that a newer edit made the answer useless
	 */
	List<Issue> check(XtextResource resource, List<Issue> validation, CancelIndicator cancel);

	/**
	 * Whether the checks have anything to do for the file as validated, asked before the server
	 * copies it for them: a file without anything to prove, or with errors, costs nothing then.
	 */
	default boolean appliesTo(XtextResource resource, List<Issue> validation) {
		return true;
	}

	/** No deferred checks. */
	final class None implements DeferredChecks {

		@Override
		public List<Issue> check(XtextResource resource, List<Issue> validation, CancelIndicator cancel) {
			return List.of();
		}
	}
}
