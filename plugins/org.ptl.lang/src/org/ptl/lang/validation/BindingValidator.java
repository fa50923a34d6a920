package org.ptl.lang.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.xtext.validation.Check;
import org.ptl.model.Binding;
import org.ptl.model.Component;
import org.ptl.model.ComponentBinding;
import org.ptl.model.Encoding;
import org.ptl.model.Format;
import org.ptl.model.Operations;
import org.ptl.model.OwnershipModel;
import org.ptl.model.PtlPackage.Literals;

/**
 * Checks that a binding places an ownership model consistently: each component once, with
 * operations for the format its table has, an encoding of the binding's model stored where the
 * encoding can live (claim bits in PTEs, a width in a side table), and an owner id the operations
 * can write when the component annotates entries (DOMAIN.md §2.3, §2.4).
 */
public class BindingValidator extends PtlCheckValidator {

	@Check
	public void everyComponentPlacedOnce(Binding binding) {
		OwnershipModel model = binding.getModel();
		Map<Component, ComponentBinding> placed = new HashMap<>();
		for (ComponentBinding component : binding.getComponents()) {
			Component bound = component.getComponent();
			if (bound == null || bound.eIsProxy()) {
				continue;
			}
			if (placed.putIfAbsent(bound, component) != null) {
				report(PtlCheck.BINDING_COMPONENT_TWICE, "component " + quote(bound.getName()) + " is placed twice in "
						+ quote(binding.getName()), component, Literals.COMPONENT_BINDING__COMPONENT);
			}
		}
		if (model == null || model.eIsProxy()) {
			return;
		}
		for (Component component : model.getComponents()) {
			if (component.getName() != null && !placed.containsKey(component)) {
				report(PtlCheck.BINDING_COMPONENT_MISSING, "binding " + quote(binding.getName()) + " does not place component "
						+ quote(component.getName()) + " of " + quote(model.getName())
						+ ": a scenario cannot run a transition that involves it", binding, Literals.NAMED__NAME);
			}
		}
	}

	@Check
	public void operationsMatchTheFormat(ComponentBinding component) {
		Format format = component.getFormat();
		Operations operations = component.getOperations();
		if (format == null || operations == null || format.eIsProxy() || operations.eIsProxy()
				|| operations.getFormat() == null || operations.getFormat().eIsProxy()) {
			return;
		}
		if (operations.getFormat() != format) {
			report(PtlCheck.BINDING_FORMAT_MISMATCH, "operations " + quote(operations.getName()) + " are for format "
					+ quote(operations.getFormat().getName()) + ", not " + quote(format.getName()), component,
					Literals.COMPONENT_BINDING__OPERATIONS);
		}
	}

	@Check
	public void encodingFitsTheStore(ComponentBinding component) {
		Encoding encoding = component.getEncoding();
		if (encoding == null || encoding.eIsProxy()) {
			return;
		}
		Binding binding = (Binding) component.eContainer();
		if (encoding.getModel() != null && !encoding.getModel().eIsProxy() && binding.getModel() != null
				&& !binding.getModel().eIsProxy() && encoding.getModel() != binding.getModel()) {
			report(PtlCheck.BINDING_ENCODING_MODEL, "encoding " + quote(encoding.getName()) + " encodes "
					+ quote(encoding.getModel().getName()) + ", not " + quote(binding.getModel().getName()), component,
					Literals.COMPONENT_BINDING__ENCODING);
		}
		if (component.isSideTable() && !encoding.isSetWidth()) {
			report(PtlCheck.BINDING_STATE_STORE, "a side table holds a number of bits, but encoding "
					+ quote(encoding.getName()) + " is in a claim on PTE bits: give it 'as N bits'", component,
					Literals.COMPONENT_BINDING__ENCODING);
		} else if (!component.isSideTable() && encoding.getClaim() == null) {
			report(PtlCheck.BINDING_STATE_STORE, "encoding " + quote(encoding.getName()) + " is not in a claim on PTE bits, "
					+ "so the state cannot live in the component's PTEs: write 'state in side table " + encoding.getName()
					+ "' or encode it in a claim", component, Literals.COMPONENT_BINDING__ENCODING);
		}
	}

	@Check
	public void annotationsHaveAnOwner(ComponentBinding component) {
		Operations operations = component.getOperations();
		if (!component.isAnnotates() || operations == null || operations.eIsProxy()) {
			return;
		}
		if (operations.getOwnerField() == null) {
			report(PtlCheck.BINDING_OWNER, "the component annotates entries, but operations " + quote(operations.getName())
					+ " have no owner field to write ('owner field <field>')", component,
					Literals.COMPONENT_BINDING__ANNOTATES);
		}
		if (!component.isSetOwnerId()) {
			report(PtlCheck.BINDING_OWNER, "the component annotates entries: give its own owner id ('owner N'), which "
					+ "takes a page back", component, Literals.COMPONENT_BINDING__ANNOTATES);
		}
		if (!operations.isSetMaxOwner()) {
			return;
		}
		for (ComponentBinding other : ((Binding) component.eContainer()).getComponents()) {
			if (other != component && other.isSetOwnerId() && other.getOwnerId() > operations.getMaxOwner()) {
				report(PtlCheck.BINDING_OWNER, quote(name(component)) + " annotates the pages it gives away with the "
						+ "owner id of the component that gets them, and its operations " + quote(operations.getName())
						+ " write at most " + operations.getMaxOwner() + ", not " + other.getOwnerId(), other,
						Literals.COMPONENT_BINDING__OWNER_ID);
			}
		}
	}

	private static String name(ComponentBinding component) {
		return component.getComponent() == null || component.getComponent().eIsProxy() ? "?"
				: component.getComponent().getName();
	}
}
