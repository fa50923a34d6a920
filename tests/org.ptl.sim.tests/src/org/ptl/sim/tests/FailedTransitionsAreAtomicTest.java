package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ptl.model.Binding;
import org.ptl.model.Component;
import org.ptl.model.Counter;
import org.ptl.model.Transition;
import org.ptl.sim.Errno;
import org.ptl.sim.own.ComponentInstance;
import org.ptl.sim.own.OwnershipSystem;
import org.ptl.sim.own.TransitionEngine;
import org.ptl.sim.table.EntryLog;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.walk.WalkFlags;
import org.ptl.sim.walk.WalkPolicy;
import org.ptl.sim.walk.Walker;

/**
 * A transition pKVM refuses changes nothing (DOMAIN.md §2.5: every check comes before any update):
 * on the bundled bindings pkvm_v5_15_arm64 and pkvm_v6_15_arm64, after a few successful shares,
 * pins and donations, each refused transition returns its error and leaves every component's state,
 * side-table value, counter, page-table entry, table page and memcache page as it was, without
 * writing a single entry.
 */
class FailedTransitionsAreAtomicTest {

	private static final long MEMORY = 0x8000_0000L;
	private static final int PAGES = 16;

	/** Successful transitions that leave shared, pinned and donated pages to be refused on. */
	private static final Map<String, List<String>> SETUP = Map.of(
			"pkvm_v5_15_arm64", List.of("host share 5 hyp", "host share 6 hyp", "hyp pin 6 host",
					"host donate 4 hyp", "host share 8 guest[2]"),
			"pkvm_v6_15_arm64", List.of("host host_share_hyp 5 hyp", "host host_share_hyp 6 hyp",
					"hyp hyp_pin_shared_mem 6 host", "host host_donate_hyp 4 hyp", "host host_share_guest 7 guest[1]"));

