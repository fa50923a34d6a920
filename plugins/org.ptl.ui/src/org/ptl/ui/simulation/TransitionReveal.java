package org.ptl.ui.simulation;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.ptl.model.OwnershipModel;
import org.ptl.model.PtlPackage;
import org.ptl.model.Transition;
import org.ptl.ui.PtlUi;
import org.ptl.ui.model.PtlResources;

/**
 * Shows the declaration of a counterexample step's transition: the model explored is read again
 * from its file (the launch's copy may be stale or gone), and the transition's name is selected in
 * the editor.
 */
final class TransitionReveal {

	private TransitionReveal() {
	}

	/** Selects the transition's name; false when the file no longer declares it. */
	static boolean reveal(IWorkbenchPage page, IFile file, String model, String transition) {
		try {
			var resource = PtlResources.load(PtlResources.newResourceSet(), file);
			for (var all = resource.getAllContents(); all.hasNext();) {
				EObject element = all.next();
				if (element instanceof Transition declared && transition.equals(declared.getName())
						&& declared.eContainer() instanceof OwnershipModel owner && model.equals(owner.getName())) {
					var names = NodeModelUtils.findNodesForFeature(declared, PtlPackage.Literals.NAMED__NAME);
					INode node = names.isEmpty() ? NodeModelUtils.findActualNodeFor(declared) : names.get(0);
					SourceReveal.show(page, file, node.getOffset(), node.getLength());
					return true;
				}
			}
		} catch (CoreException | RuntimeException unreadable) {
			PtlUi.log("cannot read " + file.getFullPath(), unreadable);
		}
		return false;
	}
}
