package org.ptl.ui.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.ptl.ui.PtlUi;

/**
 * Where .ptl files live for the language: every workspace file is loaded under the file URI of its
 * location, so that relative imports resolve on disk exactly as they do for the {@code ptl}
 * command; and back from such a URI to the workspace file, for markers and for opening editors.
 */
public final class PtlResources {

	private PtlResources() {
	}

	public static URI uriOf(IFile file) {
		return file.getLocation() == null ? URI.createPlatformResourceURI(file.getFullPath().toString(), true)
				: URI.createFileURI(file.getLocation().toOSString());
	}

	/** The workspace file a URI names, or null when it is outside the workspace. */
	public static IFile fileOf(URI uri) {
		if (uri == null) {
			return null;
		}
		if (uri.isPlatformResource()) {
			return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
		}
		if (!uri.isFile()) {
			return null;
		}
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(new java.io.File(uri.toFileString()).toURI());
		return files.length == 0 ? null : files[0];
	}

	public static XtextResourceSet newResourceSet() {
		XtextResourceSet resourceSet = PtlUi.injector().getInstance(XtextResourceSet.class);
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		return resourceSet;
	}

	/** Parses text as the resource of a URI in a resource set (imports load from disk on demand). */
	public static XtextResource parse(XtextResourceSet resourceSet, URI uri, String text) {
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		} catch (IOException cannotHappenInMemory) {
			throw new IllegalStateException(cannotHappenInMemory);
		}
		return resource;
	}

	/** Loads a workspace file (its saved contents) into a resource set. */
	public static XtextResource load(XtextResourceSet resourceSet, IFile file) throws CoreException {
		URI uri = uriOf(file);
		XtextResource existing = (XtextResource) resourceSet.getResource(uri, false);
		if (existing != null) {
			return existing;
		}
		String text;
		try (var in = file.getContents(true)) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException unreadable) {
			throw new CoreException(PtlUi.error("cannot read " + file.getFullPath(), unreadable));
		}
		return parse(resourceSet, uri, text);
	}
}
