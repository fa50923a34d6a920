package org.ptl.sim.explore;

/**
 * How to explore: how many pages and family members, whether to reduce by symmetry, the bounds
 * that stop the search (states, heap, wall time; 0 means none), whether to report deadlocks, how
 * many threads expand states, the bound of counters that declare no 'max', and who hears about
 * progress.
 *
 * @param pages             pages in the system (default 2)
 * @param familyMembers     members of each component family (default 1)
 * @param symmetry          reduce interchangeable pages and family members (default on)
 * @param maxStates         stop after storing this many states; 0: no bound
 * @param maxMemoryBytes    stop before the stored states take more heap; 0: half the maximum heap
 * @param timeLimitNanos    stop after this long; 0: no bound
 * @param deadlocks         report states where no transition is enabled, and page values no transition leaves
 * @param threads           threads that expand states (results do not depend on it)
 * @param counterBound      the bound of a counter without 'max'
 * @param progress          hears about progress about twice a second; may be {@link Progress#NONE}
 * @param members           members of named families, where they differ from familyMembers
 */
public record ExplorationOptions(int pages, int familyMembers, boolean symmetry, long maxStates, long maxMemoryBytes,
		long timeLimitNanos, boolean deadlocks, int threads, int counterBound, Progress progress,
		java.util.Map<String, Integer> members) {

	/** Receives progress on long runs. */
	@FunctionalInterface
	public interface Progress {

		Progress NONE = (states, queue, depth, elapsedNanos) -> {
		};

		void report(long states, long queue, int depth, long elapsedNanos);
	}

	public static ExplorationOptions defaults() {
		return new ExplorationOptions(2, 1, true, 0, 0, 0, false, Math.min(2, Runtime.getRuntime().availableProcessors()),
				PageModel.DEFAULT_COUNTER_MAX, Progress.NONE, java.util.Map.of());
	}

	public ExplorationOptions withPages(int value) {
		return new ExplorationOptions(value, familyMembers, symmetry, maxStates, maxMemoryBytes, timeLimitNanos,
				deadlocks, threads, counterBound, progress, members);
	}

	public ExplorationOptions withFamilyMembers(int value) {
		return new ExplorationOptions(pages, value, symmetry, maxStates, maxMemoryBytes, timeLimitNanos, deadlocks,
				threads, counterBound, progress, members);
	}

	public ExplorationOptions withSymmetry(boolean value) {
		return new ExplorationOptions(pages, familyMembers, value, maxStates, maxMemoryBytes, timeLimitNanos, deadlocks,
				threads, counterBound, progress, members);
	}

	public ExplorationOptions withMaxStates(long value) {
		return new ExplorationOptions(pages, familyMembers, symmetry, value, maxMemoryBytes, timeLimitNanos, deadlocks,
				threads, counterBound, progress, members);
	}

	public ExplorationOptions withMaxMemoryBytes(long value) {
		return new ExplorationOptions(pages, familyMembers, symmetry, maxStates, value, timeLimitNanos, deadlocks,
				threads, counterBound, progress, members);
	}

	public ExplorationOptions withTimeLimitNanos(long value) {
		return new ExplorationOptions(pages, familyMembers, symmetry, maxStates, maxMemoryBytes, value, deadlocks,
				threads, counterBound, progress, members);
	}

	public ExplorationOptions withDeadlocks(boolean value) {
		return new ExplorationOptions(pages, familyMembers, symmetry, maxStates, maxMemoryBytes, timeLimitNanos, value,
				threads, counterBound, progress, members);
	}

	public ExplorationOptions withThreads(int value) {
		return new ExplorationOptions(pages, familyMembers, symmetry, maxStates, maxMemoryBytes, timeLimitNanos,
				deadlocks, value, counterBound, progress, members);
	}

	public ExplorationOptions withCounterBound(int value) {
		return new ExplorationOptions(pages, familyMembers, symmetry, maxStates, maxMemoryBytes, timeLimitNanos,
				deadlocks, threads, value, progress, members);
	}

	public ExplorationOptions withProgress(Progress value) {
		return new ExplorationOptions(pages, familyMembers, symmetry, maxStates, maxMemoryBytes, timeLimitNanos,
				deadlocks, threads, counterBound, value, members);
	}

	/** The same options with these members for named families (on top of those set before). */
	public ExplorationOptions withMembers(java.util.Map<String, Integer> value) {
		java.util.Map<String, Integer> all = new java.util.LinkedHashMap<>(members);
		all.putAll(value);
		return new ExplorationOptions(pages, familyMembers, symmetry, maxStates, maxMemoryBytes, timeLimitNanos,
				deadlocks, threads, counterBound, progress, java.util.Map.copyOf(all));
	}

	/** The members a family has: as set for it by name, else familyMembers. */
	public int membersOf(String family) {
		return members.getOrDefault(family, familyMembers);
	}

	/** The heap the stored states may take: the bound given, or half the JVM's maximum heap. */
	long effectiveMaxMemory() {
		return maxMemoryBytes > 0 ? maxMemoryBytes : Runtime.getRuntime().maxMemory() / 2;
	}
}
