package org.ptl.lang.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.ptl.model.AttributeRule;
import org.ptl.model.Claim;
import org.ptl.model.ClaimSet;
import org.ptl.model.Field;
import org.ptl.model.FieldAssignment;
import org.ptl.model.FieldKind;
import org.ptl.model.Format;
import org.ptl.model.LibraryKind;
import org.ptl.model.Operation;
import org.ptl.model.OperationKind;
import org.ptl.model.Operations;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.support.Bits;
import org.ptl.model.support.Formats;

/**
 * Checks the operations of a page-table library against their contracts: an operation that only
 * changes attributes (relax, wrprotect, mkyoung, mkold) must leave software bits alone, as
 * kvm_pgtable_stage2_relax_perms() does by rejecting them with -EINVAL (DOMAIN.md §2.1, §2.8 item
 * 7); a relax or wrprotect contract names permission fields only; no rule changes a field outside
 * its operation's contract; each operation is described once, and only where the library has it;
 * and every value fits its field.
 */
public class OperationsValidator extends PtlCheckValidator {

	/** Operations that change attributes of existing leaves and nothing else. */
	private static final Set<OperationKind> ATTRIBUTE_ONLY = EnumSet.of(OperationKind.RELAX, OperationKind.WRPROTECT,
			OperationKind.MKYOUNG, OperationKind.MKOLD);

	/** Operations whose contract is about permissions. */
	private static final Set<OperationKind> PERMISSIONS_ONLY = EnumSet.of(OperationKind.RELAX, OperationKind.WRPROTECT);

	@Check
	public void attributeOperationsLeaveSoftwareBitsAlone(Operation operation) {
		if (!ATTRIBUTE_ONLY.contains(operation.getKind())) {
			return;
		}
		Operations operations = (Operations) operation.eContainer();
		for (int i = 0; i < operation.getContract().size(); i++) {
			Field field = operation.getContract().get(i);
			String software = softwareUse(operations, field);
			if (software != null) {
				report(PtlCheck.CONTRACT_TOUCHES_SOFTWARE, operation.getKind().getLiteral() + " may change "
						+ quote(field.getName()) + ", " + software + "; an operation that only changes attributes must "
						+ "leave software bits alone (kvm_pgtable_stage2_relax_perms() rejects them with -EINVAL)",
						operation, Literals.OPERATION__CONTRACT, i);
			}
		}
		for (AttributeRule rule : operation.getRules()) {
			for (FieldAssignment assignment : rule.getAssignments()) {
				String software = softwareUse(operations, assignment.getField());
				if (software != null && !operation.getContract().contains(assignment.getField())) {
					report(PtlCheck.CONTRACT_TOUCHES_SOFTWARE, operation.getKind().getLiteral() + " changes "
							+ quote(assignment.getField().getName()) + ", " + software
							+ "; an operation that only changes attributes must leave software bits alone", assignment,
							Literals.FIELD_ASSIGNMENT__FIELD);
				}
			}
		}
	}

	/** Why a field holds software bits ("a software field claimed by pkvm.state"), or null. */
	private String softwareUse(Operations operations, Field field) {
		if (field == null || field.eIsProxy()) {
			return null;
		}
		Format format = operations.getFormat();
		List<Field> sameName = new ArrayList<>();
		sameName.add(field);
		if (format != null && !format.eIsProxy()) {
			for (org.ptl.model.Descriptor descriptor : Formats.leaves(format)) {
				descriptor.getFields().stream().filter(f -> f.getName().equals(field.getName())).forEach(sameName::add);
			}
		}
		ClaimIndex claims = ClaimIndex.of(field.eResource() == null ? null : field.eResource().getResourceSet());
		Set<String> claimants = new LinkedHashSet<>();
		boolean software = false;
		for (Field candidate : sameName) {
			software |= candidate.getKind() == FieldKind.SOFTWARE;
			for (Claim claim : claims.claimsOn(candidate)) {
				claimants.add(((ClaimSet) claim.eContainer()).getName() + "." + claim.getName());
			}
		}
		if (!claimants.isEmpty()) {
			return "which holds the software claim" + (claimants.size() == 1 ? " " : "s ") + String.join(", ", claimants);
		}
		return software ? "a software field" : null;
	}

