package org.ptl.lang.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.ptl.model.Binding;
import org.ptl.model.ComponentBinding;
import org.ptl.model.DescriptorKind;
import org.ptl.model.Encoding;
import org.ptl.model.Format;
import org.ptl.model.Layout;
import org.ptl.model.Operations;
import org.ptl.model.OwnershipModel;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.Scenario;
import org.ptl.model.ScenarioTable;
import org.ptl.model.Transform;
import org.ptl.model.WalkerPolicy;
import org.ptl.model.support.Formats;

/**
 * The names visible for a reference from where it is written, for the references whose targets
 * belong to a context rather than to the global, qualified namespace; null for the others.
 */
final class ContextNames {

	private ContextNames() {
	}

	static List<? extends EObject> candidates(EObject context, EReference reference) {
		List<? extends EObject> protocolNames = ProtocolNames.candidates(context, reference);
		if (protocolNames != null) {
			return protocolNames;
		}
		EClass type = reference.getEReferenceType();
		if (type == Literals.STATE) {
			OwnershipModel model = modelInUse(context);
			return model == null ? List.of() : model.getStates();
		}
		if (type == Literals.COMPONENT) {
			OwnershipModel model = modelInUse(context);
			return model == null ? List.of() : model.getComponents();
		}
		if (type == Literals.COUNTER) {
			OwnershipModel model = modelInUse(context);
			return model == null ? List.of() : model.getCounters();
		}
		if (type == Literals.TRANSITION) {
			OwnershipModel model = modelInUse(context);
			return model == null ? List.of() : model.getTransitions();
		}
		if (type == Literals.FIELD && EcoreUtil2.getContainerOfType(context, Operations.class) != null) {
			return operationFields(EcoreUtil2.getContainerOfType(context, Operations.class), reference);
		}
		if (type == Literals.PROT_FLAG) {
			return protFlags(context);
		}
		if (type == Literals.WALKER_FLAG) {
			WalkerPolicy policy = EcoreUtil2.getContainerOfType(context, WalkerPolicy.class);
			return policy == null ? List.of() : policy.getFlags();
		}
		if (type == Literals.NAMED_OUTCOME) {
			WalkerPolicy policy = policyInUse(context);
			return policy == null ? List.of() : policy.getOutcomes();
		}
		if (reference == Literals.STEP__TARGET) {
			return tables(EcoreUtil2.getContainerOfType(context, Scenario.class));
		}
		if (type == Literals.VARIABLE || type == Literals.REGION || type == Literals.TRANSFORM) {
			return layoutNames(context, type);
		}
		return null;
	}

	/**
	 * A layout's names are its own: inputs and derived values (and, inside a transformation, its
	 * parameter first), regions, transformations.
	 */
	private static List<? extends EObject> layoutNames(EObject context, EClass type) {
		Layout layout = EcoreUtil2.getContainerOfType(context, Layout.class);
		if (layout == null) {
			return List.of();
		}
		if (type == Literals.REGION) {
			return layout.getRegions();
		}
		if (type == Literals.TRANSFORM) {
			return layout.getTransforms();
		}
		List<EObject> variables = new ArrayList<>();
		Transform transform = EcoreUtil2.getContainerOfType(context, Transform.class);
		if (transform != null && transform.getParameter() != null) {
			variables.add(transform.getParameter());
		}
		variables.addAll(layout.getInputs());
		variables.addAll(layout.getValues());
		return variables;
	}

	/** The ownership model a name in this context refers to. */
	private static OwnershipModel modelInUse(EObject context) {
		Encoding encoding = EcoreUtil2.getContainerOfType(context, Encoding.class);
		if (encoding != null) {
			return resolved(encoding.eGet(Literals.ENCODING__MODEL, true), OwnershipModel.class);
		}
		Binding binding = EcoreUtil2.getContainerOfType(context, Binding.class);
		if (binding != null) {
			return resolved(binding.eGet(Literals.BINDING__MODEL, true), OwnershipModel.class);
		}
		Scenario scenario = EcoreUtil2.getContainerOfType(context, Scenario.class);
		if (scenario != null) {
			Binding used = resolved(scenario.eGet(Literals.SCENARIO__BINDING, true), Binding.class);
			return used == null ? null : resolved(used.eGet(Literals.BINDING__MODEL, true), OwnershipModel.class);
		}
		return EcoreUtil2.getContainerOfType(context, OwnershipModel.class);
	}

	private static WalkerPolicy policyInUse(EObject context) {
		WalkerPolicy policy = EcoreUtil2.getContainerOfType(context, WalkerPolicy.class);
		if (policy != null) {
			return policy;
		}
		Scenario scenario = EcoreUtil2.getContainerOfType(context, Scenario.class);
		return scenario == null ? null : resolved(scenario.eGet(Literals.SCENARIO__POLICY, true), WalkerPolicy.class);
	}

	/** Leaf fields for rules, permissions and contracts; invalid-entry fields for the lock and owner. */
	private static List<? extends EObject> operationFields(Operations operations, EReference reference) {
		Format format = resolved(operations.eGet(Literals.OPERATIONS__FORMAT, true), Format.class);
		if (format == null) {
			return List.of();
		}
		boolean invalidEntry = reference == Literals.OPERATIONS__LOCK_FIELD
				|| reference == Literals.OPERATIONS__OWNER_FIELD;
		return Formats.fieldsByName(
				invalidEntry ? Formats.ofKind(format, DescriptorKind.INVALID) : Formats.leaves(format));
	}

	/** Protection flags of the operations in use: the element's own, a binding's, or a scenario's. */
	private static List<? extends EObject> protFlags(EObject context) {
		Operations operations = EcoreUtil2.getContainerOfType(context, Operations.class);
		if (operations != null) {
			return operations.getProtFlags();
		}
		List<EObject> flags = new ArrayList<>();
		ComponentBinding component = EcoreUtil2.getContainerOfType(context, ComponentBinding.class);
		if (component != null) {
			addFlags(flags, component.eGet(Literals.COMPONENT_BINDING__OPERATIONS, true));
			return flags;
		}
		Scenario scenario = EcoreUtil2.getContainerOfType(context, Scenario.class);
		if (scenario != null) {
			for (ScenarioTable table : scenario.getTables()) {
				addFlags(flags, table.eGet(Literals.SCENARIO_TABLE__OPERATIONS, true));
			}
			Binding binding = resolved(scenario.eGet(Literals.SCENARIO__BINDING, true), Binding.class);
			if (binding != null) {
				for (ComponentBinding bound : binding.getComponents()) {
					addFlags(flags, bound.eGet(Literals.COMPONENT_BINDING__OPERATIONS, true));
				}
			}
		}
		return flags;
	}

	private static void addFlags(List<EObject> flags, Object operations) {
		Operations resolved = resolved(operations, Operations.class);
		if (resolved != null) {
			resolved.getProtFlags().stream().filter(f -> f.getName() != null).filter(f -> flags.stream()
					.noneMatch(known -> f.getName().equals(((org.ptl.model.Named) known).getName()))).forEach(flags::add);
		}
	}

	private static List<? extends EObject> tables(Scenario scenario) {
		if (scenario == null) {
			return List.of();
		}
		List<EObject> tables = new ArrayList<>(scenario.getTables());
		OwnershipModel model = modelInUse(scenario);
		if (model != null) {
			tables.addAll(model.getComponents());
		}
		return tables;
	}

	private static <T> T resolved(Object value, Class<T> type) {
		return type.isInstance(value) && !((EObject) value).eIsProxy() ? type.cast(value) : null;
	}
}
