package org.ptl.lang.ide.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.ptl.lang.ide.quickfix.PtlFix.Replacement;
import org.ptl.lang.util.LoadedElements;
import org.ptl.model.Claim;
import org.ptl.model.ClaimSet;
import org.ptl.model.Field;
import org.ptl.model.FieldKind;
import org.ptl.model.support.Bits;

/**
 * The fix for {@code claims.overlap}: move the claim to bits of its software fields that no other
 * claim on those fields takes (among the files loaded with it), as wide as it is now. The search
 * starts above the claim's bits and wraps around to the bottom of the field; with no room there is
 * no fix, for only the author can tell which claimant should give way.
 */
final class ClaimFixes {

	private ClaimFixes() {
	}

	static Optional<PtlFix> moveToFreeBits(Claim claim) {
		ICompositeNode bitsNode = NodeModelUtils.findActualNodeFor(claim.getBits());
		long room = room((ClaimSet) claim.eContainer());
		if (bitsNode == null || room == 0 || !Bits.isWellFormed(claim.getBits())) {
			return Optional.empty();
		}
		long taken = takenByOthers(claim);
		int width = Bits.width(claim.getBits());
		int current = Bits.low(claim.getBits());
		for (int step = 1; step <= Bits.TOP_BIT + 1; step++) {
			int low = (current + step) % (Bits.TOP_BIT + 1);
			int high = low + width - 1;
			if (high > Bits.TOP_BIT) {
				continue;
			}
			long window = Bits.mask(high, low);
			if ((window & ~room) == 0 && (window & taken) == 0) {
				String bits = "[" + Bits.span(high, low) + "]";
				return Optional.of(new PtlFix("Move claim '" + claim.getName() + "' to free bits " + bits,
						List.of(new Replacement(bitsNode.getOffset(), bitsNode.getLength(), bits))));
			}
		}
		return Optional.empty();
	}

	/** The bits inside every field the claimant claims, or 0 when one of them is not a usable software field. */
	private static long room(ClaimSet set) {
		long room = set.getFields().isEmpty() ? 0 : -1L;
		for (Field field : set.getFields()) {
			if (field.eIsProxy() || field.getKind() != FieldKind.SOFTWARE || !Bits.isWellFormed(field.getBits())) {
				return 0;
			}
			room &= Bits.mask(field.getBits());
		}
		return room;
	}

	/** The bits other claims take on any of the claim's fields, leaving out claims it may share bits with. */
	private static long takenByOthers(Claim claim) {
		ClaimSet set = (ClaimSet) claim.eContainer();
		long taken = 0;
		for (ClaimSet other : LoadedElements.loadedWith(claim, ClaimSet.class)) {
			if (other.getFields().stream().noneMatch(set.getFields()::contains)) {
				continue;
			}
			for (Claim otherClaim : other.getClaims()) {
				if (otherClaim != claim && Bits.isWellFormed(otherClaim.getBits()) && !shared(claim, otherClaim)) {
					taken |= Bits.mask(otherClaim.getBits());
				}
			}
		}
		return taken;
	}

	/** As SoftwareClaimValidator sees it: claims of different claimants, one declaring the other shared. */
	private static boolean shared(Claim a, Claim b) {
		ClaimSet setA = (ClaimSet) a.eContainer();
		ClaimSet setB = (ClaimSet) b.eContainer();
		return setA != setB && (a.getSharedWith().contains(setB) || b.getSharedWith().contains(setA));
	}
}
