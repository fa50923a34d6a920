package org.ptl.sim.bench;

import java.lang.ref.Reference;

import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.walk.WalkFlags;

/**
 * Heap a populated table costs, measured: the used heap after full collections, before and after
 * {@value #TABLES} tables are made and 1 GiB is mapped into each, per table (several, so that
 * whatever else the JVM frees or keeps meanwhile weighs less), divided by the valid entries a table
 * then holds (leaves and table descriptors). Exact only under a collector whose System.gc() is a full, compacting
 * collection that leaves no partly used regions (the serial collector: bench/sim-jmh.sh runs this
 * with -XX:+UseSerialGC).
 */
final class HeapPerPte {

	/**
	 * @param bytes     heap retained by one table and its library
	 * @param entries   valid entries: leaves plus table descriptors
	 * @param leaves    valid leaves
	 * @param pages     table pages live (root pages included)
	 */
	record Result(long bytes, long entries, long leaves, int pages) {

		double perEntry() {
			return (double) bytes / entries;
		}
	}

	static final int TABLES = 4;

	private HeapPerPte() {
	}

	static Result measure(Stage2Setup setup) {
		// a first table, dropped, so that what making one loads or caches once is in both figures
		setup.populate(setup.newLibrary());
		long before = settledUsedHeap();
		PgtableLibrary[] libraries = new PgtableLibrary[TABLES];
		for (int i = 0; i < TABLES; i++) {
			libraries[i] = setup.newLibrary();
			setup.populate(libraries[i]);
		}
		long after = settledUsedHeap();
		PgtableLibrary library = libraries[0];
		EntryCounter counter = new EntryCounter();
		Stage2Setup.expectZero("walk", library.walker().walk(library.table(), Stage2Setup.IPA, Stage2Setup.SIZE,
				counter, WalkFlags.TABLE_PRE | WalkFlags.LEAF));
		Result result = new Result((after - before) / TABLES, counter.leaves + counter.tables, counter.leaves,
				library.table().pool().livePages());
		Reference.reachabilityFence(libraries);
		return result;
	}

	/** Used heap once full collections no longer change it. */
	private static long settledUsedHeap() {
		Runtime runtime = Runtime.getRuntime();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 10; i++) {
			System.gc();
			long now = runtime.totalMemory() - runtime.freeMemory();
			if (now == used) {
				break;
			}
			used = now;
		}
		return used;
	}
}
