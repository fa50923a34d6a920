package org.ptl.ui.refactoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.ptl.lang.ide.references.NameOccurrence;
import org.ptl.lang.ide.references.PtlReferences;
import org.ptl.lang.ide.references.PtlRename;
import org.ptl.model.Named;
import org.ptl.ui.PtlUi;
import org.ptl.ui.model.PtlDocuments;
import org.ptl.ui.model.PtlResources;

/**
 * Rename in the workspace: finds the declaration under the caret, loads every .ptl file as the
 * editors show it, and writes the new name at each occurrence through the files' text buffers (so
 * open editors change in place and undo works per file). Files that were saved before are saved
 * again; files with unsaved changes stay unsaved.
 */
public final class Renaming {

	/**
	 * A rename ready to apply.
	 *
	 * @param declaration the element, in the workspace resource set
	 * @param resources   the workspace resource set
	 */
	public record Target(Named declaration, XtextResourceSet resources) {

		public String kind() {
			return declaration.eClass().getName().toLowerCase(java.util.Locale.ROOT);
		}
	}

	private Renaming() {
	}

	/** The declaration named at the offset of the document, with the workspace loaded, or null. */
	public static Target targetAt(IDocument document, int offset) throws CoreException {
		PtlDocuments.Parsed parsed = PtlDocuments.parse(document);
		Named local = PtlUi.injector().getInstance(PtlReferences.class).declarationAt(parsed.resource(), offset);
		if (local == null) {
			return null;
		}
		URI uri = EcoreUtil.getURI(local);
		XtextResourceSet workspace = WorkspaceSources.load();
		EObject declaration = workspace.getEObject(uri, true);
		return declaration instanceof Named named ? new Target(named, workspace) : null;
	}

	/** Why the target cannot take the name, or null. */
	public static String problem(Target target, String newName) {
		return PtlUi.injector().getInstance(PtlRename.class).problem(target.declaration(), newName);
	}

	/** Every place the target is named. */
	public static Map<URI, List<NameOccurrence>> occurrences(Target target) {
		return PtlUi.injector().getInstance(PtlRename.class).changes(target.declaration(),
				WorkspaceSources.resources(target.resources()));
	}

	/** Renames; returns the files changed. Call on the UI thread (open editors' documents change). */
	public static List<IFile> apply(Target target, String newName) throws CoreException {
		String problem = problem(target, newName);
		if (problem != null) {
			throw new CoreException(PtlUi.error(problem, null));
		}
		List<IFile> changed = new ArrayList<>();
		for (Map.Entry<URI, List<NameOccurrence>> file : occurrences(target).entrySet()) {
			IFile workspaceFile = PtlResources.fileOf(file.getKey());
			if (workspaceFile == null) {
				continue; // an import outside the workspace: not ours to change
			}
			write(workspaceFile, file.getValue(), newName);
			changed.add(workspaceFile);
		}
		return changed;
	}

	private static void write(IFile file, List<NameOccurrence> occurrences, String newName) throws CoreException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		manager.connect(path, LocationKind.IFILE, null);
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
			boolean wasDirty = buffer.isDirty();
			IDocument document = buffer.getDocument();
			// from the end, so that earlier offsets stay valid
			List<NameOccurrence> backwards = new ArrayList<>(occurrences);
			backwards.sort(Comparator.comparingInt(NameOccurrence::offset).reversed());
			for (NameOccurrence occurrence : backwards) {
				document.replace(occurrence.offset(), occurrence.length(), newName);
			}
			if (!wasDirty) {
				buffer.commit(null, true);
			}
		} catch (BadLocationException changedMeanwhile) {
			throw new CoreException(PtlUi.error(file.getFullPath() + " changed during the rename", changedMeanwhile));
		} finally {
			manager.disconnect(path, LocationKind.IFILE, null);
		}
	}
}
