package org.ptl.sim.table;

/**
 * Sees what happens to table memory, in order: every descriptor write with its memory order, every
 * compare-and-swap that failed, every reference-count change, and every page allocated or freed.
 * The break-before-make monitor and the event log of a trace listen here; the scheduler of racing
 * walkers is told before each access so that it can let another CPU go first.
 */
public interface PoolObserver {

	/** A descriptor is about to be read, written, compare-and-swapped or counted; the caller may block. */
	default void before(Access access, int page, int index) {
	}

	void written(int page, int index, long before, long after, MemoryOrder order);

	default void compareAndSetFailed(int page, int index, long expected, long actual) {
	}

	/** A page's reference count changed (get_page, put_page) from one count to the other. */
	default void counted(int page, int before, int count) {
	}

	/** A page was taken, zeroed, for a table (zalloc_page). */
	default void allocated(int page) {
	}

	/** A page's count reached 0: it went back to the page allocator. */
	default void freed(int page) {
	}

	/** The kinds of access {@link #before} announces. */
	enum Access {
		READ, WRITE, COMPARE_AND_SET, GET, PUT
	}
}
