package org.ptl.sim.maintenance;

/**
 * kvm_tlb_flush_vmid_range() of Linux 6.12: without TLB range instructions the whole VMID is
 * invalidated; with them, the range in chunks of at most MAX_TLBI_RANGE_PAGES pages
 * (__TLBI_RANGE_PAGES(31, 3) = 2^21), each one call to the hypervisor.
 */
public final class TlbFlushes {

	/** MAX_TLBI_RANGE_PAGES. */
	public static final long MAX_RANGE_PAGES = 32L << 16;

	private TlbFlushes() {
	}

	public static void vmidRange(Maintenance sink, CpuFeatures features, long address, long size, int pageShift) {
		if (!features.tlbRange()) {
			sink.perform(MaintenanceEvent.wholeVmid());
			return;
		}
		long pages = size >>> pageShift;
		long addr = address;
		while (pages > 0) {
			long chunk = Math.min(pages, MAX_RANGE_PAGES);
			sink.perform(MaintenanceEvent.range(MaintenanceKind.TLBI_VMID_RANGE, addr, chunk << pageShift));
			addr += chunk << pageShift;
			pages -= chunk;
		}
	}
}
