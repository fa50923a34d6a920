package org.ptl.gen.c;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.ptl.gen.NameClash;
import org.ptl.gen.QualifiedNames;

/**
 * The C names of model elements, and the register that makes them unique. A C name joins the
 * element's PTL names with underscores: macros and enum constants in upper case
 * (ARM64_S2_4K_PAGE_S2AP_MASK), types and functions in lower case (pkvm_v5_15_sw_decode). A PTL
 * name that is not a C identifier is mangled the same way every time: every character other than a
 * letter, a digit or an underscore becomes an underscore, and a name that then starts with an
 * underscore or a digit (reserved or impossible in C) gets the prefix "ptl". Every name a header
 * defines is registered with the element it stands for; two elements with one C name are a
 * {@link NameClash}, for the header would not compile or would silently mean one of them.
 */
public final class CNames {

	/** The rule, as the header's comment states it. */
	public static final String RULE = "characters other than letters, digits and _ become _; a name that starts with _ or a digit gets the prefix ptl";

	private final Map<String, EObject> owners = new LinkedHashMap<>();
	private final List<NameClash> clashes = new ArrayList<>();

	/** The lower-case C identifier of the names joined: types, functions. */
	public static String lower(String... names) {
		StringBuilder joined = new StringBuilder();
		for (String name : names) {
			if (joined.length() > 0) {
				joined.append('_');
			}
			joined.append(part(name));
		}
		String identifier = joined.toString();
		if (identifier.isEmpty() || identifier.charAt(0) == '_') {
			return "ptl" + identifier;
		}
		return Character.isDigit(identifier.charAt(0)) ? "ptl_" + identifier : identifier;
	}

	/** The upper-case C identifier of the names joined: macros, enum constants. */
	public static String upper(String... names) {
		return lower(names).toUpperCase(Locale.ROOT);
	}

	/** True when the PTL name is not a C identifier as it stands (and so is mangled). */
	public static boolean needsMangling(String name) {
		return name == null || name.isEmpty() || !part(name).equals(name) || name.charAt(0) == '_'
				|| Character.isDigit(name.charAt(0));
	}

	private static String part(String name) {
		if (name == null || name.isEmpty()) {
			return "_";
		}
		StringBuilder out = new StringBuilder(name.length());
		for (char c : name.toCharArray()) {
			boolean plain = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
			out.append(plain ? c : '_');
		}
		return out.toString();
	}

	/** Registers a name the output defines for the element; returns the name. */
	public String define(String name, EObject element) {
		EObject owner = owners.putIfAbsent(name, element);
		if (owner != null && owner != element
				&& clashes.stream().noneMatch(known -> known.first() == owner && known.second() == element)) {
			clashes.add(new NameClash(name, owner, element)); // one clash per pair of elements is enough to act on
		}
		return name;
	}

	/** The clashes registered so far, in the order met. */
	public List<NameClash> clashes() {
		return List.copyOf(clashes);
	}

	/** "pkvm.state" for messages that name an element. */
	public static String ptlName(EObject element) {
		return QualifiedNames.of(element);
	}
}
