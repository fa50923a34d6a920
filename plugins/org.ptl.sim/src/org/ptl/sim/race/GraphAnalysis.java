package org.ptl.sim.race;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * What the explored state graph says beyond single states: its strongly connected components (a
 * cycle in which every CPU that could go does go is a livelock), how many complete interleavings it
 * holds, and how many times each CPU's walker retried at most on one path.
 */
final class GraphAnalysis {

	private final StateGraph graph;
	private final long[] enabled;
	private final int[] component;
	private final boolean[] cyclic;
	private final int[][] out;

	GraphAnalysis(StateGraph graph, long[] enabled) {
		this.graph = graph;
		this.enabled = enabled;
		this.out = adjacency();
		this.component = new int[graph.nodes];
		this.cyclic = tarjan();
	}

	private int[][] adjacency() {
		int[] degree = new int[graph.nodes];
		for (int e = 0; e < graph.edges; e++) {
			degree[graph.from[e]]++;
		}
		int[][] adjacency = new int[graph.nodes][];
		for (int n = 0; n < graph.nodes; n++) {
			adjacency[n] = new int[degree[n]];
		}
		int[] fill = new int[graph.nodes];
		for (int e = 0; e < graph.edges; e++) {
			adjacency[graph.from[e]][fill[graph.from[e]]++] = e;
		}
		return adjacency;
	}

	/** Iterative Tarjan; returns per component whether it has a cycle. */
	private boolean[] tarjan() {
		int n = graph.nodes;
		int[] index = new int[n];
		int[] low = new int[n];
		boolean[] onStack = new boolean[n];
		Arrays.fill(index, -1);
		int[] stack = new int[n];
		int top = 0;
		int counter = 0;
		int components = 0;
		List<Boolean> cycles = new ArrayList<>();
		int[] work = new int[n];
		int[] next = new int[n];
		for (int start = 0; start < n; start++) {
			if (index[start] >= 0) {
				continue;
			}
			int depth = 0;
			work[depth] = start;
			next[depth] = 0;
			index[start] = low[start] = counter++;
			stack[top++] = start;
			onStack[start] = true;
			while (depth >= 0) {
				int v = work[depth];
				if (next[depth] < out[v].length) {
					int w = graph.to[out[v][next[depth]++]];
					if (index[w] < 0) {
						index[w] = low[w] = counter++;
						stack[top++] = w;
						onStack[w] = true;
						work[++depth] = w;
						next[depth] = 0;
					} else if (onStack[w]) {
						low[v] = Math.min(low[v], index[w]);
					}
					continue;
				}
				if (low[v] == index[v]) {
					int size = 0;
					int w;
					do {
						w = stack[--top];
						onStack[w] = false;
						component[w] = components;
						size++;
					} while (w != v);
					boolean selfLoop = false;
					for (int e : out[v]) {
						selfLoop |= graph.to[e] == v;
					}
					cycles.add(size > 1 || selfLoop);
					components++;
				}
				depth--;
				if (depth >= 0) {
					low[work[depth]] = Math.min(low[work[depth]], low[v]);
				}
			}
		}
		boolean[] result = new boolean[components];
		for (int c = 0; c < components; c++) {
			result[c] = cycles.get(c);
		}
		return result;
	}

	boolean hasCycles() {
		for (boolean c : cyclic) {
			if (c) {
				return true;
			}
		}
		return false;
	}

	private boolean inside(int edge) {
		return component[graph.from[edge]] == component[graph.to[edge]];
	}

	/**
	 * The livelocks: cycles in which every CPU able to go in all their states goes; each as the node
	 * it is entered at (the least deep) and the CPUs that go round it.
	 */
	List<int[][]> livelocks() {
		List<int[][]> found = new ArrayList<>();
		for (int c = 0; c < cyclic.length; c++) {
			if (!cyclic[c]) {
				continue;
			}
			long always = -1;
			long stepping = 0;
			int entry = -1;
			for (int n = 0; n < graph.nodes; n++) {
				if (component[n] == c) {
					always &= enabled[n];
					if (entry < 0 || graph.depth[n] < graph.depth[entry]) {
						entry = n;
					}
					for (int e : out[n]) {
						if (inside(e)) {
							stepping |= 1L << graph.edgeCpu[e];
						}
					}
				}
			}
			if ((always & ~stepping) == 0) {
				found.add(new int[][] { { entry }, cycleThrough(entry, stepping) });
			}
		}
		return found;
	}

