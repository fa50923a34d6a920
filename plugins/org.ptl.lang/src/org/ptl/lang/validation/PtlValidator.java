package org.ptl.lang.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The PTL validator: the rules of every concern, each in its own class, composed here. Every rule
 * reports under a stable id from {@link PtlCheck}.
 */
@ComposedChecks(validators = { FileValidator.class, ImportValidator.class, NamesValidator.class,
		BitLayoutValidator.class, GeometryValidator.class, SoftwareClaimValidator.class, EncodingValidator.class,
		OwnershipValidator.class, ErrnoValidator.class, WalkerPolicyValidator.class, OperationsValidator.class,
		BindingValidator.class, ScenarioValidator.class, ScenarioTableValidator.class })
public class PtlValidator extends AbstractPtlValidator {
}
