package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ptl format prints, checks (--check) and rewrites (--in-place); files that do not parse are left alone. */
class FormatCommandTest {

	private static final String MESSY = "format f{granule 4K input 48 bits levels 0 .. 3\n"
			+ "page descriptor page at level 3{valid [ 0 ]=1 oa [47 : 12] address}}";

	private static final String TIDY = """
			format f {
			    granule 4K
			    input 48 bits
			    levels 0..3

			    page descriptor page at level 3 {
			        valid [0] = 1
			        oa    [47:12] address
			    }
			}
			""";

	@Test
	void theExamplesAreFormatted() {
		Cli.Result result = Cli.run("format", "--check", Cli.root().resolve("examples").toString());
		assertEquals(0, result.exitCode(), result.toString());
	}

	@Test
	void printsCanonicalLayout(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("messy.ptl");
		Files.writeString(file, MESSY);
		Cli.Result result = Cli.run("format", file.toString());
		assertEquals(TIDY, result.out());
		assertEquals(MESSY, Files.readString(file), "printing must not touch the file");
	}

	@Test
	void checkListsUnformattedFilesAndInPlaceFixesThem(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("messy.ptl");
		Files.writeString(file, MESSY);
		Cli.Result check = Cli.run("format", "--check", dir.toString());
		assertEquals(1, check.exitCode());
		assertTrue(check.out().contains("messy.ptl"), check.out());
		assertEquals(0, Cli.run("format", "--in-place", file.toString()).exitCode());
		assertEquals(TIDY, Files.readString(file));
		assertEquals(0, Cli.run("format", "--check", file.toString()).exitCode());
	}

	/** The author's blank line after a member that ends in a comment stays (at most one); none is added. */
	@Test
	void aBlankLineAfterATrailingCommentIsKept(@TempDir Path dir) throws IOException {
		String layout = """
				layout l {
				    input a in 0..15 default 1 // the first input

				    input b default 2
				    let c = a + b // sum
				    // a comment line
				    let d = c + 1 // no blank line after this one
				    let e = d + 1 // three blank lines after this one



				    invariant small: e < 100 // trailing
				}
				""";
		Path file = dir.resolve("layout.ptl");
		Files.writeString(file, layout);
		Cli.Result result = Cli.run("format", file.toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals(layout.replace("\n\n\n\n", "\n\n"), result.out());
	}

	@Test
	void aFileWithSyntaxErrorsIsLeftAlone(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("broken.ptl");
		Files.writeString(file, "format f {\n granule 4K oops");
		Cli.Result result = Cli.run("format", "--in-place", file.toString());
		assertEquals(1, result.exitCode());
		assertTrue(result.err().contains("syntax errors"), result.err());
		assertEquals("format f {\n granule 4K oops", Files.readString(file));
	}
}
