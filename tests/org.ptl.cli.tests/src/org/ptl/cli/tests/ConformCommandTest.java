package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * 'ptl conform' on recorded traces: every check id has a trace that triggers it and a clean twin
 * (fixtures/conform/ID/), the bundled example traces (three spellings) give their verdicts, findings
 * are located at the record's line, JSON and the abstract view carry the same, and bad input gets a
 * located message or exit code 2.
 */
class ConformCommandTest {

	private static final String BINDING = "pkvm_v5_15_arm64";
	/** trace:line: error|warning: message [check-id] */
	private static final Pattern FINDING = Pattern.compile("^(.+):(\\d+): (error|warning): (.+) \\[([a-z.-]+)\\]$");

	static Path fixtures() {
		return Cli.root().resolve("tests/org.ptl.cli.tests/fixtures/conform");
	}

	static Stream<String> checkIds() throws IOException {
		try (Stream<Path> dirs = Files.list(fixtures())) {
			return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList().stream();
		}
	}

	private static Cli.Result conform(Path trace, String... more) {
		String[] args = Stream.concat(Stream.of("conform", trace.toString(), "--binding", BINDING, "-q"), Stream.of(more))
				.toArray(String[]::new);
		return Cli.run(Stream.concat(Stream.of(args), Stream.of(SimulateCommandTest.path("examples"))).toArray(String[]::new));
	}

	private static List<String> ids(Cli.Result result) {
		return result.lines().stream().map(FINDING::matcher).filter(Matcher::matches).map(m -> m.group(5)).toList();
	}

	@ParameterizedTest
	@MethodSource("checkIds")
	void eachCheckHasATriggeringTraceAndACleanTwin(String id) {
		Cli.Result triggers = conform(fixtures().resolve(id).resolve("triggers.log"));
		assertTrue(ids(triggers).contains(id), triggers.toString());
		boolean warning = id.equals("trace.unknown-kind") || id.equals("trace.unknown-table");
		assertEquals(warning ? 0 : 1, triggers.exitCode(), triggers.toString());
		Cli.Result clean = conform(fixtures().resolve(id).resolve("clean.log"));
		assertEquals(0, clean.exitCode(), clean.toString());
		assertEquals(List.of(), ids(clean), clean.toString());
	}

	@Test
	void theFindingIsAtTheRecordThatBrokeTheRule() {
		Cli.Result result = conform(Path.of(SimulateCommandTest.path("examples/traces/bbm_missing_tlbi.log")));
		assertEquals(1, result.exitCode(), result.toString());
		Matcher finding = result.lines().stream().map(FINDING::matcher).filter(Matcher::matches).findFirst().orElseThrow();
		assertEquals("15", finding.group(2), result.toString());
		assertTrue(finding.group(4).startsWith("BBM invalid unclean->valid: host L3 entry for 0x80003000"), result.toString());
		assertTrue(result.out().contains("at record 14, src bbm_missing_tlbi.c:24"), result.toString());
	}

	@Test
	void bundledExampleTracesInEverySpelling() {
		for (String conforming : List.of("bbm_good.log", "bbm_good_documented.log", "compressed_good.log",
				"ownership_share_unshare.log", "table_free_good.log")) {
			Cli.Result result = conform(Path.of(SimulateCommandTest.path("examples/traces/" + conforming)));
			assertEquals(0, result.exitCode(), result.toString());
			assertTrue(result.out().contains(": conforms"), result.toString());
		}
		for (String violating : List.of("bbm_missing_tlbi.log", "bbm_no_break_documented.log",
				"compressed_unlocked_write.log", "lock_read_mismatch.log", "lock_unlocked_write.log",
				"ownership_hyp_takes_page.log", "ownership_share_no_completer.log", "table_free_reachable.log")) {
			Cli.Result result = conform(Path.of(SimulateCommandTest.path("examples/traces/" + violating)));
			assertEquals(1, result.exitCode(), result.toString());
			assertTrue(result.out().contains(": does not conform"), result.toString());
		}
	}

	@Test
	void anOwnershipViolationNamesThePageTheStatesAndTheNearestTransition() {
		Cli.Result result = conform(Path.of(SimulateCommandTest.path("examples/traces/ownership_share_no_completer.log")));
		assertTrue(result.out().contains("page 0x80003000 changed by no transition of pkvm_v5_15: host OWNED -> SHARED_OWNED, "
				+ "hyp NOPAGE -> NOPAGE [ownership.transition]"), result.toString());
		assertTrue(result.out().contains("nearest: share: initiator host OWNED -> SHARED_OWNED; completer hyp should go "
				+ "NOPAGE -> SHARED_BORROWED, went NOPAGE -> NOPAGE"), result.toString());
	}

	@Test
	void jsonAndTheAbstractView() {
		Cli.Result result = conform(Path.of(SimulateCommandTest.path("examples/traces/ownership_share_unshare.log")),
				"--format", "json", "--dump-abstract");
		assertEquals(0, result.exitCode(), result.toString());
		JsonObject report = JsonParser.parseString(result.out()).getAsJsonObject();
		assertTrue(report.get("conforms").getAsBoolean());
		assertEquals(31, report.get("records").getAsLong());
		assertEquals("host", report.getAsJsonArray("tables").get(0).getAsString());
		JsonObject range = report.getAsJsonObject("abstract").getAsJsonArray("host").get(0).getAsJsonObject();
		assertEquals("0x80003000", range.get("start").getAsString());
		assertEquals("0x80004000", range.get("end").getAsString());
		assertEquals("OWNED", range.get("state").getAsString());
		assertTrue(range.get("attributes").getAsString().contains("s2ap=rw"), result.toString());
		Cli.Result text = conform(Path.of(SimulateCommandTest.path("examples/traces/ownership_share_unshare.log")),
				"--dump-abstract");
		assertTrue(text.out().contains("  0x80003000..0x80004000 -> 0x80003000..0x80004000 memattr=normal, s2ap=rw, xn=px_ux OWNED"),
				text.toString());
	}

