package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ptl.sim.tests.Stage2.GiB;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;
import static org.ptl.sim.tests.Stage2.hex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.walk.WalkFlags;

/**
 * The page-table library's bookkeeping holds after every operation of a long, seeded random
 * sequence (DOMAIN.md §1.6, §3.5): every table page's reference count is 1 plus its non-zero
 * entries, no page outlives the last entry pointing at it (the pages in use are exactly the root and
 * the tables reachable from it), and no entry is left locked by a break-before-make.
 */
class ReferenceCountsTest {

	private static final String[][] PROTS = { { "R" }, { "R", "W" }, { "R", "W", "X" }, { "R", "DEVICE" },
			{ "R", "W", "NORMAL_NC" }, { "R", "W", "SW0" }, { "W", "SW1", "SW3" } };
	private static final long[] SIZES = { PAGE, 2 * PAGE, 2 * MiB, 2 * MiB + PAGE, 4 * MiB - PAGE, GiB };

	@Test
	void referenceCountsAndFreedTablesStayConsistent() {
		Random random = new Random(20241112);
		Stage2 s2 = new Stage2();
		List<String> history = new ArrayList<>();
		for (int step = 0; step < 1000; step++) {
			history.add(randomOperation(random, s2));
			String broken = brokenBookkeeping(s2);
			if (broken != null) {
				List<String> last = history.subList(Math.max(0, history.size() - 12), history.size());
				assertEquals(null, broken,
						"after operation " + step + ", the last ones being:\n" + String.join("\n", last));
			}
		}
	}

	/**
	 * Performs a random operation on the 128 MiB around 1 GiB, or on the 1 GiB block above it, and
	 * says what it was and what it returned.
	 */
	static String randomOperation(Random random, Stage2 s2) {
		long size = SIZES[random.nextInt(SIZES.length)];
		long ipa = GiB - 64 * MiB + random.nextInt(32 * 512) * PAGE;
		if (size == GiB) {
			ipa = GiB;
		} else if (random.nextInt(3) == 0) {
			ipa &= -(2 * MiB);
		}
		long pa = 0x80_0000_0000L + ipa + (random.nextInt(4) == 0 ? PAGE : 0);
		String[] prot = PROTS[random.nextInt(PROTS.length)];
		int kind = random.nextInt(12);
		String what = switch (kind) {
		case 0, 1, 2 -> "map " + hex(ipa) + " " + hex(size) + " " + String.join("|", prot) + " -> "
				+ s2.map(ipa, size, pa, prot);
		case 3 -> "fault-path map " + hex(ipa) + " " + hex(size) + " -> " + s2.mapOnFaultPath(ipa, size, pa, prot);
		case 4, 5 -> "unmap " + hex(ipa) + " " + hex(size) + " -> " + s2.library.unmap(ipa, size);
		case 6 -> {
			int owner = random.nextInt(2);
			yield "set_owner " + hex(ipa) + " " + hex(size) + " " + owner + " -> "
					+ s2.library.setOwner(ipa, size, owner);
		}
		case 7 -> "wrprotect " + hex(ipa) + " -> " + s2.library.wrprotect(ipa, size);
		case 8 -> "relax " + hex(ipa) + " -> " + s2.library.relax(ipa, s2.prot("W", "X"));
		case 9 -> "test_clear_young " + hex(ipa) + " -> " + s2.library.testClearYoung(ipa, size, true) + ", mkyoung -> "
				+ hex(s2.library.mkyoung(ipa + PAGE));
		case 10 -> {
			int pages = random.nextInt(16) == 0 ? 513 : random.nextInt(4);
			yield "split " + hex(ipa) + " " + hex(size) + " cache " + pages + " -> "
					+ s2.library.split(ipa, size, Memcache.of(pages));
		}
		default -> {
			int pages = random.nextInt(6) - 1;
			s2.memcache.set(pages >= 3 ? Memcache.UNLIMITED : pages);
			yield "memcache " + pages;
		}
		};
		return what;
	}

	/** Null when the bookkeeping is right, else what is wrong. */
	private static String brokenBookkeeping(Stage2 s2) {
		Map<Integer, Integer> nonZero = new TreeMap<>();
		List<String> locked = new ArrayList<>();
		for (int root = 0; root < s2.table().rootPages(); root++) {
			nonZero.put(s2.table().rootPage() + root, 0);
		}
		s2.library.walker().walk(s2.table(), 0, Stage2.IPA_LIMIT, (ctx, visit) -> {
			long entry = ctx.old();
			if (entry != 0) {
				nonZero.merge(ctx.page(), 1, Integer::sum);
			}
			if (s2.library.operations().isLocked(entry)) {
				locked.add(hex(ctx.addr()));
			}
			if (ctx.table().codec().isTable(entry, ctx.level())) {
				nonZero.putIfAbsent(ctx.table().childPage(entry, ctx.level()), 0);
			}
			return 0;
		}, WalkFlags.LEAF | WalkFlags.TABLE_PRE);
		if (!locked.isEmpty()) {
			return "entries left locked at " + locked;
		}
		for (Map.Entry<Integer, Integer> page : nonZero.entrySet()) {
			int count = s2.pool().count(page.getKey());
			if (count != 1 + page.getValue()) {
				return "table page " + page.getKey() + " has count " + count + " but " + page.getValue()
						+ " non-zero entries";
			}
		}
		if (s2.tablePages() != nonZero.size()) {
			return s2.tablePages() + " table pages in use but " + nonZero.size() + " reachable";
		}
		return null;
	}
}
