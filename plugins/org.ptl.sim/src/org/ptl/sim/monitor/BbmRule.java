package org.ptl.sim.monitor;

import org.ptl.sim.format.DescriptorLayout;
import org.ptl.sim.format.FormatCodec;

/**
 * When replacing one descriptor by another needs break-before-make, casemate's reading of Arm ARM
 * D8.14.1 (DOMAIN.md §9.1) on the fields a format declares: never when either is invalid; always
 * when either is a table or the output size changes; never when either has the access flag clear;
 * otherwise always, unless the two differ only in software bits or in fields the format declares as
 * permissions. Casemate marks its own rule as over-approximate in exactly that last case (it requires
 * break-before-make for every change but the software bits), and the Arm ARM requires none for a
 * permission change, which Linux's relax_perms and wrprotect make in place; a format that declares
 * no permission role gets casemate's rule unchanged.
 */
public final class BbmRule {

	private final FormatCodec codec;

	BbmRule(FormatCodec codec) {
		this.codec = codec;
	}

	public boolean required(long before, long after, int level) {
		if (!codec.isValid(before) || !codec.isValid(after)) {
			return false;
		}
		if (codec.isTable(before, level) || codec.isTable(after, level)) {
			return true;
		}
		DescriptorLayout old = codec.layoutOf(before, level);
		DescriptorLayout now = codec.layoutOf(after, level);
		if (old == null || now == null) {
			// a valid descriptor no layout of the level accepts: assume the worst
			return true;
		}
		if (old != now && old.kind() != now.kind()) {
			return true;
		}
		long accessFlag = old.accessFlagMask();
		if (accessFlag != 0 && ((before & accessFlag) == 0 || (after & accessFlag) == 0)) {
			return false;
		}
		long free = old.softwareMask() | old.permissionMask();
		return ((before ^ after) & ~free) != 0;
	}
}
