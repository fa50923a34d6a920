package org.ptl.ui.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.ptl.gen.ForeignFileException;
import org.ptl.gen.GeneratedFile;
import org.ptl.gen.GenerationSource;
import org.ptl.gen.NameClashException;
import org.ptl.gen.OutputDirectory;
import org.ptl.gen.OutputException;
import org.ptl.gen.c.CGenerator;
import org.ptl.gen.c.CStyle;
import org.ptl.gen.docs.DocsGenerator;
import org.ptl.lang.util.LoadedElements;
import org.ptl.lang.util.NodeText;
import org.ptl.model.ClaimSet;
import org.ptl.model.Encoding;
import org.ptl.model.PtlModel;
import org.ptl.ui.PtlUi;
import org.ptl.ui.model.PtlResources;

/**
 * Generates from a .ptl file in the workspace what {@code ptl generate c} and {@code ptl generate docs}
 * generate from it (the file and every file it imports), with the same generators and the same
 * writer ({@link OutputDirectory}): into the project's folder ({@link GenerationSettings}), under
 * c/ and docs/. A file with errors generates nothing and says why; a file there that does not carry
 * the generator's marker is named, and nothing is written; each file is written to a temporary file
 * and renamed. The caller holds the project's scheduling rule.
 */
public final class PtlGeneration {

	/** What to generate. */
	public enum Kind {
		C("C header", "c"), DOCS("documentation", "docs");

		private final String label;
		private final String subfolder;

		Kind(String label, String subfolder) {
			this.label = label;
			this.subfolder = subfolder;
		}

		public String label() {
			return label;
		}
	}

	private PtlGeneration() {
	}

	/** The folder a kind of output of the file's project goes to. */
	public static IFolder folder(IFile file, Kind kind) {
		return file.getProject().getFolder(GenerationSettings.of(file.getProject()).folder()).getFolder(kind.subfolder);
	}

	/** Generates and writes; returns the files written (unchanged ones included). */
	public static List<Path> generate(IFile file, Kind kind, IProgressMonitor monitor) throws CoreException {
		GenerationSettings settings = GenerationSettings.of(file.getProject());
		XtextResourceSet resourceSet = PtlResources.newResourceSet();
		PtlResources.load(resourceSet, file);
		EcoreUtil.resolveAll(resourceSet);
		List<Resource> resources = List.copyOf(resourceSet.getResources());
		refuseErrors(file, resources);
		List<GenerationSource> sources = new ArrayList<>();
		for (Resource resource : resources) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PtlModel model) {
				sources.add(new GenerationSource(shownAs(file, resource), model));
			}
		}
		List<ClaimSet> claimSets = LoadedElements.in(resources, ClaimSet.class);
		List<Encoding> encodings = LoadedElements.in(resources, Encoding.class);
		List<GeneratedFile> files;
		try {
			files = switch (kind) {
			case C -> new CGenerator(CStyle.of(settings.style()), claimSets, encodings).generate(sources, false);
			case DOCS -> new DocsGenerator(NodeText::text, claimSets, encodings).generate(sources);
			};
		} catch (NameClashException clashes) {
			throw new CoreException(PtlUi.error(file.getFullPath() + ": not generating: " + clashes.getMessage(), null));
		} catch (IllegalArgumentException unknownStyle) {
			throw new CoreException(PtlUi.error(file.getProject().getName() + ": " + unknownStyle.getMessage(), null));
		}
		if (files.isEmpty()) {
			throw new CoreException(PtlUi.error(file.getFullPath() + ": nothing to generate: the file declares no format, claims or encoding", null));
		}
		IFolder folder = folder(file, kind);
		if (folder.getLocation() == null) {
			throw new CoreException(PtlUi.error("the folder " + folder.getFullPath() + " is not on the local disk", null));
		}
		List<Path> written;
		try {
			written = new OutputDirectory(folder.getLocation().toFile().toPath()).write(files);
		} catch (OutputException | ForeignFileException cannot) {
			throw new CoreException(PtlUi.error(file.getFullPath() + ": not generating the " + kind.label() + ": " + cannot.getMessage(), null));
		} finally {
			folder.getProject().refreshLocal(IResource.DEPTH_INFINITE, monitor);
		}
		return written;
	}

	private static void refuseErrors(IFile file, List<Resource> resources) throws CoreException {
		IResourceValidator validator = PtlUi.injector().getInstance(IResourceValidator.class);
		List<String> errors = new ArrayList<>();
		for (Resource resource : resources) {
			if (resource instanceof org.eclipse.xtext.resource.XtextResource xtext) {
				for (Issue issue : validator.validate(xtext, CheckMode.ALL, CancelIndicator.NullImpl)) {
					if (issue.getSeverity() == Severity.ERROR) {
						errors.add(resource.getURI().lastSegment() + ":" + issue.getLineNumber() + ": " + issue.getMessage());
					}
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new CoreException(PtlUi.error(file.getFullPath() + ": not generating: the files have " + errors.size() + " error"
					+ (errors.size() == 1 ? "" : "s") + " (" + String.join("; ", errors.subList(0, Math.min(3, errors.size())))
					+ (errors.size() > 3 ? "; ..." : "") + ")", null));
		}
	}

	/** A file as the generated files' markers name it: its path in the workspace when it is in it. */
	private static String shownAs(IFile launched, Resource resource) {
		IFile file = PtlResources.fileOf(resource.getURI());
		if (file == null) {
			return resource.getURI().lastSegment();
		}
		return file.getProject().equals(launched.getProject()) ? file.getProjectRelativePath().toString() : file.getFullPath().toString();
	}
}
