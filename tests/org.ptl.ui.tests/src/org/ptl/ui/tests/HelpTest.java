package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.ITocContribution;
import org.eclipse.help.ITopic;
import org.junit.jupiter.api.Test;
import org.ptl.ui.help.Guide;
import org.ptl.ui.help.GuideContentProducer;
import org.ptl.ui.help.GuideTocProvider;
import org.ptl.ui.help.OpenGuideHandler;

/**
 * The README is the PTL Workbench Guide of the help system: a book whose chapters are the README's
 * sections, each opening the rendered page at its heading; the page has the README's tables; the
 * bundle ships the README itself; the contributions are registered with the help system.
 */
class HelpTest {

	@Test
	void theBookHasAChapterPerSectionOfTheReadme() throws IOException {
		String readme = Files.readString(Workbench.root().resolve("README.md"));
		assertEquals(readme, Guide.markdown(), "the bundle ships the README as it is");
		List<String> sections = readme.lines().filter(line -> line.startsWith("## ")).map(line -> line.substring(3)).toList();

		ITocContribution[] contributions = new GuideTocProvider().getTocContributions("en");
		assertEquals(1, contributions.length);
		assertTrue(contributions[0].isPrimary());
		assertEquals("PTL Workbench Guide", contributions[0].getToc().getLabel());
		ITopic[] topics = contributions[0].getToc().getTopics();
		List<String> labels = Arrays.stream(topics).map(ITopic::getLabel).toList();
		assertEquals(sections.stream().map(section -> section.replace("`", "")).toList(), labels);

		String page = Guide.html();
		for (ITopic topic : topics) {
			String anchor = topic.getHref().substring(topic.getHref().indexOf('#') + 1);
			assertTrue(page.contains("id=\"" + anchor + "\""), "the page has the anchor of " + topic.getLabel());
		}
		assertTrue(page.contains("<table>") && page.contains("<td><code>ptl check FILE|DIR...</code></td>"), "tables render");
	}

	@Test
	void theHelpSystemGetsTheBookAndThePage() throws IOException {
		assertTrue(contributedBy("org.eclipse.help.toc").contains("org.ptl.ui"));
		assertTrue(contributedBy("org.eclipse.help.contentProducer").contains("org.ptl.ui"));
		GuideContentProducer producer = new GuideContentProducer();
		try (InputStream page = producer.getInputStream("org.ptl.ui", "guide.html#simulating", Locale.ENGLISH)) {
			assertNotNull(page);
			assertTrue(new String(page.readAllBytes(), StandardCharsets.UTF_8).contains("<h2 id=\"simulating\">Simulating</h2>"));
		}
		assertNull(producer.getInputStream("org.ptl.ui", "other.html", Locale.ENGLISH));
		Path written = OpenGuideHandler.writePage();
		assertArrayEquals(Guide.html().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(written));
	}

	private static List<String> contributedBy(String point) {
		return Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor(point))
				.map(IConfigurationElement::getContributor).map(contributor -> contributor.getName()).toList();
	}
}
