package org.ptl.lang.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.ptl.model.Descriptor;
import org.ptl.model.Field;
import org.ptl.model.Named;
import org.ptl.model.PtlPackage.Literals;

/**
 * Scoping for PTL. Names that belong to a context are looked up there (see {@link ContextNames}):
 * states, components, counters and transitions in the ownership model in use, fields of an
 * operations element among its format's descriptors, enum literals in the field being assigned,
 * protection flags in the operations in use, walker flags and named outcomes in the walker policy,
 * and a step's table among the scenario's tables and components. Everything else is found by
 * qualified name in the file and the files it imports.
 */
public class PtlScopeProvider extends AbstractPtlScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == Literals.FIELD__OVERLAYS) {
			Descriptor descriptor = EcoreUtil2.getContainerOfType(context, Descriptor.class);
			return descriptor == null ? IScope.NULLSCOPE
					: Scopes.scopeFor(named(descriptor.getFields().stream().filter(field -> field != context).toList()));
		}
		if (reference == Literals.FIELD_ASSIGNMENT__LITERAL) {
			Object field = context.eGet(Literals.FIELD_ASSIGNMENT__FIELD, true);
			return field instanceof Field resolved && !resolved.eIsProxy() ? Scopes.scopeFor(named(resolved.getLiterals()))
					: IScope.NULLSCOPE;
		}
		List<? extends EObject> names = ContextNames.candidates(context, reference);
		return names != null ? Scopes.scopeFor(named(names)) : super.getScope(context, reference);
	}

	/** After error recovery an element may have no name: it can be referred to by none. */
	private static List<? extends EObject> named(List<? extends EObject> candidates) {
		return candidates.stream().filter(element -> !(element instanceof Named named) || named.getName() != null)
				.toList();
	}
}
