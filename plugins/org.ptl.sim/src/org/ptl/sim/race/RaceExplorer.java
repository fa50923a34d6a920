package org.ptl.sim.race;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

import org.ptl.sim.monitor.Violation;

/**
 * Every interleaving of the racing CPUs, depth first with state hashing (interleavings that reach
 * the same state are explored once) and, when asked, partial-order reduction by sleep sets
 * (Godefroid): a step independent of one already taken from a state (another entry, or both reads)
 * is not taken again from where the other leads. The world runs forward as the search goes down and
 * is replayed from the start only when the search backs up. Every transition is kept in the graph,
 * so that the shortest schedule to any state is found afterwards, breadth first on the graph. A step
 * after which the monitor reports a violation leads nowhere.
 */
final class RaceExplorer {

	private record Frame(int node, long[] mask) {
	}

	private final RaceWorld world;
	private final Findings findings;
	private final boolean reduction;
	private final int maxStates;
	final StateGraph graph = new StateGraph();
	private final StateStore store = new StateStore();
	private long[] enabled = new long[1024];
	private final ArrayDeque<Frame> stack = new ArrayDeque<>();
	private int at = -1;
	boolean bounded;
	private int[] shortest;
	private int[] via;

	RaceExplorer(RaceWorld world, Findings findings, boolean reduction, int maxStates) {
		this.world = world;
		this.findings = findings;
		this.reduction = reduction;
		this.maxStates = maxStates;
	}

	long[] enabledPerNode() {
		return Arrays.copyOf(enabled, graph.nodes);
	}

	void run() {
		world.reset(false);
		int root = graph.add(-1, 0, 0, 0, unfinished());
		store.add(world.key(), root);
		at = root;
		arrived(root);
		while (!stack.isEmpty() && !bounded) {
			Frame frame = stack.peek();
			long mask = frame.mask()[0];
			if (mask == 0) {
				stack.pop();
				continue;
			}
			int cpu = after(mask, frame.node() == 0 ? -1 : graph.cpu[frame.node()]);
			frame.mask()[0] = mask & ~(1L << cpu);
			step(frame.node(), cpu, frame.mask()[1]);
			frame.mask()[1] |= 1L << cpu;
		}
	}

	/**
	 * The first CPU of the mask after the one that moved last, round the circle: switching CPUs first
	 * sends the search down the short branches before the long ones, so that the sleep sets prune the
	 * rest and backing up replays short schedules (moving the same CPU first replays long ones).
	 */
	private static int after(long mask, int last) {
		long later = last < 0 ? mask : mask & (-1L << (last + 1));
		return Long.numberOfTrailingZeros(later != 0 ? later : mask);
	}

	/** Takes one step of the CPU from the node; {@code done} are the CPUs already stepped from it. */
	private void step(int node, int cpu, long done) {
		if (at != node) {
			world.reset(false);
			world.run(graph.path(node));
			world.violations();
		}
		long childSleep = reduction ? sleepAfter(node, cpu, done) : 0;
		int before = cpu < world.cpus() ? world.retries(cpu) : 0;
		world.run(new int[] { cpu });
		int retried = cpu < world.cpus() ? world.retries(cpu) - before : 0;
		at = -1;
		List<Violation> violations = world.violations();
		if (!violations.isEmpty()) {
			findings.monitor(violations, new Findings.Place(null, node, cpu));
			return;
		}
		long[] key = world.key();
		int known = store.find(key);
		if (known >= 0) {
			graph.edge(node, known, cpu, retried);
			at = known;
			revisit(known, childSleep);
			return;
		}
		if (graph.nodes >= maxStates) {
			bounded = true;
			return;
		}
		int child = graph.add(node, cpu, graph.depth[node] + 1, childSleep, unfinished());
		store.add(key, child);
		graph.edge(node, child, cpu, retried);
		at = child;
		arrived(child);
	}

	/** The CPUs that sleep after the step: slept or already stepped here, and independent of it. */
	private long sleepAfter(int node, int cpu, long done) {
		Point stepped = world.pending(cpu);
		long childSleep = 0;
		for (long sleeping = (graph.sleep[node] | done) & enabled[node] & ~(1L << cpu); sleeping != 0;
				sleeping &= sleeping - 1) {
			int other = Long.numberOfTrailingZeros(sleeping);
			Point point = world.pending(other);
			if (!point.dependsOn(stepped) && !stepped.dependsOn(point)) {
				childSleep |= 1L << other;
			}
		}
		return childSleep;
	}

	/** A new state, the world in it: final, stuck, or pushed to be explored. */
	private void arrived(int node) {
		grow(node);
		findings.observe();
		if (world.done()) {
			graph.last[node] = true;
			findings.finalState(new Findings.Place(null, node, -1));
			at = -1;
			return;
		}
		enabled[node] = world.enabled();
		if (enabled[node] == 0) {
			findings.fail(RaceFailure.Kind.DEADLOCK, "no CPU can go on (a lock is never released)",
					new Findings.Place(null, node, -1), new int[0], List.of());
			return;
		}
		push(node, enabled[node] & ~graph.sleep[node]);
	}

	/** A state reached again with another sleep set: steps it slept before but not now must be taken. */
	private void revisit(int node, long sleep) {
		long old = graph.sleep[node];
		if (!reduction || (old & ~sleep) == 0 || graph.last[node]) {
			return;
		}
		graph.sleep[node] = old & sleep;
		push(node, old & ~sleep & enabled[node]);
	}

	private void push(int node, long mask) {
		if (mask != 0) {
			stack.push(new Frame(node, new long[] { mask, 0 }));
		}
	}

	private long unfinished() {
		long unfinished = 0;
		for (int cpu = 0; cpu < world.cpus(); cpu++) {
			if (!world.finished(cpu)) {
				unfinished |= 1L << cpu;
			}
		}
		return unfinished;
	}

	private void grow(int node) {
		if (node >= enabled.length) {
			enabled = Arrays.copyOf(enabled, Math.max(node + 1, enabled.length * 2));
		}
	}

	/** The shortest schedule from the start to the node, over the graph explored. */
	int[] shortestPath(int node) {
		if (shortest == null) {
			breadthFirst();
		}
		int[] path = new int[shortest[node]];
		for (int n = node, i = path.length - 1; i >= 0; n = graph.from[via[n]], i--) {
			path[i] = graph.edgeCpu[via[n]];
		}
		return path;
	}

	private void breadthFirst() {
		int[][] out = new int[graph.nodes][];
		int[] degree = new int[graph.nodes];
		for (int e = 0; e < graph.edges; e++) {
			degree[graph.from[e]]++;
		}
		for (int n = 0; n < graph.nodes; n++) {
			out[n] = new int[degree[n]];
			degree[n] = 0;
		}
		for (int e = 0; e < graph.edges; e++) {
			out[graph.from[e]][degree[graph.from[e]]++] = e;
		}
		shortest = new int[graph.nodes];
		via = new int[graph.nodes];
		Arrays.fill(shortest, -1);
		shortest[0] = 0;
		ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
		while (!queue.isEmpty()) {
			int n = queue.poll();
			for (int e : out[n]) {
				int m = graph.to[e];
				if (shortest[m] < 0) {
					shortest[m] = shortest[n] + 1;
					via[m] = e;
					queue.add(m);
				}
			}
		}
	}
}