	@Test
	void malformedRecordsAreLocatedAndTheRestIsChecked() {
		Cli.Result result = conform(fixtures().resolve("trace.malformed/triggers.log"));
		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.out().contains("triggers.log:9: error: value '0x1800037ff00000000' is not a 64-bit number [trace.malformed]"),
				result.toString());
		assertTrue(result.out().contains(": error: truncated record: the file ends before its ')' [trace.malformed]"),
				result.toString());
		assertFalse(result.err().contains("Exception"), result.toString());
	}

	@Test
	void nothingToCheckIsAUsageError(@TempDir Path dir) throws IOException {
		Path empty = Files.writeString(dir.resolve("empty.log"), "");
		Cli.Result none = conform(empty);
		assertEquals(2, none.exitCode(), none.toString());
		assertTrue(none.err().contains("nothing to check: the trace has no record"), none.toString());
		Path noTable = Files.writeString(dir.resolve("no_table.log"),
				"(mem-write (id 0) (tid 0) (mem-order plain) (address 0x1000) (value 0x1) (src \"a.c:1\"))\n");
		Cli.Result untabled = conform(noTable);
		assertEquals(2, untabled.exitCode(), untabled.toString());
		assertTrue(untabled.err().contains("installs no table"), untabled.toString());
		Cli.Result missing = conform(dir.resolve("missing.log"));
		assertEquals(2, missing.exitCode(), missing.toString());
		assertTrue(missing.err().contains("cannot read the trace"), missing.toString());
		Cli.Result unknown = Cli.run("conform", SimulateCommandTest.path("examples/traces/bbm_good.log"), "--binding", "nope",
				SimulateCommandTest.path("examples"));
		assertEquals(2, unknown.exitCode(), unknown.toString());
		assertTrue(unknown.err().contains("no binding or format 'nope'"), unknown.toString());
		assertEquals("", unknown.out());
	}

	@Test
	void theSimulatorWritesOneScenariosRun() {
		Cli.Result many = Cli.run("simulate", SimulateCommandTest.path("examples/pkvm/scenarios_v5_15.ptl"), "--trace",
				"casemate");
		assertEquals(2, many.exitCode(), many.toString());
		assertTrue(many.err().contains("choose one with --scenario"), many.toString());
		assertEquals("", many.out());
		Cli.Result one = Cli.run("simulate", SimulateCommandTest.path("examples/pkvm/scenarios_v5_15.ptl"), "--scenario",
				"v5_15_share_unshare", "--trace", "casemate");
		assertEquals(0, one.exitCode(), one.toString());
		assertTrue(one.lines().get(0).startsWith("(mem-init (id 0) (tid 0) (address 0xf000000000) (size 0x2000)"), one.toString());
		assertTrue(one.out().contains("(sysreg-write (id 3) (tid 0) (sysreg vttbr_el2) (value 0xf000000000)"), one.toString());
		assertTrue(one.out().contains("(sysreg ttbr0_el2)"), one.toString());
		assertTrue(one.lines().stream().allMatch(line -> line.matches("\\((\\S+) \\(id \\d+\\) \\(tid \\d+\\) .*\\(src \"scenarios_v5_15\\.ptl:\\d+\"\\)\\)")),
				one.toString());
	}

	@Test
	void aSeededBugExportedAndCheckedIsReportedWithCasematesMessage(@TempDir Path dir) throws IOException {
		String scenario = fixtures().resolve("seeded_break_without_tlbi.ptl").toString();
		Cli.Result simulated = Cli.run("simulate", scenario);
		assertEquals(1, simulated.exitCode(), simulated.toString());
		assertTrue(simulated.out().contains("BBM invalid unclean->valid: s2 L3 entry for 0x200000"), simulated.toString());
		Cli.Result exported = Cli.run("simulate", scenario, "--trace", "casemate");
		assertEquals(1, exported.exitCode(), exported.toString());
		Path trace = Files.writeString(dir.resolve("seeded.log"), exported.out());
		Cli.Result checked = Cli.run("conform", trace.toString(), "--binding", "arm64_s2_4k_40", "-q", scenario);
		assertEquals(1, checked.exitCode(), checked.toString());
		Matcher finding = checked.lines().stream().map(FINDING::matcher).filter(Matcher::matches).findFirst().orElseThrow();
		assertEquals("bbm.unclean-to-valid", finding.group(5), checked.toString());
		assertTrue(finding.group(4).startsWith("BBM invalid unclean->valid: "), checked.toString());
		String record = exported.lines().get(Integer.parseInt(finding.group(2)) - 1);
		assertTrue(record.startsWith("(mem-write") && record.contains("(value 0x400080003007ff)")
				&& record.contains("seeded_break_without_tlbi.ptl:12"), record);
	}
}
