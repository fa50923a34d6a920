package org.ptl.sim.monitor.feed;

import java.util.ArrayList;
import java.util.List;

import org.ptl.sim.maintenance.CpuFeatures;
import org.ptl.sim.maintenance.MaintenanceEvent;
import org.ptl.sim.monitor.BarrierKind;
import org.ptl.sim.monitor.BbmEvent;
import org.ptl.sim.monitor.TlbiOp;

/**
 * What each maintenance call of KVM's page-table code executes, instruction by instruction (Linux
 * 6.12, arch/arm64/kvm/hyp/nvhe/tlb.c and hyp_unmap_walker()): the barriers around the TLBIs, and for
 * stage 2 the stage-1 TLBI of the VMID after the one by IPA. A range with LPA2 starts with single
 * invalidations until it is 64 KiB aligned, as __flush_tlb_range_op() does; cache maintenance has
 * no part in break-before-make and expands to nothing.
 */
public final class MaintenanceExpansion {

	private static final long LPA2_RANGE_ALIGNMENT = 64 * 1024;

	private MaintenanceExpansion() {
	}

	public static List<BbmEvent> of(MaintenanceEvent event, int cpu, CpuFeatures features, int pageShift) {
		List<BbmEvent> events = new ArrayList<>();
		int level = event.levelKnown() && event.level() >= 0 && event.level() <= 3 ? event.level()
				: BbmEvent.Tlbi.LEVEL_UNKNOWN;
		long page = event.address() & -(1L << pageShift);
		switch (event.kind()) {
		case TLBI_IPA -> {
			events.add(new BbmEvent.Barrier(cpu, BarrierKind.DSB_ISHST));
			events.add(new BbmEvent.Tlbi(cpu, TlbiOp.IPAS2E1IS, page, 0, level));
			stage1Flush(events, cpu, true);
		}
		case TLBI_IPA_NSH -> {
			events.add(new BbmEvent.Barrier(cpu, BarrierKind.DSB_NSHST));
			events.add(new BbmEvent.Tlbi(cpu, TlbiOp.IPAS2E1, page, 0, level));
			stage1Flush(events, cpu, false);
		}
		case TLBI_VMID_RANGE -> {
			events.add(new BbmEvent.Barrier(cpu, BarrierKind.DSB_ISHST));
			range(events, cpu, page, event.size(), features.lpa2(), pageShift);
			stage1Flush(events, cpu, true);
		}
		case TLBI_VMID -> {
			events.add(new BbmEvent.Barrier(cpu, BarrierKind.DSB_ISHST));
			events.add(new BbmEvent.Tlbi(cpu, TlbiOp.VMALLS12E1IS, 0, 0, BbmEvent.Tlbi.LEVEL_UNKNOWN));
			events.add(new BbmEvent.Barrier(cpu, BarrierKind.DSB_ISH));
			events.add(new BbmEvent.Barrier(cpu, BarrierKind.ISB));
		}
		case TLBI_VAE2IS, TLBI_VALE2IS -> {
			events.add(new BbmEvent.Barrier(cpu, BarrierKind.DSB_ISHST));
			TlbiOp op = event.kind() == org.ptl.sim.maintenance.MaintenanceKind.TLBI_VAE2IS ? TlbiOp.VAE2IS : TlbiOp.VALE2IS;
			events.add(new BbmEvent.Tlbi(cpu, op, page, 0, level));
			events.add(new BbmEvent.Barrier(cpu, BarrierKind.DSB_ISH));
			events.add(new BbmEvent.Barrier(cpu, BarrierKind.ISB));
		}
		default -> {
		}
		}
		return events;
	}

	/** The DSB after the stage-2 TLBIs, the stage-1 TLBI of the VMID, DSB and ISB. */
	private static void stage1Flush(List<BbmEvent> events, int cpu, boolean broadcast) {
		events.add(new BbmEvent.Barrier(cpu, broadcast ? BarrierKind.DSB_ISH : BarrierKind.DSB_NSH));
		events.add(new BbmEvent.Tlbi(cpu, broadcast ? TlbiOp.VMALLE1IS : TlbiOp.VMALLE1, 0, 0, BbmEvent.Tlbi.LEVEL_UNKNOWN));
		events.add(new BbmEvent.Barrier(cpu, broadcast ? BarrierKind.DSB_ISH : BarrierKind.DSB_NSH));
		events.add(new BbmEvent.Barrier(cpu, BarrierKind.ISB));
	}

	private static void range(List<BbmEvent> events, int cpu, long start, long size, boolean lpa2, int pageShift) {
		long pageSize = 1L << pageShift;
		long address = start;
		long end = start + size;
		while (address < end && (end - address == pageSize || lpa2 && (address & (LPA2_RANGE_ALIGNMENT - 1)) != 0)) {
			events.add(new BbmEvent.Tlbi(cpu, TlbiOp.IPAS2E1IS, address, 0, BbmEvent.Tlbi.LEVEL_UNKNOWN));
			address += pageSize;
		}
		if (address < end) {
			events.add(new BbmEvent.Tlbi(cpu, TlbiOp.RIPAS2E1IS, address, end - address, BbmEvent.Tlbi.LEVEL_UNKNOWN));
		}
	}
}
