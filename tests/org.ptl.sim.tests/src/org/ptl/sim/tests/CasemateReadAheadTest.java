package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ptl.sim.casemate.CasemateReadAhead;
import org.ptl.sim.casemate.CasemateReader;
import org.ptl.sim.casemate.CasemateRecord;
import org.ptl.sim.casemate.TraceProblem;

/**
 * Reading a trace ahead on a thread of its own hands out what the plain reader hands out, in the
 * same order, across many batches; an I/O error comes after the records read before it; closing
 * stops the reading thread even when the checker stops early.
 */
class CasemateReadAheadTest {

	/** Everything a sink was given, records and problems as their text, in order. */
	private static final class Collected implements CasemateReader.Sink {
		final List<String> items = new ArrayList<>();

		@Override
		public void record(CasemateRecord record) {
			items.add(record.toString());
		}

		@Override
		public void problem(TraceProblem problem) {
			items.add(problem.text());
		}
	}

	/** 20,000 records (several batches), with a malformed one and an unknown kind every so often. */
	private static String trace() {
		StringBuilder text = new StringBuilder();
		for (int id = 0; id < 20_000; id++) {
			if (id % 997 == 0) {
				text.append("(mem-write (id ").append(id).append(") (tid 1) (mem-order plain) (address zz) (value 0x1))\n");
			} else if (id % 4999 == 0) {
				text.append("(frobnicate (id ").append(id).append(") (tid 1))\n");
			} else {
				text.append("(mem-write (id ").append(id).append(") (tid ").append(id % 3)
						.append(") (mem-order plain) (address 0x").append(Long.toHexString(0x8000 + 8L * (id % 512)))
						.append(") (value 0x").append(Long.toHexString(id)).append(") (src \"x.c:").append(id).append("\"))\n");
			}
		}
		return text.toString();
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void handsOutWhatThePlainReaderReadsInTheSameOrder() throws IOException {
		String text = trace();
		Collected plain = new Collected();
		new CasemateReader(stream(text)).readAll(plain);
		Collected ahead = new Collected();
		long bytes;
		try (CasemateReadAhead reader = new CasemateReadAhead(stream(text))) {
			while (reader.readNext(ahead)) {
				// one item per call
			}
			assertFalse(reader.readNext(ahead), "the end stays the end");
			bytes = reader.bytesRead();
		}
		assertEquals(plain.items.size(), ahead.items.size());
		assertEquals(plain.items, ahead.items);
		assertTrue(plain.items.stream().anyMatch(item -> item.contains("not a 64-bit number")), "malformed records are problems");
		assertEquals(1, plain.items.stream().filter(item -> item.contains("unknown record kind 'frobnicate'")).count());
		assertEquals(text.length(), bytes, "progress reaches the whole text");
	}

	@Test
	void anEmptyTraceEndsAtOnce() throws IOException {
		try (CasemateReadAhead reader = new CasemateReadAhead(stream(""))) {
			assertFalse(reader.readNext(new Collected()));
		}
	}

	@Test
	void aReadErrorComesAfterTheRecordsBeforeIt() {
		String text = trace();
		InputStream failing = new InputStream() {
			@Override
			public int read() throws IOException {
				throw new IOException("disk gone");
			}
		};
		Collected seen = new Collected();
		IOException thrown = assertThrows(IOException.class, () -> {
			try (CasemateReadAhead reader = new CasemateReadAhead(new SequenceInputStream(stream(text), failing))) {
				while (reader.readNext(seen)) {
					// until the error
				}
			}
		});
		assertEquals("disk gone", thrown.getMessage());
		assertTrue(seen.items.size() > 10_000, "records before the error were handed out: " + seen.items.size());
	}

	@Test
	void closingEarlyStopsTheReadingThread() throws Exception {
		Collected seen = new Collected();
		try (CasemateReadAhead reader = new CasemateReadAhead(stream(trace() + trace() + trace()))) {
			for (int i = 0; i < 10 && reader.readNext(seen); i++) {
				// a checker that gives up early
			}
		}
		assertEquals(10, seen.items.size());
		for (int waited = 0; readerThreadAlive() && waited < 100; waited++) {
			Thread.sleep(50);
		}
		assertFalse(readerThreadAlive(), "the reading thread ended");
	}

	private static boolean readerThreadAlive() {
		return Thread.getAllStackTraces().keySet().stream()
				.anyMatch(thread -> thread.getName().equals("ptl-trace-reader") && thread.isAlive());
	}
}
