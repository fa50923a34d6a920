package org.ptl.lang.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.ptl.model.Descriptor;
import org.ptl.model.Encoding;
import org.ptl.model.Field;
import org.ptl.model.OwnershipModel;
import org.ptl.model.PtlPackage.Literals;

/**
 * Scoping for PTL. States and components are looked up in the ownership model that uses them (an
 * encoding's states in the model it encodes), and an overlay names a sibling field of the same
 * descriptor; everything else is found by qualified name in the file and the files it imports.
 */
public class PtlScopeProvider extends AbstractPtlScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference.getEReferenceType() == Literals.STATE) {
			return statesFor(context);
		}
		if (reference.getEReferenceType() == Literals.COMPONENT) {
			OwnershipModel model = EcoreUtil2.getContainerOfType(context, OwnershipModel.class);
			return model == null ? IScope.NULLSCOPE : Scopes.scopeFor(model.getComponents());
		}
		if (reference == Literals.FIELD__OVERLAYS) {
			Descriptor descriptor = EcoreUtil2.getContainerOfType(context, Descriptor.class);
			if (descriptor == null) {
				return IScope.NULLSCOPE;
			}
			List<Field> siblings = descriptor.getFields().stream().filter(field -> field != context).toList();
			return Scopes.scopeFor(siblings);
		}
		return super.getScope(context, reference);
	}

	private static IScope statesFor(EObject context) {
		Encoding encoding = EcoreUtil2.getContainerOfType(context, Encoding.class);
		if (encoding != null) {
			OwnershipModel model = encoding.getModel();
			return model == null || model.eIsProxy() ? IScope.NULLSCOPE : Scopes.scopeFor(model.getStates());
		}
		OwnershipModel model = EcoreUtil2.getContainerOfType(context, OwnershipModel.class);
		return model == null ? IScope.NULLSCOPE : Scopes.scopeFor(model.getStates());
	}
}
