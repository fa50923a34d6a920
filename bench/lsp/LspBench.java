import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The language server's speed and memory, as an editor meets them: starts `ptl lsp` (the packaged
 * command line) and talks to it over stdio with LSP4J. Run by bench/lsp-10k.sh with the command
 * line's class path: {@code java -cp CLASSPATH LspBench.java PTL SPEC_DIR EXAMPLES_DIR EDITS}.
 *
 * <p>Speed: with the 10,000-line spec's folder as root, the time of initialize (the first build of
 * every file), then per file the time from didOpen to its first diagnostics, and from each of EDITS
 * edits (a comment line added or removed at the end) to the diagnostics of that version. Memory:
 * a second server with examples/ as root and every example open; after its diagnostics (deferred
 * ones included) have settled, its resident set and its used heap after a full collection.
 */
public final class LspBench {

	/** Counts the diagnostics notifications per file. */
	static final class Client implements LanguageClient {
		final Map<String, Integer> published = new ConcurrentHashMap<>();

		@Override
		public synchronized void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			published.merge(diagnostics.getUri(), 1, Integer::sum);
			notifyAll();
		}

		synchronized void awaitMore(String uri, int than) throws InterruptedException {
			long end = System.currentTimeMillis() + 300_000;
			while (published.getOrDefault(uri, 0) <= than) {
				long left = end - System.currentTimeMillis();
				if (left <= 0) {
					throw new IllegalStateException("no diagnostics for " + uri);
				}
				wait(left);
			}
		}

		int count(String uri) {
			return published.getOrDefault(uri, 0);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
			System.err.println("server says: " + message.getMessage());
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}

	record Session(Process process, LanguageServer server, Client client) {
	}

	public static void main(String[] args) throws Exception {
		String ptl = args[0];
		Path spec = Path.of(args[1]).toAbsolutePath();
		Path examples = Path.of(args[2]).toAbsolutePath();
		int edits = Integer.parseInt(args[3]);
		speed(ptl, spec, edits);
		memory(ptl, examples);
	}

	private static void speed(String ptl, Path spec, int edits) throws Exception {
		long started = System.nanoTime();
		Session session = start(ptl, spec);
		System.out.printf("initialize with the 10,000-line spec as root (first build): %d ms%n", ms(started));
		for (Path file : files(spec)) {
			String uri = uri(file);
			String text = Files.readString(file);
			int before = session.client().count(uri);
			long opened = System.nanoTime();
			session.server().getTextDocumentService()
					.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "ptl", 1, text)));
			session.client().awaitMore(uri, before);
			long first = ms(opened);
			List<Long> times = new ArrayList<>();
			for (int edit = 1; edit <= edits; edit++) {
				String changed = edit % 2 == 1 ? text + "// edit " + edit + "\n" : text;
				int count = session.client().count(uri);
				long sent = System.nanoTime();
				session.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(
						new VersionedTextDocumentIdentifier(uri, edit + 1), List.of(new TextDocumentContentChangeEvent(changed))));
				session.client().awaitMore(uri, count);
				times.add(ms(sent));
				Thread.sleep(300); // an editor's pause between edits, so that no edit cancels another
			}
			Collections.sort(times);
			System.out.printf("%-12s %5d lines: didOpen -> diagnostics %5d ms; after an edit: median %4d ms, best %4d ms, worst %4d ms (%d edits)%n",
					file.getFileName(), text.split("\n").length, first, times.get(times.size() / 2), times.get(0),
					times.get(times.size() - 1), times.size());
		}
		stop(session);
	}

	private static void memory(String ptl, Path examples) throws Exception {
		Session session = start(ptl, examples);
		List<Path> files = files(examples);
		for (Path file : files) {
			String uri = uri(file);
			int before = session.client().count(uri);
			session.server().getTextDocumentService()
					.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "ptl", 1, Files.readString(file))));
			session.client().awaitMore(uri, before);
		}
		Thread.sleep(15_000); // deferred exploration and layout proofs of every file
		long pid = session.process().pid();
		// the server's own JDK's jcmd: another JDK's cannot attach to it
		String jcmd = Path.of(session.process().info().command().orElseThrow()).resolveSibling("jcmd").toString();
		run(jcmd, String.valueOf(pid), "GC.run");
		String heap = run(jcmd, String.valueOf(pid), "GC.heap_info");
		String status = Files.readString(Path.of("/proc/" + pid + "/status"));
		String rss = status.lines().filter(line -> line.startsWith("VmRSS:")).findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
		long usedKb = heap.lines().filter(line -> line.contains(" total ") && line.contains(" used ")).mapToLong(line -> Long.parseLong(
				line.replaceAll(".* used (\\d+)K.*", "$1"))).sum();
		String used = usedKb == 0 ? "unknown (jcmd said: " + heap.strip() + ")" : usedKb / 1024 + " MiB used";
		System.out.printf("memory with examples/ as root and all %d examples open: %s; heap after a full GC: %s%n",
				files.size(), rss, used);
		stop(session);
	}

	private static Session start(String ptl, Path root) throws Exception {
		Process process = new ProcessBuilder(ptl, "lsp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
		Client client = new Client();
		var launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
		launcher.startListening();
		LanguageServer server = launcher.getRemoteProxy();
		InitializeParams params = new InitializeParams();
		params.setRootUri(root.toUri().toString());
		params.setCapabilities(new ClientCapabilities());
		server.initialize(params).get(600, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		return new Session(process, server, client);
	}

	private static void stop(Session session) throws Exception {
		session.server().shutdown().get(60, TimeUnit.SECONDS);
		session.server().exit();
		if (session.process().waitFor() != 0) {
			throw new IllegalStateException("ptl lsp ended with " + session.process().exitValue());
		}
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(p -> p.toString().endsWith(".ptl")).sorted().toList();
		}
	}

	private static String uri(Path file) {
		return "file://" + file.toAbsolutePath().normalize();
	}

	private static long ms(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		return output;
	}
}
