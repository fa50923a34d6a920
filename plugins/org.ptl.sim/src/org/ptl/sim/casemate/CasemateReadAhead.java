package org.ptl.sim.casemate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A casemate trace read on a thread of its own, some batches of records ahead of the checker that
 * takes them, so that parsing the text and checking the records share the machine's cores (on two
 * cores a conformance check spent a third of its time reading). Records and problems reach the sink
 * in the order of the file, on the caller's thread, as {@link CasemateReader} hands them out; at
 * most {@value #QUEUED} batches of {@value #BATCH} wait, so memory stays bounded whatever the
 * trace's length. An I/O error of the reading thread is thrown by the call that reaches its place
 * in the trace; an unexpected failure there is thrown as it was; {@link #close} stops the thread.
 */
public final class CasemateReadAhead implements AutoCloseable {

	static final int BATCH = 2048;
	static final int QUEUED = 4;

	/** Records and problems in the order read, with how far the text was read after them. */
	private static final class Batch implements CasemateReader.Sink {
		final Object[] items = new Object[BATCH];
		int size;
		long bytesRead;
		/** The end of the trace comes after this batch's items; with the failure that ended it, if any. */
		boolean last;
		Throwable failure;

		@Override
		public void record(CasemateRecord record) {
			items[size++] = record;
		}

		@Override
		public void problem(TraceProblem problem) {
			items[size++] = problem;
		}

		Batch reset() {
			Arrays.fill(items, 0, size, null);
			size = 0;
			return this;
		}
	}

	private final CasemateReader reader;
	private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(QUEUED);
	/** Batches handed back by the caller, for the reading thread to fill again. */
	private final BlockingQueue<Batch> spare = new ArrayBlockingQueue<>(QUEUED + 2);
	private final Thread thread;
	private Batch current;
	private int next;
	private long bytesRead;
	private boolean ended;

	/** Starts reading the text at once. */
	public CasemateReadAhead(InputStream in) {
		this.reader = new CasemateReader(in);
		this.thread = new Thread(this::readAll, "ptl-trace-reader");
		thread.setDaemon(true); // a trace read from a pipe must not keep the JVM alive
		thread.start();
	}

	/** Hands the next record or problem to the sink; false at the end of the text. */
	public boolean readNext(CasemateReader.Sink sink) throws IOException {
		while (current == null || next == current.size) {
			if (current != null && finish(current)) {
				return false;
			}
			if (ended) {
				return false;
			}
			current = take();
			next = 0;
		}
		Object item = current.items[next++];
		if (item instanceof CasemateRecord record) {
			sink.record(record);
		} else {
			sink.problem((TraceProblem) item);
		}
		return true;
	}

	/** Bytes of the text read up to the records handed out so far (for progress). */
	public long bytesRead() {
		return bytesRead;
	}

	/** Stops the reading thread; records not handed out yet are dropped. */
	@Override
	public void close() {
		thread.interrupt();
	}

	/** Done with a batch: true when the trace ended with it, after throwing what ended it, if anything. */
	private boolean finish(Batch batch) throws IOException {
		bytesRead = batch.bytesRead;
		if (!batch.last) {
			spare.offer(batch.reset());
			current = null;
			return false;
		}
		ended = true;
		current = null;
		if (batch.failure instanceof IOException io) {
			throw io;
		}
		if (batch.failure instanceof Error error) {
			throw error;
		}
		if (batch.failure != null) {
			throw (RuntimeException) batch.failure;
		}
		return true;
	}

	private Batch take() throws IOException {
		try {
			return full.take();
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			close();
			throw new InterruptedIOException("interrupted while reading the trace");
		}
	}

	/** The reading thread: fills batches until the text ends, fails, or the reader is closed. */
	private void readAll() {
		try {
			boolean more = true;
			while (more) {
				Batch batch = spare.poll();
				batch = batch == null ? new Batch() : batch;
				try {
					while (batch.size < BATCH && (more = reader.readNext(batch))) {
						// each call adds one item
					}
				} catch (IOException | RuntimeException | Error failure) {
					batch.failure = failure;
					more = false;
				}
				batch.bytesRead = reader.bytesRead();
				batch.last = !more;
				full.put(batch);
			}
		} catch (InterruptedException closed) {
			// the caller stopped reading
		}
	}
}
