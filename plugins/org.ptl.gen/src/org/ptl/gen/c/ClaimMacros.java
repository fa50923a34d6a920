package org.ptl.gen.c;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.Claim;
import org.ptl.model.ClaimSet;
import org.ptl.model.Field;
import org.ptl.model.support.Bits;

/**
 * The macros of a claimant's software-bit claims (shift, width, mask in the descriptor), and the
 * static_asserts that each claim leaves every other claim on the same descriptors alone unless one
 * of them declares the bits shared. A claim of another file is named by its mask's value, so that
 * the header stays self-contained.
 */
final class ClaimMacros {

	private final CStyle style;
	private final CNames names;
	private final List<ClaimSet> allClaimSets;

	ClaimMacros(CStyle style, CNames names, List<ClaimSet> allClaimSets) {
		this.style = style;
		this.names = names;
		this.allClaimSets = allClaimSets;
	}

	void write(CLines out, ClaimSet set, List<String> mangled) {
		FormatMacros.note(mangled, set.getName(), set, CNames.upper(set.getName()));
		List<String> about = new ArrayList<>();
		about.add("claims " + set.getName() + (set.getDescription() == null ? "" : ": " + CText.comment(set.getDescription())));
		about.add("on " + String.join(", ", set.getFields().stream().map(CNames::ptlName).toList()));
		out.blank().comment(about);
		for (Claim claim : set.getClaims()) {
			if (!Bits.isWellFormed(claim.getBits())) {
				continue;
			}
			String prefix = CSymbols.claim(claim);
			FormatMacros.note(mangled, set.getName() + "." + claim.getName(), claim, prefix);
			int high = Bits.high(claim.getBits());
			int low = Bits.low(claim.getBits());
			out.line("/* " + set.getName() + "." + claim.getName() + " " + Bits.text(claim.getBits())
					+ (claim.getDescription() == null ? "" : ": " + CText.comment(claim.getDescription())) + " */");
			out.line("#define " + names.define(prefix + "_SHIFT", claim) + " " + low);
			out.line("#define " + names.define(prefix + "_WIDTH", claim) + " " + (high - low + 1));
			out.line("#define " + names.define(prefix + "_MASK", claim) + " " + style.mask(high, low));
		}
		writeOverlapAsserts(out, set);
	}

	private void writeOverlapAsserts(CLines out, ClaimSet set) {
		List<String> lines = new ArrayList<>();
		for (Claim claim : set.getClaims()) {
			for (Claim other : neighbours(claim)) {
				boolean sameFile = claim.eResource() != null && other.eResource() == claim.eResource();
				if (sameFile && !before(claim, other)) {
					continue; // the pair is asserted once, when its first claim is met
				}
				// only the macros of this set are defined yet; any other claim is named by its mask
				String otherMask = other.eContainer() == set ? CSymbols.claim(other) + "_MASK" : CText.hex64(Bits.mask(other.getBits()));
				String pair = CNames.ptlName(claim) + " " + Bits.text(claim.getBits()) + " and " + CNames.ptlName(other) + " "
						+ Bits.text(other.getBits());
				if (shared(claim, other)) {
					lines.add("/* " + pair + " are declared shared */");
				} else {
					lines.add("static_assert((" + CSymbols.claim(claim) + "_MASK & " + otherMask + ") == 0, \""
							+ CText.string(pair + " must not overlap") + "\");");
				}
			}
		}
		if (!lines.isEmpty()) {
			out.blank().line("/* claims on the same descriptors never overlap unless declared shared */");
			lines.forEach(out::line);
		}
	}

	/** The other well-formed claims on a descriptor this claim's set also claims bits of. */
	private List<Claim> neighbours(Claim claim) {
		List<Claim> found = new ArrayList<>();
		if (!Bits.isWellFormed(claim.getBits())) {
			return found;
		}
		ClaimSet home = (ClaimSet) claim.eContainer();
		for (ClaimSet set : allClaimSets) {
			if (!sharesDescriptor(home, set)) {
				continue;
			}
			for (Claim other : set.getClaims()) {
				if (other != claim && Bits.isWellFormed(other.getBits())) {
					found.add(other);
				}
			}
		}
		return found;
	}

	private static boolean sharesDescriptor(ClaimSet a, ClaimSet b) {
		for (Field field : a.getFields()) {
			for (Field otherField : b.getFields()) {
				if (field.eContainer() != null && field.eContainer() == otherField.eContainer()) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean before(Claim a, Claim b) {
		List<Claim> order = new ArrayList<>();
		for (org.eclipse.emf.ecore.EObject root : a.eResource().getContents()) {
			root.eAllContents().forEachRemaining(o -> {
				if (o instanceof Claim c) {
					order.add(c);
				}
			});
		}
		return order.indexOf(a) < order.indexOf(b);
	}

	private static boolean shared(Claim a, Claim b) {
		return a.getSharedWith().contains(b.eContainer()) || b.getSharedWith().contains(a.eContainer());
	}
}
