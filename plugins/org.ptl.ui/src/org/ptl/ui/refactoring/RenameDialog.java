package org.ptl.ui.refactoring;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Shell;
import org.ptl.lang.ide.references.NameOccurrence;

/**
 * Asks for the new name of a PTL element, says how many places will change in how many files, and
 * refuses names that are not names, keywords or already taken (the message shows while typing).
 */
public final class RenameDialog extends InputDialog {

	public RenameDialog(Shell shell, Renaming.Target target) {
		super(shell, "Rename " + target.kind() + " " + target.declaration().getName(), message(target),
				target.declaration().getName(), newName -> Renaming.problem(target, newName));
	}

	private static String message(Renaming.Target target) {
		Map<URI, List<NameOccurrence>> occurrences = Renaming.occurrences(target);
		int places = occurrences.values().stream().mapToInt(List::size).sum();
		return "New name (changes " + places + (places == 1 ? " place" : " places") + " in " + occurrences.size()
				+ (occurrences.size() == 1 ? " file" : " files") + "):";
	}
}
