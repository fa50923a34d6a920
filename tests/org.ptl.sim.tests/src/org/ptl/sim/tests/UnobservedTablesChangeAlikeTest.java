package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ptl.sim.walk.WalkFlags;

/**
 * A table nobody observes (no pool observer: the walker reads page words directly and visits leaves
 * in its short loop) goes through exactly what an observed one goes through: the same long, seeded
 * random sequence of operations on both gives the same results, the same entries, the same table
 * pages, the same maintenance and the same number of visits after every operation.
 */
class UnobservedTablesChangeAlikeTest {

	@Test
	void everyOperationEndsAlikeWithAndWithoutAnObserver() {
		Random forObserved = new Random(20261206);
		Random forUnobserved = new Random(20261206);
		Stage2 observed = new Stage2();
		Stage2 unobserved = new Stage2();
		unobserved.pool().setObserver(null);
		long writesSeen = 0;
		for (int step = 0; step < 1000; step++) {
			String operation = ReferenceCountsTest.randomOperation(forObserved, observed);
			assertEquals(operation, ReferenceCountsTest.randomOperation(forUnobserved, unobserved), "operation " + step);
			assertEquals(fingerprint(observed), fingerprint(unobserved), "entries after " + step + ": " + operation);
			assertEquals(observed.maintenance, unobserved.maintenance, "maintenance after " + step + ": " + operation);
			assertEquals(observed.library.walker().visits(), unobserved.library.walker().visits(),
					"visits after " + step + ": " + operation);
			writesSeen += observed.events.lines().stream().filter(line -> line.startsWith("write")).count();
			observed.events.clear();
			observed.maintenance.clear();
			unobserved.maintenance.clear();
		}
		assertEquals(true, writesSeen > 1000, "the observed table's writes were seen: " + writesSeen);
	}

	/** Every entry (level, address, value) and the pages in use, folded: a walk of the whole input range. */
	private static String fingerprint(Stage2 s2) {
		long[] hash = { 17 };
		s2.library.walker().walk(s2.table(), 0, Stage2.IPA_LIMIT, (ctx, visit) -> {
			hash[0] = (hash[0] * 31 + ctx.level()) * 0x9E3779B97F4A7C15L + ctx.addr() * 31 + ctx.old() + visit;
			return 0;
		}, WalkFlags.LEAF | WalkFlags.TABLE_PRE | WalkFlags.TABLE_POST);
		return Long.toHexString(hash[0]) + ", " + s2.tablePages() + " table pages, " + s2.memcache.pages() + " in the memcache";
	}
}
