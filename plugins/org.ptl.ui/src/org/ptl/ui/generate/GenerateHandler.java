package org.ptl.ui.generate;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Generate C Header and Generate Documentation on the .ptl files selected in the Project Explorer,
 * or on the file of the active editor: a job per file ({@link PtlGeneration}); a failure (errors in
 * the files, a foreign file in the way) is the job's error, which the workbench shows.
 */
public abstract class GenerateHandler extends AbstractHandler {

	private final PtlGeneration.Kind kind;

	protected GenerateHandler(PtlGeneration.Kind kind) {
		this.kind = kind;
	}

	/** Generate C Header. */
	public static final class C extends GenerateHandler {
		public C() {
			super(PtlGeneration.Kind.C);
		}
	}

	/** Generate Documentation. */
	public static final class Docs extends GenerateHandler {
		public Docs() {
			super(PtlGeneration.Kind.DOCS);
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		for (IFile file : files(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event))) {
			job(file, kind).schedule();
		}
		return null;
	}

	/** The job that generates a kind of output from a file (scheduled by the caller). */
	public static WorkspaceJob job(IFile file, PtlGeneration.Kind kind) {
		WorkspaceJob job = new WorkspaceJob("Generating the " + kind.label() + " of " + file.getFullPath()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				PtlGeneration.generate(file, kind, monitor);
				return Status.OK_STATUS;
			}
		};
		job.setRule(file.getProject());
		job.setUser(true);
		return job;
	}

	private static List<IFile> files(ISelection selection, IEditorPart editor) {
		List<IFile> files = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				IFile file = Adapters.adapt(element, IFile.class);
				if (file != null && "ptl".equals(file.getFileExtension())) {
					files.add(file);
				}
			}
		}
		if (files.isEmpty() && editor != null) {
			IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
			if (file != null && "ptl".equals(file.getFileExtension())) {
				files.add(file);
			}
		}
		return files;
	}
}
