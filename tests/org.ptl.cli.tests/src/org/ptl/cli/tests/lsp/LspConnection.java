package org.ptl.cli.tests.lsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.ptl.cli.LspServer;

/**
 * A test's connection to a PTL language server, through LSP4J's client over real JSON-RPC: either
 * to a server in this process on pipes, or to a {@code ptl lsp} process on its stdin and stdout.
 * Every message the client receives is kept ({@link #received()}), and raw bytes can be written to
 * the server to see how it takes broken input.
 */
final class LspConnection implements AutoCloseable {

	private final RecordingClient client = new RecordingClient();
	private final List<Message> received = new ArrayList<>();
	private final LanguageServer server;
	private final OutputStream toServer;
	private final CompletableFuture<Integer> exitCode;
	private final Process process;
	private final ByteArrayOutputStream fromServerBytes;
	private InitializeResult initializeResult;

	private LspConnection(InputStream serverOutput, OutputStream toServer, CompletableFuture<Integer> exitCode,
			Process process, ByteArrayOutputStream copy) {
		InputStream fromServer = new TeeInputStream(serverOutput, copy);
		this.fromServerBytes = copy;
		this.toServer = toServer;
		this.exitCode = exitCode;
		this.process = process;
		Launcher<LanguageServer> launcher = new LSPLauncher.Builder<LanguageServer>().setLocalService(client)
				.setRemoteInterface(LanguageServer.class).setInput(fromServer).setOutput(toServer)
				.wrapMessages(consumer -> message -> {
					synchronized (received) {
						received.add(message);
						received.notifyAll();
					}
					consumer.consume(message);
				}).create();
		this.server = launcher.getRemoteProxy();
		launcher.startListening();
	}

	/** A server in this process, on pipes, with the given {@code -s} settings. */
	static LspConnection inProcess(String... severities) {
		try {
			PipedInputStream serverIn = new PipedInputStream(1 << 20);
			PipedOutputStream clientOut = new PipedOutputStream(serverIn);
			PipedInputStream clientIn = new PipedInputStream(1 << 20);
			PipedOutputStream serverOut = new PipedOutputStream(clientIn);
			CompletableFuture<Integer> exit = new CompletableFuture<>();
			var settings = java.util.Arrays.stream(severities).map(org.ptl.lang.validation.SeverityPolicy.Setting::parse).toList();
			Thread.ofPlatform().daemon().name("ptl-lsp-under-test").stackSize(1L << 28).start(() -> {
				try {
					exit.complete(LspServer.run(serverIn, serverOut, settings));
				} catch (Throwable failure) {
					exit.completeExceptionally(failure);
				}
			});
			return new LspConnection(clientIn, clientOut, exit, null, new ByteArrayOutputStream());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A {@code ptl lsp} process; {@code stdout} receives a copy of everything it writes there. */
	static LspConnection process(Process process, ByteArrayOutputStream stdout) {
		return new LspConnection(process.getInputStream(), process.getOutputStream(),
				process.onExit().thenApply(Process::exitValue), process, stdout);
	}

	LanguageServer server() {
		return server;
	}

	RecordingClient client() {
		return client;
	}

	/** Initializes with the root (null for none) and the options, and says initialized. */
	InitializeResult initialize(Path root, Object options) {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		if (root != null) {
			params.setRootUri(root.toUri().toString());
		}
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		text.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN), false));
		text.setRename(new RenameCapabilities(true, false));
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		// as editors say: without it Xtext offers no commands (ptl.conform)
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setExecuteCommand(new ExecuteCommandCapabilities());
		capabilities.setWorkspace(workspace);
		params.setCapabilities(capabilities);
		params.setInitializationOptions(options);
		initializeResult = join(server.initialize(params));
		server.initialized(new InitializedParams());
		return initializeResult;
	}

	InitializeResult initializeResult() {
		return initializeResult;
	}

	/** Opens the file with its text on disk; returns its URI as the server names it. */
	String open(Path file) {
		try {
			return open(file, Files.readString(file));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Opens the file with the given text; returns its URI as the server names it. */
	String open(Path file, String text) {
		String uri = uri(file);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "ptl", 1, text)));
		return uri;
	}

	static String uri(Path file) {
		return "file://" + file.toAbsolutePath().normalize();
	}

	/** Writes one message with a correct header around whatever body. */
	void writeRaw(String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		synchronized (toServer) {
			try {
				toServer.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				toServer.write(bytes);
				toServer.flush();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** The received messages, once one satisfies the condition. */
	List<Message> received(java.util.function.Predicate<Message> condition) {
		long end = System.currentTimeMillis() + RecordingClient.TIMEOUT_MS;
		synchronized (received) {
			while (received.stream().noneMatch(condition)) {
				long left = end - System.currentTimeMillis();
				if (left <= 0) {
					throw new AssertionError("no message as expected; received " + received);
				}
				try {
					received.wait(left);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new AssertionError(interrupted);
				}
			}
			return List.copyOf(received);
		}
	}

	/**
	 * Waits until the server has written the text (compared without white space), and returns
	 * everything it wrote. Raw bytes, because a client drops a response it cannot match to a
	 * request (one with a null id, say) before anyone sees it.
	 */
	String awaitRaw(String text) {
		String wanted = text.replaceAll("\\s", "");
		long end = System.currentTimeMillis() + RecordingClient.TIMEOUT_MS;
		while (true) {
			String written;
			synchronized (fromServerBytes) {
				written = fromServerBytes.toString(StandardCharsets.UTF_8);
			}
			if (written.replaceAll("\\s", "").contains(wanted)) {
				return written;
			}
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("the server did not write " + text + "; it wrote:\n" + written);
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new AssertionError(interrupted);
			}
		}
	}

	/** The server's exit code, once it has ended. */
	int exitCode() {
		try {
			return exitCode.get(RecordingClient.TIMEOUT_MS, TimeUnit.MILLISECONDS);
		} catch (Exception e) {
			throw new AssertionError("the server did not end", e);
		}
	}

	static <T> T join(CompletableFuture<T> future) {
		try {
			return future.get(RecordingClient.TIMEOUT_MS, TimeUnit.MILLISECONDS);
		} catch (java.util.concurrent.ExecutionException failed) {
			throw new AssertionError("request failed: " + failed.getCause(), failed.getCause());
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	@Override
	public void close() {
		try {
			toServer.close();
		} catch (IOException ignored) {
			// gone already
		}
		if (process != null) {
			process.destroyForcibly();
		}
	}

	/** Copies what is read, so that a test can check that stdout carried only protocol messages. */
	private static final class TeeInputStream extends java.io.FilterInputStream {

		private final OutputStream copy;

		TeeInputStream(InputStream in, OutputStream copy) {
			super(in);
			this.copy = copy;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				synchronized (copy) {
					copy.write(b);
				}
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				synchronized (copy) {
					copy.write(buffer, offset, n);
				}
			}
			return n;
		}
	}
}
