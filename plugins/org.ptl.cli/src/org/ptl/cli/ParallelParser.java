package org.ptl.cli;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Parses several .ptl files at once, one per core. Each file is parsed into a resource set of its
 * own, so that no two threads touch one set; linking happens later, once all resources have moved
 * into the set they are checked in.
 */
final class ParallelParser {

	/** A parsed file, or why it could not be parsed. */
	record Parsed(Resource resource, Throwable failure) {
	}

	private final Provider<XtextResourceSet> resourceSets;

	ParallelParser(Injector injector) {
		this.resourceSets = injector.getProvider(XtextResourceSet.class);
	}

	/** Parses the texts in parallel; the results are in the order of the inputs. */
	List<Parsed> parse(List<URI> uris, List<byte[]> texts) {
		int threads = Math.max(1, Math.min(uris.size(), Runtime.getRuntime().availableProcessors()));
		if (threads == 1) {
			List<Parsed> parsed = new ArrayList<>();
			for (int i = 0; i < uris.size(); i++) {
				parsed.add(parseOne(uris.get(i), texts.get(i)));
			}
			return parsed;
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
			// parsers recurse as deep as the text nests: give them the stack the main thread has
			Thread thread = new Thread(null, task, "ptl-parse", 1L << 30);
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Parsed>> futures = new ArrayList<>();
			for (int i = 0; i < uris.size(); i++) {
				URI uri = uris.get(i);
				byte[] text = texts.get(i);
				futures.add(pool.submit(() -> parseOne(uri, text)));
			}
			List<Parsed> parsed = new ArrayList<>();
			for (Future<Parsed> future : futures) {
				parsed.add(result(future));
			}
			return parsed;
		} finally {
			pool.shutdownNow();
		}
	}

	private Parsed parseOne(URI uri, byte[] text) {
		XtextResourceSet resourceSet = resourceSets.get();
		Resource resource = resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text), java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			return new Parsed(resource, null);
		} catch (Exception | StackOverflowError failure) {
			return new Parsed(null, failure);
		}
	}

	private static Parsed result(Future<Parsed> future) {
		try {
			return future.get();
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return new Parsed(null, interrupted);
		} catch (ExecutionException failed) {
			return new Parsed(null, failed.getCause());
		}
	}
}