	@Check
	public void permissionContractsNamePermissions(Operation operation) {
		Operations operations = (Operations) operation.eContainer();
		if (!PERMISSIONS_ONLY.contains(operation.getKind()) || operations.getPermissionFields().isEmpty()) {
			return;
		}
		Set<String> permissions = new LinkedHashSet<>();
		operations.getPermissionFields().forEach(field -> permissions.add(field.getName()));
		for (int i = 0; i < operation.getContract().size(); i++) {
			Field field = operation.getContract().get(i);
			if (!field.eIsProxy() && !permissions.contains(field.getName()) && softwareUse(operations, field) == null) {
				report(PtlCheck.CONTRACT_NOT_PERMISSIONS, operation.getKind().getLiteral() + " changes permissions only, but "
						+ "may change " + quote(field.getName()) + ", which is not among the permission fields ("
						+ String.join(", ", permissions) + ")", operation, Literals.OPERATION__CONTRACT, i);
			}
		}
	}

	@Check
	public void rulesKeepToTheContract(Operation operation) {
		if (!operation.isContracted()) {
			return;
		}
		Set<String> allowed = new LinkedHashSet<>();
		operation.getContract().stream().filter(field -> !field.eIsProxy()).forEach(field -> allowed.add(field.getName()));
		for (AttributeRule rule : operation.getRules()) {
			for (FieldAssignment assignment : rule.getAssignments()) {
				Field field = assignment.getField();
				if (field != null && !field.eIsProxy() && !allowed.contains(field.getName())) {
					report(PtlCheck.CONTRACT_VIOLATED, operation.getKind().getLiteral() + " changes " + quote(field.getName())
							+ ", which its contract does not allow (may change " + String.join(", ", allowed) + ")",
							assignment, Literals.FIELD_ASSIGNMENT__FIELD);
				}
			}
		}
	}

	@Check
	public void hypLibraryOnlyMaps(Operation operation) {
		Operations operations = (Operations) operation.eContainer();
		if (operations.getLibrary() == LibraryKind.HYP && operation.getKind() != OperationKind.MAP) {
			report(PtlCheck.OPERATIONS_LIBRARY, "Linux's hyp library (kvm_pgtable_hyp_*) has map and unmap only: "
					+ operation.getKind().getLiteral() + " is a stage-2 operation", operation, Literals.OPERATION__KIND);
		}
	}

	@Check
	public void eachOperationOnce(Operations operations) {
		Map<OperationKind, Operation> seen = new EnumMap<>(OperationKind.class);
		for (Operation operation : operations.getOperations()) {
			Operation first = seen.putIfAbsent(operation.getKind(), operation);
			if (first != null) {
				report(PtlCheck.OPERATIONS_DUPLICATE, "operation " + operation.getKind().getLiteral() + " is described twice in "
						+ quote(operations.getName()), operation, Literals.OPERATION__KIND);
			}
		}
	}

	@Check
	public void valuesFitTheirFields(FieldAssignment assignment) {
		Field field = assignment.getField();
		if (field == null || field.eIsProxy() || assignment.getLiteral() != null || field.getBits() == null) {
			return;
		}
		int width = Bits.width(field.getBits());
		if (width > 0 && !Bits.fits(assignment.getValue(), width)) {
			report(PtlCheck.OPERATIONS_VALUE_WIDTH, "value 0x" + Long.toHexString(assignment.getValue()) + " does not fit "
					+ quote(field.getName()) + " (" + plural(width, "bit") + ")", assignment,
					Literals.FIELD_ASSIGNMENT__VALUE);
		}
	}
}
