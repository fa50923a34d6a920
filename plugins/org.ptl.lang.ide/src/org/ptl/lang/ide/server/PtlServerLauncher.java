package org.ptl.lang.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.services.LanguageClient;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Runs the PTL language server on a pair of streams (a process's stdin and stdout, or pipes in a
 * test) until the client says {@code exit} or closes the input, and returns the exit code the
 * protocol asks for. Everything written to the output stream is a protocol message: the caller
 * keeps every other output away from it.
 */
public final class PtlServerLauncher {

	private PtlServerLauncher() {
	}

	/**
	 * Serves one client.
	 *
	 * @param language the PTL language's injector, with the bindings of {@link PtlServerLanguageModule}
	 * @return 0 after {@code shutdown} and {@code exit}, 1 after {@code exit} alone or a closed input
	 */
	public static int run(Injector language, InputStream in, OutputStream out) {
		Injector server = Guice.createInjector(PtlServerModule.create(language));
		PtlLanguageServer languageServer = server.getInstance(PtlLanguageServer.class);
		Launcher<LanguageClient> launcher = new Builder().setLocalService(languageServer)
				.setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).create();
		languageServer.connect(launcher.getRemoteProxy());
		Future<Void> listening = launcher.startListening();
		Thread.ofPlatform().daemon().name("ptl-lsp-input").start(() -> {
			awaitQuietly(listening);
			languageServer.inputEnded();
		});
		int exitCode = languageServer.exitCode().join();
		listening.cancel(true);
		server.getInstance(DeferredDiagnostics.class).stop();
		return exitCode;
	}

	private static void awaitQuietly(Future<Void> listening) {
		try {
			listening.get();
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException | java.util.concurrent.CancellationException ended) {
			// the input failed or was closed: either way the client is gone
		}
	}

	/** LSP4J's launcher with messages read by {@link TolerantJsonHandler}. */
	private static final class Builder extends Launcher.Builder<LanguageClient> {

		@Override
		protected MessageJsonHandler createJsonHandler() {
			return new TolerantJsonHandler(getSupportedMethods(), configureGson);
		}
	}
}