	@ParameterizedTest(name = "{0}: {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			pkvm_v5_15_arm64 | host share 5 hyp                     | -EPERM
			pkvm_v5_15_arm64 | host unshare 6 hyp                   | -EBUSY
			pkvm_v5_15_arm64 | hyp unpin 5 host                     | -EINVAL
			pkvm_v5_15_arm64 | host donate 5 hyp                    | -EPERM
			pkvm_v5_15_arm64 | hyp donate 3 host                    | -EPERM
			pkvm_v5_15_arm64 | host donate 4 hyp                    | -EPERM
			pkvm_v5_15_arm64 | host share 4 guest[1]                | -EPERM
			pkvm_v5_15_arm64 | guest[1] share 7 host                | -EPERM
			pkvm_v5_15_arm64 | host unshare 8 hyp                   | -EPERM
			pkvm_v5_15_arm64 | host pin 5 hyp                       | -EINVAL
			pkvm_v5_15_arm64 | host share 7                         | -EINVAL
			pkvm_v5_15_arm64 | host share 7 host                    | -EINVAL
			pkvm_v5_15_arm64 | host share 16 hyp                    | -ERANGE
			pkvm_v6_15_arm64 | host host_share_hyp 5 hyp            | -EPERM
			pkvm_v6_15_arm64 | host host_unshare_hyp 6 hyp          | -EBUSY
			pkvm_v6_15_arm64 | hyp hyp_unpin_shared_mem 5 host      | -EINVAL
			pkvm_v6_15_arm64 | hyp hyp_donate_host 3 host           | -EPERM
			pkvm_v6_15_arm64 | host host_donate_hyp 4 hyp           | -EPERM
			pkvm_v6_15_arm64 | host host_share_guest 7 guest[1]     | -EPERM
			pkvm_v6_15_arm64 | host host_share_guest 7 guest[2]     | -EPERM
			pkvm_v6_15_arm64 | host host_unshare_guest 5 guest[1]   | -EPERM
			pkvm_v6_15_arm64 | guest[1] host_share_hyp 3 hyp        | -EINVAL
			pkvm_v6_15_arm64 | host host_share_hyp 99 hyp           | -ERANGE
			""")
	void aRefusedTransitionChangesNothing(String binding, String transition, String errno) {
		Memcache memcache = Memcache.of(1000);
		OwnershipSystem system = new OwnershipSystem(Models.EXAMPLES.named(Binding.class, binding), PAGES, MEMORY,
				new Walker(WalkPolicy.linuxDefault()), memcache, 0);
		for (String step : SETUP.get(binding)) {
			assertEquals(0, perform(system, step).result(), "setting up: " + step);
		}
		instance(system, "guest[1]");
		instance(system, "guest[2]");
		List<String> before = snapshot(system);
		int memcachePages = memcache.pages();
		List<EntryLog> logs = new ArrayList<>();
		for (ComponentInstance instance : system.instances()) {
			EntryLog log = new EntryLog();
			instance.table().pool().setLog(log);
			logs.add(log);
		}

		TransitionEngine.Outcome outcome = perform(system, transition);

		assertEquals(errno, Errno.text(outcome.result()), transition + ": " + outcome.reason());
		assertFalse(outcome.checked(), transition + " was refused by a check, not by a failed update");
		for (EntryLog log : logs) {
			assertEquals(List.of(), log.entries(), transition + " wrote page-table entries");
		}
		assertEquals(before, snapshot(system), transition + " changed states, counters or tables");
		assertEquals(memcachePages, memcache.pages(), transition + " took pages from the memcache");
	}

	/** "host share 5 hyp": initiator, transition, page, and the completer if there is one. */
	private static TransitionEngine.Outcome perform(OwnershipSystem system, String step) {
		String[] words = step.split(" ");
		Transition transition = system.model().getTransitions().stream().filter(t -> t.getName().equals(words[1]))
				.findFirst().orElseThrow(() -> new AssertionError("no transition " + words[1]));
		ComponentInstance completer = words.length > 3 ? instance(system, words[3]) : null;
		return system.transition(transition, instance(system, words[0]), completer, Integer.parseInt(words[2]));
	}

	/** "hyp" or "guest[1]". */
	private static ComponentInstance instance(OwnershipSystem system, String name) {
		String bare = name.replaceAll("\\[.*", "");
		int index = name.contains("[") ? Integer.parseInt(name.replaceAll(".*\\[(\\d+)\\]", "$1")) : 0;
		Component component = system.model().getComponents().stream().filter(c -> c.getName().equals(bare))
				.findFirst().orElseThrow(() -> new AssertionError("no component " + bare));
		return system.instance(component, index);
	}

	/** Every component's state (and side-table value) of every page, every counter, every table entry. */
	private static List<String> snapshot(OwnershipSystem system) {
		List<String> lines = new ArrayList<>();
		for (ComponentInstance instance : system.instances()) {
			for (int page = 0; page < system.pages(); page++) {
				lines.add(instance.name() + " page " + page + ": " + system.state(instance, page).getName()
						+ (instance.hasSideTable() ? " (" + instance.sideValue(page) + ")" : ""));
			}
			lines.add(instance.name() + ": " + instance.table().pool().livePages() + " table pages");
			long inputEnd = 1L << instance.table().geometry().inputBits();
			instance.library().walker().walk(instance.table(), 0, inputEnd, (ctx, visit) -> {
				if (ctx.old() != 0) {
					lines.add(instance.name() + " L" + ctx.level() + " 0x" + Long.toHexString(ctx.addr()) + " = 0x"
							+ Long.toHexString(ctx.old()));
				}
				return 0;
			}, WalkFlags.LEAF | WalkFlags.TABLE_PRE);
		}
		for (Counter counter : system.model().getCounters()) {
			for (int page = 0; page < system.pages(); page++) {
				lines.add(counter.getName() + " page " + page + ": " + system.counter(counter, page));
			}
		}
		return lines;
	}
}
