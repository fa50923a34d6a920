package org.ptl.model.support;

import java.util.List;

/**
 * The walker flags Linux defines (enum kvm_pgtable_walk_flags across versions, DOMAIN.md §3.1), in
 * bit order, and the three of them that say which entries a walk visits. A scenario without a
 * walker policy may use exactly these; a policy may declare more of its own.
 */
public final class WalkFlagNames {

	/** LEAF is bit 0, TABLE_PRE bit 1, and so on. */
	public static final List<String> LINUX = List.of("LEAF", "TABLE_PRE", "TABLE_POST", "SHARED", "HANDLE_FAULT",
			"IGNORE_EAGAIN", "SKIP_BBM_TLBI", "SKIP_CMO");

	/** The visit kinds: the 'visiting' part of a walk. */
	public static final List<String> VISITS = List.of("LEAF", "TABLE_PRE", "TABLE_POST");

	/** The flag that makes a walker shared: only a shared walker can see another change an entry. */
	public static final String SHARED = "SHARED";

	private WalkFlagNames() {
	}
}
