package org.ptl.ui.decoder;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;

/** Whether a workspace change touched a .ptl file (so views that read formats read them again). */
final class PtlDelta {

	private PtlDelta() {
	}

	static boolean touchesPtl(IResourceDelta delta) {
		boolean[] found = { false };
		try {
			delta.accept(child -> {
				if (child.getResource() instanceof IFile file && "ptl".equals(file.getFileExtension())) {
					found[0] = true;
				}
				return !found[0];
			});
		} catch (CoreException unreadable) {
			return true;
		}
		return found[0];
	}
}