	/** A cycle from the node back to it through an edge of each CPU in the set, within its component. */
	private int[] cycleThrough(int start, long cpus) {
		List<Integer> cycle = new ArrayList<>();
		int at = start;
		for (long left = cpus; left != 0; left &= left - 1) {
			int cpu = Long.numberOfTrailingZeros(left);
			at = walk(at, e -> graph.edgeCpu[e] == cpu, cycle);
		}
		if (at != start || cycle.isEmpty()) {
			walkTo(at, start, cycle);
		}
		return cycle.stream().mapToInt(Integer::intValue).toArray();
	}

	/** From a node, the shortest way (in the component) through an edge the test accepts; appends the CPUs. */
	private int walk(int start, java.util.function.IntPredicate accept, List<Integer> cycle) {
		int[] via = new int[graph.nodes];
		Arrays.fill(via, -2);
		Deque<Integer> queue = new ArrayDeque<>();
		queue.add(start);
		via[start] = -1;
		while (!queue.isEmpty()) {
			int n = queue.poll();
			for (int e : out[n]) {
				if (!inside(e)) {
					continue;
				}
				if (accept.test(e)) {
					List<Integer> path = new ArrayList<>();
					path.add((int) graph.edgeCpu[e]);
					for (int m = n; via[m] >= 0; m = graph.from[via[m]]) {
						path.add(0, (int) graph.edgeCpu[via[m]]);
					}
					cycle.addAll(path);
					return graph.to[e];
				}
				if (via[graph.to[e]] == -2) {
					via[graph.to[e]] = e;
					queue.add(graph.to[e]);
				}
			}
		}
		return start;
	}

	private void walkTo(int from, int target, List<Integer> cycle) {
		walk(from, e -> graph.to[e] == target, cycle);
	}

	/** Nodes in an order where every edge between components goes forward. */
	private int[] topological() {
		int[] indegree = new int[graph.nodes];
		for (int e = 0; e < graph.edges; e++) {
			if (!inside(e)) {
				indegree[graph.to[e]]++;
			}
		}
		int[] order = new int[graph.nodes];
		int head = 0;
		int tail = 0;
		for (int n = 0; n < graph.nodes; n++) {
			if (indegree[n] == 0) {
				order[tail++] = n;
			}
		}
		while (head < tail) {
			int n = order[head++];
			for (int e : out[n]) {
				if (!inside(e) && --indegree[graph.to[e]] == 0) {
					order[tail++] = graph.to[e];
				}
			}
		}
		return Arrays.copyOf(order, tail);
	}

	/** Complete interleavings: paths from the start to a final state, cycles left out. */
	long interleavings() {
		long[] paths = new long[graph.nodes];
		paths[0] = 1;
		long total = 0;
		for (int n : topological()) {
			if (graph.last[n]) {
				total = saturated(total + paths[n]);
			}
			for (int e : out[n]) {
				if (!inside(e)) {
					paths[graph.to[e]] = saturated(paths[graph.to[e]] + paths[n]);
				}
			}
		}
		return total;
	}

	private static long saturated(long value) {
		return value < 0 ? Long.MAX_VALUE : value;
	}

	/** The most retries of the CPU's walker on one path, or -1 when a cycle lets it retry for ever. */
	int maxRetries(int cpu) {
		for (int e = 0; e < graph.edges; e++) {
			if (graph.edgeCpu[e] == cpu && graph.edgeRetries[e] > 0 && inside(e) && cyclic[component[graph.from[e]]]) {
				return -1;
			}
		}
		int[] best = new int[graph.nodes];
		int max = 0;
		for (int n : topological()) {
			max = Math.max(max, best[n]);
			for (int e : out[n]) {
				if (!inside(e)) {
					int weight = graph.edgeCpu[e] == cpu ? graph.edgeRetries[e] : 0;
					best[graph.to[e]] = Math.max(best[graph.to[e]], best[n] + weight);
				}
			}
		}
		return max;
	}
}
