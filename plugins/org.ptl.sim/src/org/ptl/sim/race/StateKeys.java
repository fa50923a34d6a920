package org.ptl.sim.race;

import org.ptl.sim.table.PageTable;
import org.ptl.sim.table.TablePool;

/**
 * The hashes a racing world is keyed by: memory and reference counts as sums of one term per entry
 * or page (so a write updates them in constant time, see {@link WorldObserver}), and the mixing of
 * each CPU's place into a 128-bit key. Two states with one key are taken as one: the key must cover
 * everything a later step can depend on.
 */
final class StateKeys {

	private StateKeys() {
	}

	/** The sum of {@link WorldObserver#term} over every entry of every carved page. */
	static long memory(PageTable table) {
		long hash = 0;
		TablePool pool = table.pool();
		for (int page = 0; page < pool.carved(); page++) {
			for (int index = 0; index < pool.entriesPerPage(); index++) {
				hash += WorldObserver.term(page, index, pool.read(page, index));
			}
		}
		return hash;
	}

	/** The sum of {@link WorldObserver#countTerm} over every carved page. */
	static long counts(PageTable table) {
		long hash = 0;
		for (int page = 0; page < table.pool().carved(); page++) {
			hash += WorldObserver.countTerm(page, table.pool().count(page));
		}
		return hash;
	}

	/** Folds the per-CPU keys into the shared part, twice with different seeds, for 128 bits. */
	static long[] combine(long shared, long[] cpuKeys) {
		long a = shared;
		long b = a ^ 0x5DEECE66DL;
		for (int cpu = 0; cpu < cpuKeys.length; cpu++) {
			long local = cpuKeys[cpu];
			a = mix(a, local);
			b = mix(b ^ (cpu + 1L), Long.rotateLeft(local, 29) + cpu);
		}
		return new long[] { a, b };
	}

	/** A finished CPU: only its results matter. */
	static long finished(long[] results) {
		long key = -1;
		for (long result : results) {
			key = mix(key, result);
		}
		return key;
	}

	/** A running CPU: its operation, its next event, the results so far, its walk and its spare pages. */
	static long running(int op, long pointKey, long[] results, long walkKey, long cachePages) {
		long key = mix(op, pointKey);
		for (int done = 0; done < op && done < results.length; done++) {
			key = mix(key, results[done]);
		}
		key = mix(key, walkKey);
		return mix(key, cachePages);
	}

	static long mix(long key, long value) {
		long h = (key ^ value) * 0xBF58476D1CE4E5B9L;
		return h ^ (h >>> 27) ^ (h >>> 53);
	}
}
