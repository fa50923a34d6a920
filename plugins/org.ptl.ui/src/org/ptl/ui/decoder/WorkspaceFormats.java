package org.ptl.ui.decoder;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.ptl.model.ClaimSet;
import org.ptl.model.Encoding;
import org.ptl.model.Format;
import org.ptl.sim.decode.Decoder;
import org.ptl.ui.model.PtlResources;
import org.ptl.ui.model.WorkspaceModels;

/**
 * The formats the decoder offers: every format in the .ptl files of the open projects, each with the
 * claim sets and encodings of the whole workspace, so a value decodes to the ownership states it
 * carries. Read from the saved files.
 */
final class WorkspaceFormats {

	/**
	 * A format and its decoder.
	 *
	 * @param label   the format's name and where it is
	 * @param format  the format
	 * @param decoder its decoder with the workspace's claims and encodings
	 */
	record Choice(String label, Format format, Decoder decoder) {
	}

	private WorkspaceFormats() {
	}

	/** Loads the workspace's .ptl files (on the caller's thread, so from a job) and lists their formats. */
	static List<Choice> load() throws CoreException {
		WorkspaceModels models = WorkspaceModels.load();
		List<ClaimSet> claims = models.all(ClaimSet.class);
		List<Encoding> encodings = models.all(Encoding.class);
		List<Choice> choices = new ArrayList<>();
		for (Format format : models.all(Format.class)) {
			try {
				String where = PtlResources.fileOf(format.eResource().getURI()) instanceof IFile file
						? file.getFullPath().toString() : format.eResource().getURI().lastSegment();
				choices.add(new Choice(format.getName() + " (" + where + ")", format, new Decoder(format, claims, encodings)));
			} catch (IllegalArgumentException unusable) {
				// a format the decoder cannot compile (its file has errors the builder reports)
			}
		}
		return choices;
	}
}
