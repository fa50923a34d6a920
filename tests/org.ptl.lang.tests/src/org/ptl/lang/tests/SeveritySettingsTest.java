package org.ptl.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ptl.lang.validation.PtlCheck;
import org.ptl.lang.validation.SeverityPolicy;
import org.ptl.model.SeverityLevel;

/**
 * A check's severity is its default, unless the IDE's workspace setting changes it, unless the file's
 * directive changes it, unless the command line's setting changes it; syntax and unresolved names
 * stay errors whatever is asked.
 */
class SeveritySettingsTest {

	private static final String UNUSED_ENCODING = """
			format f {
			    granule 4K
			    input 48 bits
			    levels 0..3

			    page descriptor page at level 3 {
			        valid    [0] = 1
			        software [58:55] software
			    }
			}

			claims c on f.page.software {
			    claim state [56:55]
			}

			ownership m {
			    state A
			    state B
			    initially A

			    transition t {
			        initiator A -> B
			    }

			    transition u {
			        initiator B -> A
			    }
			}

			encoding e of m in c.state {
			    A = 0
			    B = 1
			}
			""";

	private final SeverityPolicy policy = PtlTestSupport.INJECTOR.getInstance(SeverityPolicy.class);

	@AfterEach
	void clearCommandLineSettings() {
		policy.clearOverrides();
		policy.clearDefaults();
	}

	private static List<Issue> unusedEncodingIssues(String text) {
		return PtlTestSupport.validate(PtlTestSupport.parse(text)).stream()
				.filter(issue -> PtlCheck.ENCODING_UNUSED.id().equals(issue.getCode())).toList();
	}

	@Test
	void aCheckIsReportedWithItsDefaultSeverity() {
		List<Issue> issues = unusedEncodingIssues(UNUSED_ENCODING);
		assertEquals(1, issues.size());
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
	}

	@Test
	void aDirectiveInTheFileRaisesIt() {
		List<Issue> issues = unusedEncodingIssues("severity \"encoding.unused\" error\n" + UNUSED_ENCODING);
		assertEquals(Severity.ERROR, issues.get(0).getSeverity());
	}

	@Test
	void aDirectiveInTheFileCanSilenceIt() {
		assertTrue(unusedEncodingIssues("severity \"encoding.unused\" ignore\n" + UNUSED_ENCODING).isEmpty());
	}

	@Test
	void theCommandLineWinsOverTheFile() {
		policy.override(PtlCheck.ENCODING_UNUSED, SeverityLevel.INFO);
		List<Issue> issues = unusedEncodingIssues("severity \"encoding.unused\" error\n" + UNUSED_ENCODING);
		assertEquals(Severity.INFO, issues.get(0).getSeverity());
	}

	@Test
	void aWorkspaceSettingChangesTheDefaultButNotTheFile() {
		policy.setDefault(PtlCheck.ENCODING_UNUSED, SeverityLevel.ERROR);
		assertEquals(Severity.ERROR, unusedEncodingIssues(UNUSED_ENCODING).get(0).getSeverity());
		List<Issue> directed = unusedEncodingIssues("severity \"encoding.unused\" info\n" + UNUSED_ENCODING);
		assertEquals(Severity.INFO, directed.get(0).getSeverity(), "the file's directive wins over the workspace");
		policy.override(PtlCheck.ENCODING_UNUSED, SeverityLevel.WARNING);
		assertEquals(Severity.WARNING, unusedEncodingIssues(UNUSED_ENCODING).get(0).getSeverity(), "the command line wins");
	}

	@Test
	void syntaxErrorsStayErrors() {
		policy.override(PtlCheck.SYNTAX_ERROR, SeverityLevel.IGNORE);
		List<Issue> issues = PtlTestSupport.validate(PtlTestSupport.parse("severity \"syntax.error\" ignore\nformat {"));
		assertTrue(issues.stream().anyMatch(i -> PtlCheck.SYNTAX_ERROR.id().equals(i.getCode())
				&& i.getSeverity() == Severity.ERROR), PtlTestSupport.describe(issues));
	}

	@Test
	void everyCheckIdIsUniqueAndDotted() {
		for (PtlCheck check : PtlCheck.values()) {
			assertTrue(check.id().matches("[a-z]+\\.[a-z-]+"), check.id());
			assertEquals(check, PtlCheck.byId(check.id()).orElseThrow());
		}
	}
}
