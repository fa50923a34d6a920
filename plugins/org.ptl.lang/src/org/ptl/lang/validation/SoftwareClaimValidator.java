package org.ptl.lang.validation;

import static org.ptl.model.support.Bits.isWellFormed;
import static org.ptl.model.support.Bits.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Check;
import org.ptl.lang.util.PtlNames;
import org.ptl.model.Claim;
import org.ptl.model.ClaimSet;
import org.ptl.model.Field;
import org.ptl.model.FieldKind;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.support.Bits;

/**
 * Checks software-bit claims: they lie inside software fields, and no two claimants take the same
 * bit of a field unless one of them declares the bits shared with the other (DOMAIN.md §2.1: SW
 * bits have several users, such as pKVM's page state and nested virt's TTL hints).
 */
public class SoftwareClaimValidator extends PtlCheckValidator {

	@Check
	public void claimedFieldsAreSoftwareFields(ClaimSet set) {
		for (int index = 0; index < set.getFields().size(); index++) {
			Field field = set.getFields().get(index);
			if (!field.eIsProxy() && field.getKind() != FieldKind.SOFTWARE) {
				report(PtlCheck.CLAIM_OUTSIDE_SOFTWARE, "claimant " + quote(set.getName()) + " claims bits of "
						+ quote(PtlNames.qualified(field)) + ", which is not a software field but "
						+ FieldKinds.withArticle(field.getKind()), set, Literals.CLAIM_SET__FIELDS, index);
			}
		}
	}

	@Check
	public void claimLiesInsideItsFields(Claim claim) {
		if (!isWellFormed(claim.getBits())) {
			return;
		}
		for (Field field : ((ClaimSet) claim.eContainer()).getFields()) {
			if (field.eIsProxy() || field.getKind() != FieldKind.SOFTWARE || !isWellFormed(field.getBits())) {
				continue;
			}
			long outside = Bits.mask(claim.getBits()) & ~Bits.mask(field.getBits());
			if (outside != 0) {
				report(PtlCheck.CLAIM_OUTSIDE_SOFTWARE, "claim " + quote(claim.getName()) + " " + text(claim.getBits())
						+ " takes " + Bits.describe(outside) + " outside software field "
						+ quote(PtlNames.qualified(field)) + " " + text(field.getBits()), claim, Literals.CLAIM__BITS);
			}
		}
	}

	@Check
	public void claimsDoNotOverlap(Claim claim) {
		if (!isWellFormed(claim.getBits())) {
			return;
		}
		ClaimSet set = (ClaimSet) claim.eContainer();
		ClaimIndex claimIndex = claimIndex(claim);
		Map<Claim, List<Field>> conflicts = new LinkedHashMap<>();
		for (Field field : set.getFields()) {
			if (field.eIsProxy()) {
				continue;
			}
			for (Claim other : claimIndex.claimsOn(field)) {
				if (other != claim && isWellFormed(other.getBits()) && Bits.overlaps(claim.getBits(), other.getBits())
						&& !shared(claim, other) && reportedHere(claim, other)) {
					conflicts.computeIfAbsent(other, key -> new ArrayList<>()).add(field);
				}
			}
		}
		conflicts.forEach((other, fields) -> report(PtlCheck.CLAIM_OVERLAP, "claim " + quote(PtlNames.qualified(claim))
				+ " " + text(claim.getBits()) + " and claim " + quote(PtlNames.qualified(other)) + " "
				+ text(other.getBits()) + " both take "
				+ Bits.describe(Bits.mask(claim.getBits()) & Bits.mask(other.getBits())) + " of "
				+ String.join(", ", fields.stream().map(f -> quote(PtlNames.qualified(f))).toList())
				+ sharingHint(claim, other), claim, Literals.CLAIM__BITS));
	}

	/** One index per validation run: claims of all loaded files, by field. */
	private ClaimIndex claimIndex(Claim claim) {
		Map<Object, Object> context = getContext();
		if (context == null) {
			return ClaimIndex.of(claim.eResource().getResourceSet());
		}
		return (ClaimIndex) context.computeIfAbsent(ClaimIndex.class, k -> ClaimIndex.of(claim.eResource().getResourceSet()));
	}

	private static String sharingHint(Claim claim, Claim other) {
		ClaimSet otherSet = (ClaimSet) other.eContainer();
		return otherSet == claim.eContainer() ? ""
				: "; if they never apply to one descriptor together, declare 'shared with " + otherSet.getName() + "'";
	}

	private static boolean shared(Claim a, Claim b) {
		ClaimSet setA = (ClaimSet) a.eContainer();
		ClaimSet setB = (ClaimSet) b.eContainer();
		return setA != setB && (a.getSharedWith().contains(setB) || b.getSharedWith().contains(setA));
	}

	/**
	 * Two claims of one file are reported once, on the later; claims of different files are reported
	 * in each file, so each file's diagnostics are complete.
	 */
	private static boolean reportedHere(Claim claim, Claim other) {
		if (other.eResource() != claim.eResource()) {
			return true;
		}
		return PtlNames.documentOrder(other, claim) < 0;
	}
}
