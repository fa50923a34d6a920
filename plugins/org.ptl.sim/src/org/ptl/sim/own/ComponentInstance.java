package org.ptl.sim.own;

import java.util.Arrays;
import java.util.List;

import org.ptl.model.Component;
import org.ptl.model.ComponentBinding;
import org.ptl.model.OperationKind;
import org.ptl.model.ProtFlag;
import org.ptl.model.State;
import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.kvm.OperationSet;
import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.maintenance.CpuFeatures;
import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.maintenance.MaintenanceLog;
import org.ptl.sim.monitor.feed.EngineFeed;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.walk.Walker;

/**
 * One component of a running system (host, hyp, guest[1]): its own page table with the library
 * that changes it, and where its per-page state lives, the claim bits of its leaves or a side table
 * such as pKVM's hyp_vmemmap.
 */
public final class ComponentInstance {

	private final String name;
	private final Component component;
	private final ComponentBinding binding;
	private final PgtableLibrary library;
	private final StateCodec codec;
	private final long[] sideTable;
	private final long baseProt;
	private final MaintenanceLog maintenance = new MaintenanceLog();
	private final EngineFeed feed;

	ComponentInstance(String name, Component component, ComponentBinding binding, int pages, Walker walker,
			Memcache memcache, long seed, State initial, CpuFeatures features) {
		this.name = name;
		this.component = component;
		this.binding = binding;
		FormatCodec format = FormatCodec.compile(binding.getFormat());
		OperationSet operations = OperationSet.compile(binding.getOperations(), format);
		PageTable table = new PageTable(format, seed);
		CpuFeatures own = new CpuFeatures(features.fwb(), features.tlbRange(), features.lpa2() || format.format().isLpa2());
		this.feed = EngineFeed.watching(table, name, binding.getOperations().getLibrary(), own);
		this.library = new PgtableLibrary(table, operations, walker, memcache, Maintenance.both(maintenance, feed), own);
		this.codec = new StateCodec(binding.getEncoding());
		this.sideTable = binding.isSideTable() ? new long[pages] : null;
		if (sideTable != null && initial != null) {
			Arrays.fill(sideTable, codec.valueOf(initial));
		}
		long prot = 0;
		for (ProtFlag flag : binding.getProt()) {
			prot |= operations.flags().bit(flag.getName());
		}
		this.baseProt = prot;
	}

	public String name() {
		return name;
	}

	public Component component() {
		return component;
	}

	public ComponentBinding binding() {
		return binding;
	}

	public PgtableLibrary library() {
		return library;
	}

	public PageTable table() {
		return library.table();
	}

	/** The break-before-make monitor's feed of this component's table. */
	public EngineFeed feed() {
		return feed;
	}

	public StateCodec codec() {
		return codec;
	}

	public boolean hasSideTable() {
		return sideTable != null;
	}

	public long sideValue(int page) {
		return sideTable[page];
	}

	void setSideValue(int page, long value) {
		sideTable[page] = value;
	}

	/** The protection the component's mappings get, before software bits. */
	public long baseProt() {
		return baseProt;
	}

	/** The input address at which the component maps a physical address. */
	public long inputAddress(long physicalAddress) {
		return physicalAddress + binding.getOffset();
	}

	/** The maintenance operations (TLBI, cache) performed since the last call, and forgets them. */
	public List<String> drainMaintenance() {
		return maintenance.drain();
	}

	/** The protection flags that set each claim bit, derived from the map rules (pkvm_mkstate()). */
	long protForClaimBits(long claimBits) {
		OperationSet operations = library.operations();
		long base = operations.apply(OperationKind.MAP, 0, 0);
		long prot = 0;
		for (long remaining = claimBits; remaining != 0; remaining &= remaining - 1) {
			long bit = Long.lowestOneBit(remaining);
			long flag = flagSetting(operations, base, bit);
			if (flag == 0) {
				throw new IllegalStateException("operations '" + operations.source().getName()
						+ "' have no protection flag that sets bit " + Long.numberOfTrailingZeros(bit));
			}
			prot |= flag;
		}
		return prot;
	}

	private static long flagSetting(OperationSet operations, long base, long bit) {
		for (ProtFlag flag : operations.source().getProtFlags()) {
			long flagBit = operations.flags().bit(flag.getName());
			if ((operations.apply(OperationKind.MAP, 0, flagBit) ^ base) == bit) {
				return flagBit;
			}
		}
		return 0;
	}
}
