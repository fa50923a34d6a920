package org.ptl.sim.maintenance;

/**
 * The kinds of TLB and cache maintenance KVM's page-table code performs (DOMAIN.md §8), each named
 * after the function that does it and with what its address means: an input address for TLB
 * invalidations, a physical address for cache maintenance.
 */
public enum MaintenanceKind {

	/** __kvm_tlb_flush_vmid_ipa(): broadcast TLB invalidation of one IPA at a level (or any level). */
	TLBI_IPA("TLBI IPA", true, false),
	/** __kvm_tlb_flush_vmid_ipa_nsh(): the same, for this CPU only (relax_perms). */
	TLBI_IPA_NSH("TLBI IPA nsh", true, false),
	/** __kvm_tlb_flush_vmid_range(): TLB invalidation of an IPA range of the VMID (TLB range instructions). */
	TLBI_VMID_RANGE("TLBI VMID range", false, true),
	/** __kvm_tlb_flush_vmid(): every TLB entry of the VMID. */
	TLBI_VMID("TLBI VMID", false, false),
	/** dcache_clean_inval_poc(): clean and invalidate a PA range to the point of coherency. */
	DC_CIVAC("DC CIVAC", false, true),
	/** icache_inval_pou(): invalidate the instruction cache for a PA range to the point of unification. */
	IC_IVAU("IC IVAU", false, true),
	/** The EL2 stage 1: TLBI VAE2IS, a VA at any level (a table freed by hyp unmap). */
	TLBI_VAE2IS("TLBI VAE2IS", true, false),
	/** The EL2 stage 1: TLBI VALE2IS, the last-level entry of a VA (a leaf cleared by hyp unmap). */
	TLBI_VALE2IS("TLBI VALE2IS", true, false);

	private final String text;
	private final boolean hasLevel;
	private final boolean hasSize;

	MaintenanceKind(String text, boolean hasLevel, boolean hasSize) {
		this.text = text;
		this.hasLevel = hasLevel;
		this.hasSize = hasSize;
	}

	/** How traces print the kind: "TLBI IPA", "DC CIVAC". */
	public String text() {
		return text;
	}

	/** Whether events of this kind name a translation level (which may be unknown). */
	public boolean hasLevel() {
		return hasLevel;
	}

	/** Whether events of this kind cover a range (address and size) rather than one address. */
	public boolean hasSize() {
		return hasSize;
	}

	/** Whether the kind invalidates TLB entries (as opposed to maintaining caches of memory). */
	public boolean isTlbi() {
		return this != DC_CIVAC && this != IC_IVAU;
	}
}
