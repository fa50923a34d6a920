package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The documentation site in a real browser: {@code ptl generate docs examples} opened in headless
 * Chromium (Debian's {@code chromium}, which .ci/run installs; driven by browser/site-in-chromium.js
 * over the DevTools pipe, no network), where a value typed into a format page's decoder box is read
 * as {@code ptl decode} reads it, and a descriptor, the decoder box, a state diagram and a layout
 * picture are drawn and saved under target/browser for a reader to look at. A missing browser fails
 * the test with what to install, never skips it.
 */
class DocsInChromiumTest {

	@Test
	void theSiteDrawsItsPicturesAndTheDecoderBoxDecodesATypedValue(@TempDir Path site) throws Exception {
		Cli.Result generated = Cli.run("generate", "docs", Cli.root().resolve("examples").toString(), "-o", site.toString());
		assertEquals(0, generated.exitCode(), generated.toString());
		Path shots = Cli.root().resolve("tests/org.ptl.cli.tests/target/browser");
		Path driver = Cli.root().resolve("tests/org.ptl.cli.tests/browser/site-in-chromium.js");
		Process node;
		try {
			node = new ProcessBuilder("node", driver.toString(), site.toString(), shots.toString()).start();
		} catch (IOException noNode) {
			fail("node is needed to drive Chromium (apt-get install nodejs chromium; .ci/run does): " + noNode.getMessage());
			return;
		}
		String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(node.waitFor(120, TimeUnit.SECONDS), "the browser run ends");
		assertEquals(0, node.exitValue(), "Chromium (apt-get install chromium; .ci/run does) failed: " + err);
		JsonObject result = JsonParser.parseString(out).getAsJsonObject();
		assertEquals("0x00800000800037ff", result.get("typed").getAsString());
		String decoded = result.get("decoded").getAsString();
		assertTrue(decoded.startsWith("page descriptor 'page' at level 3\n"), decoded);
		assertTrue(decoded.contains("\n  s2ap [7:6] = 0x3 (rw)\n"), decoded);
		assertTrue(decoded.contains("\n  claim pkvm.state = 0x1: SHARED_OWNED in pkvm_v5_15_sw"), decoded);
		JsonArray taken = result.getAsJsonArray("shots");
		assertEquals(4, taken.size());
		for (var shot : taken) {
			JsonObject picture = shot.getAsJsonObject();
			Path file = Path.of(picture.get("file").getAsString());
			int[] size = pngSize(file);
			assertEquals(picture.get("width").getAsInt(), size[0], file + " is the drawing's width");
			assertEquals(picture.get("height").getAsInt(), size[1], file + " is the drawing's height");
			assertTrue(size[0] > 300 && size[1] > 100, file + " holds a drawing, not an empty box: " + size[0] + "x" + size[1]);
			assertTrue(Files.size(file) > 5_000, file + " has more than a blank area");
		}
	}

	/** Width and height from a PNG's header chunk. */
	private static int[] pngSize(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
			byte[] signature = new byte[8];
			data.readFully(signature);
			assertEquals((byte) 0x89, signature[0], file + " is a PNG");
			data.readInt();
			assertEquals("IHDR", new String(data.readNBytes(4), StandardCharsets.US_ASCII));
			return new int[] { data.readInt(), data.readInt() };
		}
	}
}
