package org.ptl.lang.ide.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IExternalContentSupport;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;
import org.ptl.lang.imports.Imports;
import org.ptl.lang.validation.InternalFailures;
import org.ptl.model.Import;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Publishes a file's diagnostics at once and those of its {@link DeferredChecks} (exploration,
 * layout proofs) when they are done, without holding up the server: the checks run on one
 * background thread, on a private copy of the file and its imports made from the texts the build
 * just validated, so that hover, completion and the next edit never wait for a proof. A result that
 * a newer build of the file has overtaken is dropped.
 */
@Singleton
public class DeferredDiagnostics {

	private final Map<URI, Long> generations = new HashMap<>();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "ptl-deferred-checks");
		thread.setDaemon(true);
		return thread;
	});

	@Inject
	private ServerMessages messages;

	/**
	 * Publishes the file's findings now and schedules its deferred checks.
	 *
	 * @param resource the file as the build validated it, or null for a file that is gone
	 */
	public void publish(URI uri, List<Issue> findings, XtextResource resource,
			Procedure2<? super URI, ? super Iterable<Issue>> acceptor) {
		long generation;
		synchronized (this) {
			generation = generations.merge(uri, 1L, Long::sum);
			acceptor.apply(uri, findings);
		}
		if (resource == null || resource.getResourceServiceProvider() == null) {
			return;
		}
		IResourceServiceProvider language = resource.getResourceServiceProvider();
		DeferredChecks checks = language.get(DeferredChecks.class);
		if (checks instanceof DeferredChecks.None || !checks.appliesTo(resource, findings)) {
			return;
		}
		Map<URI, String> texts = snapshot(resource);
		worker.execute(() -> run(uri, generation, findings, texts, language, checks, acceptor));
	}

	/** Stops the background thread; checks under way are abandoned. */
	public void stop() {
		worker.shutdownNow();
	}

	private void run(URI uri, long generation, List<Issue> findings, Map<URI, String> texts,
			IResourceServiceProvider language, DeferredChecks checks,
			Procedure2<? super URI, ? super Iterable<Issue>> acceptor) {
		if (isStale(uri, generation)) {
			return;
		}
		List<Issue> deferred;
		try {
			XtextResource copy = (XtextResource) copyOf(texts, language).getResource(uri, true);
			deferred = checks.check(copy, findings, () -> isStale(uri, generation));
		} catch (RuntimeException | StackOverflowError failure) {
			messages.internalFailure(uri.lastSegment(), InternalFailures.describe(failure));
			return;
		}
		if (deferred.isEmpty()) {
			return;
		}
		List<Issue> all = new ArrayList<>(findings);
		all.addAll(deferred);
		synchronized (this) {
			if (!isStale(uri, generation)) {
				acceptor.apply(uri, all);
			}
		}
	}

	private synchronized boolean isStale(URI uri, long generation) {
		return generations.getOrDefault(uri, 0L) != generation;
	}

	/** The texts of the file and of every file it imports, directly or not, as the build loaded them. */
	private static Map<URI, String> snapshot(XtextResource resource) {
		Map<URI, String> texts = new HashMap<>();
		Deque<Resource> work = new ArrayDeque<>(List.of(resource));
		while (!work.isEmpty()) {
			Resource next = work.pop();
			if (!(next instanceof XtextResource xtext) || xtext.getParseResult() == null
					|| texts.putIfAbsent(next.getURI(), xtext.getParseResult().getRootNode().getText()) != null) {
				continue;
			}
			for (Import anImport : Imports.importsOf(next)) {
				URI target = Imports.target(anImport);
				Resource imported = target == null || next.getResourceSet() == null ? null
						: next.getResourceSet().getResource(target, false);
				if (imported != null) {
					work.push(imported);
				}
			}
		}
		return texts;
	}

	/** A resource set of the language that reads the snapshot's files from the snapshot. */
	private static XtextResourceSet copyOf(Map<URI, String> texts, IResourceServiceProvider language) {
		XtextResourceSet resourceSet = language.get(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ptl",
				language.get(IResourceFactory.class));
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, "UTF-8");
		language.get(IExternalContentSupport.class).configureResourceSet(resourceSet,
				new IExternalContentSupport.IExternalContentProvider() {
					@Override
					public String getContent(URI uri) {
						return texts.get(uri);
					}

					@Override
					public boolean hasContent(URI uri) {
						return texts.containsKey(uri);
					}

					@Override
					public IExternalContentSupport.IExternalContentProvider getActualContentProvider() {
						return this;
					}
				});
		return resourceSet;
	}
}
