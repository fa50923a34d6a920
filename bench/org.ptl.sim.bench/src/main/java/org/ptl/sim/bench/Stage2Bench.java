package org.ptl.sim.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.walk.WalkFlags;

/**
 * 1 GiB of arm64 stage-2 in 4K pages (262,144 leaves under 512 level-3 tables): map it into an
 * empty table, walk it, and unmap it, each as one library call; and map it as the fault path
 * does, one 4K page per call. A table that an operation needs empty or full is made so before
 * each call, outside the time measured; tables freed by unmap are reused by the next map, as
 * pages return to a VM's memcache.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Stage2Bench {

	/** One table that each call finds empty. */
	@State(Scope.Thread)
	public static class Empty {
		Stage2Setup setup;
		PgtableLibrary library;

		@Setup(Level.Trial)
		public void load() {
			setup = Stage2Setup.load();
			library = setup.newLibrary();
		}

		@Setup(Level.Invocation)
		public void empty() {
			setup.clear(library);
		}
	}

	/** One table that each call finds fully populated. */
	@State(Scope.Thread)
	public static class Full {
		Stage2Setup setup;
		PgtableLibrary library;

		@Setup(Level.Trial)
		public void load() {
			setup = Stage2Setup.load();
			library = setup.newLibrary();
		}

		@Setup(Level.Invocation)
		public void populate() {
			setup.populate(library);
		}
	}

	/** One fully populated table that the walks leave as it is. */
	@State(Scope.Thread)
	public static class Populated {
		Stage2Setup setup;
		PgtableLibrary library;
		final EntryCounter counter = new EntryCounter();

		@Setup(Level.Trial)
		public void load() {
			setup = Stage2Setup.load();
			library = setup.newLibrary();
			setup.populate(library);
		}

		@TearDown(Level.Iteration)
		public void check() {
			if (counter.leaves % Stage2Setup.LEAVES != 0) {
				throw new IllegalStateException("a walk saw " + counter.leaves + " leaves");
			}
			counter.reset();
		}
	}

	/** kvm_pgtable_stage2_map() of 1 GiB into an empty table: 512 tables, 262,144 pages. */
	@Benchmark
	public int map(Empty state) {
		return state.library.map(Stage2Setup.IPA, Stage2Setup.SIZE, Stage2Setup.PHYS, state.setup.prot, 0);
	}

	/** kvm_pgtable_stage2_map() of one 4K page, 262,144 times: the stage-2 fault path. */
	@Benchmark
	public int mapPages(Empty state) {
		int failed = 0;
		for (long offset = 0; offset < Stage2Setup.SIZE; offset += Stage2Setup.PAGE) {
			failed |= state.library.map(Stage2Setup.IPA + offset, Stage2Setup.PAGE, Stage2Setup.PHYS + offset,
					state.setup.prot, 0);
		}
		return failed;
	}

	/** A walk of the populated 1 GiB that visits the leaves (get_leaf, ageing, dirty logging). */
	@Benchmark
	public int walkLeaves(Populated state) {
		return state.library.walker().walk(state.library.table(), Stage2Setup.IPA, Stage2Setup.SIZE, state.counter,
				WalkFlags.LEAF);
	}

	/** A walk of the populated 1 GiB that visits every entry: tables before and after, and leaves. */
	@Benchmark
	public int walkAll(Populated state) {
		return state.library.walker().walk(state.library.table(), Stage2Setup.IPA, Stage2Setup.SIZE, state.counter,
				WalkFlags.TABLE_PRE | WalkFlags.LEAF | WalkFlags.TABLE_POST);
	}

	/** kvm_pgtable_stage2_unmap() of the populated 1 GiB: every page cleared, every table freed. */
	@Benchmark
	public int unmap(Full state) {
		return state.library.unmap(Stage2Setup.IPA, Stage2Setup.SIZE);
	}
}
