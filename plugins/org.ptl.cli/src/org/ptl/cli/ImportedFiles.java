package org.ptl.cli;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * How reports name a file that no argument named but another file imports: relative to the
 * working directory when it lies below it, absolute otherwise.
 */
final class ImportedFiles {

	private ImportedFiles() {
	}

	static String shownAs(Resource resource) {
		URI uri = resource.getURI();
		if (uri == null) {
			return "?";
		}
		if (!uri.isFile()) {
			return uri.toString();
		}
		Path file = Path.of(uri.toFileString()).toAbsolutePath().normalize();
		Path here = Path.of("").toAbsolutePath();
		return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
	}
}
