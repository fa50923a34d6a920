package org.ptl.lang.validation;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.ComposedChecks;
import org.ptl.model.Named;

/**
 * The PTL validator: the rules of every concern, each in its own class, composed here. Every rule
 * reports under a stable id from {@link PtlCheck}. An element the parser recovered without its
 * name is not checked: the syntax error already says what is wrong, and any rule would have to
 * call it 'null'.
 */
@ComposedChecks(validators = { FileValidator.class, ImportValidator.class, NamesValidator.class,
		BitLayoutValidator.class, GeometryValidator.class, InheritedDescriptorsValidator.class, SoftwareClaimValidator.class,
		EncodingValidator.class,
		OwnershipValidator.class, ErrnoValidator.class, WalkerPolicyValidator.class, OperationsValidator.class,
		BindingValidator.class, ScenarioValidator.class, ScenarioTableValidator.class, LayoutValidator.class,
		ProtocolValidator.class, ProtocolTypeValidator.class, ConcurrentBlockValidator.class,
		FeatureAndRoleValidator.class })
public class PtlValidator extends AbstractPtlValidator {

	@Override
	protected boolean isResponsible(Map<Object, Object> context, EObject element) {
		return super.isResponsible(context, element) && !(element instanceof Named named && named.getName() == null);
	}
}
