package org.ptl.ui.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.ptl.lang.util.LoadedElements;
import org.ptl.model.Element;
import org.ptl.ui.PtlUi;
import org.ptl.ui.model.PtlResources;

/**
 * The model a launch runs: the launched file read from disk with what it imports, resolved. A file
 * the parser cannot read is refused with its first syntax error, located; other problems were
 * offered to the user before launching (the "errors in project, continue?" question).
 */
final class LaunchModels {

	private final XtextResource resource;

	private LaunchModels(XtextResource resource) {
		this.resource = resource;
	}

	static LaunchModels load(IFile file) throws CoreException {
		XtextResourceSet resourceSet = PtlResources.newResourceSet();
		XtextResource resource = PtlResources.load(resourceSet, file);
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new CoreException(PtlUi.error(file.getFullPath() + ":" + first.getLine() + ":" + first.getColumn()
					+ ": " + first.getMessage() + " (fix the syntax errors before running)", null));
		}
		EcoreUtil.resolveAll(resourceSet);
		return new LaunchModels(resource);
	}

	/** The elements of a type declared in the launched file. */
	<T extends Element> List<T> declared(Class<T> type) {
		return LoadedElements.in(List.of(resource), type);
	}

	/** The elements of a type in the launched file and everything it imports. */
	<T extends Element> List<T> visible(Class<T> type) {
		return LoadedElements.in(resource.getResourceSet().getResources(), type);
	}

	/** The named element of a type, or a clear error listing what there is. */
	static <T extends Element> T named(List<T> elements, String name, String what) throws CoreException {
		return elements.stream().filter(element -> name.equals(element.getName())).findFirst()
				.orElseThrow(() -> new CoreException(PtlUi.error("no " + what + " '" + name + "' (there are: "
						+ String.join(", ", elements.stream().map(Element::getName).toList()) + ")", null)));
	}
}
