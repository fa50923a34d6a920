package org.ptl.ui.model;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The parsed model of each open .ptl document, kept per document and redone only when the text
 * changed. Parsing happens on the caller's thread, so the editor calls it from its reconciler, hover
 * and content-assist threads, never from the UI thread; the UI thread only takes a model that is
 * already {@link #current current}.
 */
public final class PtlDocuments {

	/**
	 * A document's text parsed.
	 *
	 * @param resource the resource, linked against the files it imports
	 * @param text     the text parsed
	 * @param stamp    the document's modification stamp when it was parsed
	 */
	public record Parsed(XtextResource resource, String text, long stamp) {
	}

	private static final Map<IDocument, Parsed> PARSED = new WeakHashMap<>();

	private PtlDocuments() {
	}

	/** The model of the document's current text, parsing it when it changed since last time. */
	public static Parsed parse(IDocument document) {
		long stamp = stamp(document);
		synchronized (PARSED) {
			Parsed last = PARSED.get(document);
			if (last != null && last.stamp() == stamp && stamp != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP) {
				return last;
			}
		}
		String text = document.get();
		XtextResource resource = PtlResources.parse(PtlResources.newResourceSet(), uriOf(document), text);
		Parsed parsed = new Parsed(resource, text, stamp);
		synchronized (PARSED) {
			PARSED.put(document, parsed);
		}
		return parsed;
	}

	/** The model of the document's current text if it was parsed already, else null (never parses). */
	public static Parsed current(IDocument document) {
		synchronized (PARSED) {
			Parsed last = PARSED.get(document);
			return last != null && last.stamp() == stamp(document) ? last : null;
		}
	}

	/** The workspace file a document belongs to, or null. */
	public static IFile fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
	}

	private static URI uriOf(IDocument document) {
		IFile file = fileOf(document);
		if (file != null && file.exists()) {
			return PtlResources.uriOf(file);
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer != null && buffer.getFileStore() != null) {
			return URI.createURI(buffer.getFileStore().toURI().toString());
		}
		return URI.createURI("memory:/document.ptl");
	}

	private static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}
}
