package org.ptl.sim.race;

/**
 * The body of a racing CPU's thread: for each of its operations, take the MMU lock (an atomic event:
 * it waits while the lock is not free), perform the operation with the CPU's own library, keep the
 * result, release the lock. A run abandoned at a stop unwinds quietly; any other failure goes to the
 * controller.
 */
final class CpuRun implements Runnable {

	private final RaceWorld world;
	private final int cpu;

	CpuRun(RaceWorld world, int cpu) {
		this.world = world;
		this.cpu = cpu;
	}

	@Override
	public void run() {
		Gate gate = world.gate();
		try {
			int ops = world.program(cpu).ops().size();
			for (int op = 0; op < ops; op++) {
				boolean exclusive = world.program(cpu).ops().get(op).exclusive();
				gate.stop(cpu, Point.lock(exclusive));
				world.lock(cpu, exclusive);
				world.perform(cpu, op);
				world.unlock(cpu);
			}
			gate.done(cpu);
		} catch (Gate.Abandoned abandoned) {
			// the run is over; nothing to do
		} catch (Throwable failure) {
			gate.failed(cpu, failure);
		}
	}
}
