package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ptl.sim.tests.Stage2.PAGE;
import static org.ptl.sim.tests.Stage2.hex;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ptl.sim.walk.VisitContext;
import org.ptl.sim.walk.WalkFlags;
import org.ptl.sim.walk.Walker;

/**
 * A visitor may walk the table itself, with the same walker (create_unlinked and free_unlinked do,
 * and so can a scenario's visitor): the walk around it goes on from where it was, and its visitor
 * still sees its own entry after the inner walk, whether or not an observer watches the table.
 */
class NestedWalksKeepTheirContextTest {

	@ParameterizedTest(name = "observed: {0}")
	@ValueSource(booleans = { true, false })
	void aWalkInsideAVisitLeavesTheOuterVisitAsItWas(boolean observed) {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x0, 4 * PAGE, 0x80_0000_0000L, "R", "W"), "four pages");
		if (!observed) {
			s2.pool().setObserver(null);
		}
		Walker walker = s2.library.walker();
		List<String> before = new ArrayList<>();
		List<String> after = new ArrayList<>();
		int ret = walker.walk(s2.table(), 0, 4 * PAGE, (ctx, visit) -> {
			before.add(describe(ctx));
			int inner = walker.walk(s2.table(), 0, Stage2.IPA_LIMIT, (innerCtx, innerVisit) -> 0,
					WalkFlags.LEAF | WalkFlags.TABLE_PRE | WalkFlags.TABLE_POST);
			assertEquals(0, inner, "the inner walk");
			after.add(describe(ctx));
			return 0;
		}, WalkFlags.LEAF);
		assertEquals(0, ret, "the outer walk");
		assertEquals(List.of("L3 0x0 [0]", "L3 0x1000 [1]", "L3 0x2000 [2]", "L3 0x3000 [3]"),
				before.stream().map(line -> line.substring(0, line.indexOf(" = "))).toList(), "the outer visits");
		assertEquals(before, after, "what the outer visitor sees after the inner walk");
	}

	private static String describe(VisitContext ctx) {
		return "L" + ctx.level() + " " + hex(ctx.addr()) + " [" + ctx.index() + "] = " + hex(ctx.old()) + " page "
				+ ctx.page() + " range " + hex(ctx.start()) + "-" + hex(ctx.end());
	}
}
