package org.ptl.lang.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.ptl.lang.validation.SeverityPolicy;

import com.google.inject.Inject;

/**
 * Xtext's language server with PTL's life cycle and settings. {@code exit} never ends the process
 * itself (Xtext's default calls {@code System.exit}, which would also end a test or an editor
 * hosting the server): it gives the exit code the protocol asks for, 0 after {@code shutdown} and 1
 * without, to whoever runs the server ({@link PtlServerLauncher}). The client's initialization
 * options may set check severities ({@link InitializationOptions}); the capabilities leave out what
 * PTL does not have (signature help) or does only for whole files (formatting a range).
 */
public class PtlLanguageServer extends LanguageServerImpl {

	private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();

	private volatile boolean shutdownRequested;

	@Inject
	private ServerMessages messages;

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		SeverityPolicy policy = getLanguagesRegistry().getResourceServiceProvider(URI.createURI("synth:///file.ptl"))
				.get(SeverityPolicy.class);
		InitializationOptions.severities(params.getInitializationOptions(), messages::problem).forEach(policy::override);
		return super.initialize(params);
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setSignatureHelpProvider(null);
		capabilities.setDocumentRangeFormattingProvider(false);
		return capabilities;
	}

	@Override
	public void connect(LanguageClient client) {
		super.connect(client);
		messages.connect(client);
	}

	/** A request no one serves is "method not found", as JSON-RPC says, not an internal error. */
	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		if (!getExtensionProviders().containsKey(method)) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.MethodNotFound,
					"PTL's language server has no request '" + method + "'", null));
		}
		return super.request(method, parameter);
	}

	@Override
	public CompletableFuture<Object> shutdown() {
		shutdownRequested = true;
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void exit() {
		exitCode.complete(shutdownRequested ? 0 : 1);
	}

	/** The client went away without {@code exit}: as an exit without shutdown. */
	void inputEnded() {
		exitCode.complete(1);
	}

	/** Completes with the process's exit code when the client says {@code exit} or goes away. */
	CompletableFuture<Integer> exitCode() {
		return exitCode;
	}
}
