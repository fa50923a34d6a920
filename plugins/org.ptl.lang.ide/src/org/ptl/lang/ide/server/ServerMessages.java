package org.ptl.lang.ide.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

import com.google.inject.Singleton;

/**
 * What the server tells the user outside diagnostics: a failure of PTL itself (logged on stderr and
 * shown once, never posing as a finding of the file) and a setting it cannot use. Messages go to
 * the client as {@code window/showMessage}; before a client is connected only to the log.
 */
@Singleton
public class ServerMessages {

	private static final Logger LOG = Logger.getLogger(ServerMessages.class);

	private final Set<String> shown = ConcurrentHashMap.newKeySet();

	private volatile LanguageClient client;

	void connect(LanguageClient languageClient) {
		this.client = languageClient;
	}

	/** A failure of PTL while working on {@code where}; the same failure is shown once. */
	public void internalFailure(String where, String what) {
		String text = "ptl: internal error: " + where + ": " + what;
		LOG.error(text);
		if (shown.add(text)) {
			show(MessageType.Error, text + " (please report it)");
		}
	}

	/** A problem with what the client asked for, such as a severity setting naming no check. */
	public void problem(String text) {
		LOG.warn(text);
		show(MessageType.Warning, "ptl: " + text);
	}

	private void show(MessageType type, String text) {
		LanguageClient current = client;
		if (current != null) {
			current.showMessage(new MessageParams(type, text));
		}
	}
}
