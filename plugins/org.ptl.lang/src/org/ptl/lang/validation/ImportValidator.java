package org.ptl.lang.validation;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;
import org.ptl.lang.imports.Imports;
import org.ptl.model.Import;
import org.ptl.model.PtlPackage.Literals;

/**
 * Checks imports: each names a readable .ptl file, and following imports never leads back to the
 * importing file.
 */
public class ImportValidator extends PtlCheckValidator {

	private static final String EXTENSION = ".ptl";

	@Check
	public void importIsReadable(Import anImport) {
		String text = anImport.getImportURI();
		URI target = Imports.target(anImport);
		if (target == null) {
			report(PtlCheck.IMPORT_UNRESOLVED, "import '" + text + "' is not a file name", anImport,
					Literals.IMPORT__IMPORT_URI);
		} else if (!text.endsWith(EXTENSION)) {
			report(PtlCheck.IMPORT_UNRESOLVED, "import '" + text + "' does not name a .ptl file", anImport,
					Literals.IMPORT__IMPORT_URI);
		} else if (!Imports.isReadable(anImport)) {
			report(PtlCheck.IMPORT_UNRESOLVED, "cannot read imported file '" + text + "'"
					+ (target.isFile() ? " (no file " + target.toFileString() + ")" : ""), anImport,
					Literals.IMPORT__IMPORT_URI);
		}
	}

	@Check
	public void importsFormNoCycle(Import anImport) {
		List<Resource> cycle = Imports.cycleThrough(anImport);
		if (cycle.isEmpty()) {
			return;
		}
		String importer = Imports.fileName(anImport.eResource());
		String message = cycle.size() == 1 ? "import cycle: " + importer + " imports itself"
				: "import cycle: " + importer + " imports "
						+ cycle.stream().map(Imports::fileName).collect(Collectors.joining(", which imports "));
		report(PtlCheck.IMPORT_CYCLE, message, anImport, Literals.IMPORT__IMPORT_URI);
	}
}
