package org.ptl.sim.race;

import java.util.ArrayList;
import java.util.List;

import org.ptl.sim.Errno;
import org.ptl.sim.kvm.OperationSet;
import org.ptl.sim.table.PageTable;

/**
 * What must hold whatever the interleaving, once every CPU is done: no entry left LOCKED, every table
 * page's reference count equal to one plus its counted (non-zero) entries, and every operation's
 * result among those it may return.
 */
final class FinalState {

	private FinalState() {
	}

	static List<String> failures(RaceWorld world, OperationSet operations) {
		List<String> failures = new ArrayList<>();
		PageTable table = world.table();
		for (int i = 0; i < table.rootPages(); i++) {
			check(table, operations, table.rootPage() + i, table.geometry().firstLevel(), failures);
		}
		for (int cpu = 0; cpu < world.cpus(); cpu++) {
			CpuProgram program = world.program(cpu);
			for (int op = 0; op < program.ops().size(); op++) {
				CpuOp operation = program.ops().get(op);
				long result = world.result(cpu, op);
				if (!operation.allows(result)) {
					failures.add(program.name() + ": '" + operation.text() + "' (line " + operation.line() + ") returned "
							+ Errno.text(result) + ", not " + allowed(operation));
				}
			}
		}
		return failures;
	}

	private static String allowed(CpuOp operation) {
		List<String> texts = new ArrayList<>();
		operation.allowed().forEach(result -> texts.add(Errno.text(result)));
		return String.join(" or ", texts);
	}

	private static void check(PageTable table, OperationSet operations, int page, int level, List<String> failures) {
		int counted = 0;
		for (int index = 0; index < table.pool().entriesPerPage(); index++) {
			long entry = table.read(page, index);
			if (entry != 0) {
				counted++;
			}
			if (operations.isLocked(entry)) {
				failures.add("an entry is left LOCKED: L" + level + " 0x" + Long.toHexString(table.entryAddress(page, index)));
			}
			if (table.codec().isTable(entry, level)) {
				check(table, operations, table.childPage(entry, level), level + 1, failures);
			}
		}
		int count = table.pool().count(page);
		if (count != counted + 1) {
			failures.add("table page 0x" + Long.toHexString(table.pool().physicalAddress(page)) + " at level " + level
					+ " has reference count " + count + " for " + counted + " counted entries");
		}
	}
}
