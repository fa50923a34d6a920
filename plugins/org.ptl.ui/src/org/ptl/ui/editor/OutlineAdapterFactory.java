package org.ptl.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** Gives a text editor showing a .ptl file its {@link PtlOutlinePage} (the Generic Editor has no outline of its own). */
public final class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
				&& editor.getDocumentProvider() != null) {
			IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
			if (file != null && "ptl".equals(file.getFileExtension())) {
				return adapterType.cast(new PtlOutlinePage(editor));
			}
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
