package org.ptl.sim.race;

import java.util.Arrays;

/**
 * The explored states as a graph: for each node its parent and the CPU that led there on the
 * shortest path found, its depth and sleep set; and every transition found (from, to, CPU, walker
 * retries it made), for counting interleavings and finding cycles.
 */
final class StateGraph {

	int nodes;
	int[] parent = new int[1024];
	byte[] cpu = new byte[1024];
	int[] depth = new int[1024];
	long[] sleep = new long[1024];
	boolean[] last = new boolean[1024];
	/** The CPUs not finished in the node, as bits. */
	long[] running = new long[1024];

	int edges;
	int[] from = new int[4096];
	int[] to = new int[4096];
	byte[] edgeCpu = new byte[4096];
	int[] edgeRetries = new int[4096];

	int add(int parentNode, int byCpu, int atDepth, long sleepSet, long unfinished) {
		if (nodes == parent.length) {
			int capacity = nodes * 2;
			parent = Arrays.copyOf(parent, capacity);
			cpu = Arrays.copyOf(cpu, capacity);
			depth = Arrays.copyOf(depth, capacity);
			sleep = Arrays.copyOf(sleep, capacity);
			last = Arrays.copyOf(last, capacity);
			running = Arrays.copyOf(running, capacity);
		}
		parent[nodes] = parentNode;
		cpu[nodes] = (byte) byCpu;
		depth[nodes] = atDepth;
		sleep[nodes] = sleepSet;
		running[nodes] = unfinished;
		return nodes++;
	}

	void edge(int fromNode, int toNode, int byCpu, int retries) {
		if (edges == from.length) {
			int capacity = edges * 2;
			from = Arrays.copyOf(from, capacity);
			to = Arrays.copyOf(to, capacity);
			edgeCpu = Arrays.copyOf(edgeCpu, capacity);
			edgeRetries = Arrays.copyOf(edgeRetries, capacity);
		}
		from[edges] = fromNode;
		to[edges] = toNode;
		edgeCpu[edges] = (byte) byCpu;
		edgeRetries[edges] = retries;
		edges++;
	}

	/** The CPUs of the shortest path found to the node, in order. */
	int[] path(int node) {
		int[] path = new int[depth[node]];
		for (int n = node, i = path.length - 1; n > 0; n = parent[n], i--) {
			path[i] = cpu[n];
		}
		return path;
	}
}
