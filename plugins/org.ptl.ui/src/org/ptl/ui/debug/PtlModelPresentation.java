package org.ptl.ui.debug;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.model.ILineBreakpoint;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

/**
 * How the Debug platform shows PTL's debug model: default labels and images (the elements' names
 * say what they are), a value's detail as its text, and a .ptl file (a frame's source, or a
 * breakpoint's file) in the editor the workbench uses for it, the Generic Editor.
 */
public final class PtlModelPresentation extends LabelProvider implements IDebugModelPresentation {

	@Override
	public void setAttribute(String attribute, Object value) {
		// no presentation options
	}

	@Override
	public Image getImage(Object element) {
		return null;
	}

	@Override
	public String getText(Object element) {
		return null;
	}

	@Override
	public void computeDetail(IValue value, IValueDetailListener listener) {
		String detail;
		try {
			detail = value.getValueString();
		} catch (org.eclipse.debug.core.DebugException unreadable) {
			detail = unreadable.getMessage();
		}
		listener.detailComputed(value, detail);
	}

	@Override
	public IEditorInput getEditorInput(Object element) {
		if (element instanceof IFile file) {
			return new FileEditorInput(file);
		}
		if (element instanceof ILineBreakpoint breakpoint && breakpoint.getMarker().getResource() instanceof IFile file) {
			return new FileEditorInput(file);
		}
		return null;
	}

	@Override
	public String getEditorId(IEditorInput input, Object element) {
		if (input instanceof FileEditorInput file) {
			try {
				IEditorDescriptor descriptor = IDE.getEditorDescriptor(file.getFile(), true, false);
				return descriptor.getId();
			} catch (PartInitException noEditor) {
				return null;
			}
		}
		return null;
	}
}
