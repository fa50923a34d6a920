package org.ptl.sim.maintenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.ptl.model.CpuFeature;

/**
 * The CPU features that change what maintenance KVM performs (DOMAIN.md §8), as inputs of a run:
 * FEAT_S2FWB (no data-cache clean of guest memory; with range instructions, unmap defers its TLB
 * invalidations to one range), TLB range instructions (a table entry replaced is invalidated by
 * range, not by the whole VMID), and LPA2 (range invalidations must start 64 KiB aligned). Linux's
 * default is a machine without any of them.
 *
 * @param fwb      ARM64_HAS_STAGE2_FWB
 * @param tlbRange system_supports_tlb_range()
 * @param lpa2     kvm_lpa2_is_enabled()
 */
public record CpuFeatures(boolean fwb, boolean tlbRange, boolean lpa2) {

	/** A machine with none of the features. */
	public static final CpuFeatures NONE = new CpuFeatures(false, false, false);

	/** The features named (from a scenario and its table), LPA2 also when the format is an LPA2 one. */
	public static CpuFeatures of(Collection<CpuFeature> features, boolean lpa2Format) {
		return new CpuFeatures(features.contains(CpuFeature.FWB), features.contains(CpuFeature.TLB_RANGE),
				lpa2Format || features.contains(CpuFeature.LPA2));
	}

	/** "fwb, tlb_range" or "none". */
	public String text() {
		List<String> names = new ArrayList<>();
		if (fwb) {
			names.add("fwb");
		}
		if (tlbRange) {
			names.add("tlb_range");
		}
		if (lpa2) {
			names.add("lpa2");
		}
		return names.isEmpty() ? "none" : String.join(", ", names);
	}
}
