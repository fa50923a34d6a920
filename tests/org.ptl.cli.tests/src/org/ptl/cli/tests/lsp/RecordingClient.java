package org.ptl.cli.tests.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The editor side of the tests: keeps every diagnostics notification per file and every message,
 * and lets a test wait until the diagnostics of a file satisfy a condition (the server publishes
 * a file's diagnostics once or twice per build, and builds run in the background).
 */
final class RecordingClient implements LanguageClient {

	static final long TIMEOUT_MS = 120_000;

	private final Map<String, List<Diagnostic>> latest = new ConcurrentHashMap<>();
	private final List<MessageParams> messages = new ArrayList<>();

	@Override
	public synchronized void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		latest.put(diagnostics.getUri(), List.copyOf(diagnostics.getDiagnostics()));
		notifyAll();
	}

	@Override
	public synchronized void showMessage(MessageParams message) {
		messages.add(message);
		notifyAll();
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}

	/** The file's diagnostics once they satisfy the condition; fails the test after the time-out. */
	synchronized List<Diagnostic> diagnostics(String uri, Predicate<List<Diagnostic>> condition) {
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (true) {
			List<Diagnostic> current = latest.get(uri);
			if (current != null && condition.test(current)) {
				return current;
			}
			long left = end - System.currentTimeMillis();
			if (left <= 0) {
				throw new AssertionError("no diagnostics as expected for " + uri + " in " + TIMEOUT_MS + " ms; last: " + current);
			}
			try {
				wait(left);
			} catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new AssertionError(interrupted);
			}
		}
	}

	/** The file's diagnostics once some are published with the check id. */
	List<Diagnostic> diagnosticsWith(String uri, String check) {
		return diagnostics(uri, list -> list.stream().anyMatch(d -> check.equals(code(d))));
	}

	/** The messages shown so far, once one satisfies the condition. */
	synchronized List<MessageParams> messages(Predicate<MessageParams> condition) {
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (messages.stream().noneMatch(condition)) {
			long left = end - System.currentTimeMillis();
			if (left <= 0) {
				throw new AssertionError("no message as expected; got " + messages);
			}
			try {
				wait(left);
			} catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new AssertionError(interrupted);
			}
		}
		return List.copyOf(messages);
	}

	static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
	}
}
