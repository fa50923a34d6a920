package org.ptl.cli.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ptl lsp} as its own process, over a real stdio pipe: it starts without a root, reports a
 * seeded defect with its check id and range, answers broken JSON-RPC with an error and goes on,
 * writes nothing to stdout but protocol messages, and exits 0 after shutdown and exit, 1 after
 * exit alone.
 */
class LspProcessTest {

	private static final Pattern HEADER = Pattern.compile("Content-Length: (\\d+)\r\n(?:[A-Za-z-]+: [^\r\n]*\r\n)*\r\n");

	@TempDir
	Path directory;

	@Test
	void aSessionOverStdioEndsWithZeroAfterShutdownAndExit() {
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		Path stderr = directory.resolve("stderr.txt");
		Process process = CommandLineProcess.start(stderr, "lsp");
		try (LspConnection lsp = LspConnection.process(process, stdout)) {
			session(lsp);
		} catch (AssertionError failed) {
			throw new AssertionError(failed.getMessage() + "\n--- stderr of ptl lsp:\n" + Workspaces.read(stderr)
					+ "\n--- class path: " + CommandLineProcess.classPath(), failed);
		}
		assertOnlyProtocolMessages(stdout.toByteArray());
	}

	private void session(LspConnection lsp) {
		{
			lsp.initialize(null, null);
			String text = Workspaces.read(Workspaces.root().resolve("examples/pkvm/claims.ptl"))
					.replace("claim ttl_level [56:55] shared with pkvm", "claim ttl_level [56:55]");
			Path file = Workspaces.examples(directory.resolve("ws")).resolve("pkvm/claims.ptl");
			String uri = lsp.open(file, text);
			Diagnostic overlap = lsp.client().diagnosticsWith(uri, "claims.overlap").stream()
					.filter(d -> "claims.overlap".equals(RecordingClient.code(d))).findFirst().orElseThrow();
			assertEquals(DiagnosticSeverity.Error, overlap.getSeverity());
			assertEquals(Workspaces.lineOf(text, "claim ttl_level"), overlap.getRange().getStart().getLine());

			lsp.writeRaw("{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": ");
			lsp.awaitRaw("\"id\":99,\"error\":{\"code\":-32700");
			Hover hover = LspConnection.join(lsp.server().getTextDocumentService().hover(
					new HoverParams(new TextDocumentIdentifier(uri), TextEdits.at(text, "claim state", "state"))));
			assertTrue(hover.getContents().getRight().getValue().startsWith("**claim** `pkvm.state`"));

			LspLifecycleTest.assertExits(lsp, true, 0);
		}
	}

	@Test
	void exitWithoutShutdownEndsTheProcessWithOne() {
		Path stderr = directory.resolve("stderr.txt");
		Process process = CommandLineProcess.start(stderr, "lsp");
		try (LspConnection lsp = LspConnection.process(process, new ByteArrayOutputStream())) {
			lsp.initialize(directory, null);
			LspLifecycleTest.assertExits(lsp, false, 1);
		} catch (AssertionError failed) {
			throw new AssertionError(failed.getMessage() + "\n--- stderr of ptl lsp:\n" + Workspaces.read(stderr)
					+ "\n--- class path: " + CommandLineProcess.classPath(), failed);
		}
	}

	/** stdout is a sequence of "Content-Length" framed JSON messages and nothing else. */
	private static void assertOnlyProtocolMessages(byte[] stdout) {
		String text = new String(stdout, StandardCharsets.ISO_8859_1); // one char per byte: lengths are bytes
		int at = 0;
		int messages = 0;
		while (at < text.length()) {
			Matcher header = HEADER.matcher(text).region(at, text.length());
			assertTrue(header.lookingAt(), "stdout holds something that is not a protocol message at byte " + at + ": "
					+ text.substring(at, Math.min(text.length(), at + 80)));
			int length = Integer.parseInt(header.group(1));
			int body = header.end();
			assertTrue(text.charAt(body) == '{', "a message body is JSON");
			at = body + length;
			messages++;
		}
		assertEquals(text.length(), at, "the last message is complete");
		assertTrue(messages > 3, "the session's messages are all there: " + messages);
	}
}
