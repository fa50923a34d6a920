package org.ptl.ui.help;

import java.util.List;

import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.help.AbstractTocProvider;
import org.eclipse.help.ITocContribution;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.help.IUAElement;
import org.ptl.ui.PtlUi;

/**
 * The PTL Workbench Guide as a book of Help > Help Contents: one topic per chapter of the README
 * (its second-level headings), each opening the guide's page at that chapter.
 */
public final class GuideTocProvider extends AbstractTocProvider {

	private static final String BOOK_HREF = "/" + PtlUi.PLUGIN_ID + "/" + Guide.PAGE;

	@Override
	public ITocContribution[] getTocContributions(String locale) {
		List<Guide.Chapter> chapters = Guide.chapters();
		ITopic[] topics = chapters.stream().map(chapter -> new Topic(chapter.title(), BOOK_HREF + "#" + chapter.anchor()))
				.toArray(ITopic[]::new);
		IToc toc = new Book(topics);
		return new ITocContribution[] { new Contribution(toc, locale) };
	}

	/** The book itself. */
	private record Book(ITopic[] topics) implements IToc {

		@Override
		public String getLabel() {
			return "PTL Workbench Guide";
		}

		@Override
		public String getHref() {
			return BOOK_HREF;
		}

		@Override
		public ITopic[] getTopics() {
			return topics.clone();
		}

		@Override
		public ITopic getTopic(String href) {
			if (href == null) {
				return new Topic(getLabel(), BOOK_HREF);
			}
			for (ITopic topic : topics) {
				if (href.equals(topic.getHref())) {
					return topic;
				}
			}
			return null;
		}

		@Override
		public IUAElement[] getChildren() {
			return getTopics();
		}

		@Override
		public boolean isEnabled(IEvaluationContext context) {
			return true;
		}
	}

	/** A chapter of the book. */
	private record Topic(String label, String href) implements ITopic {

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getHref() {
			return href;
		}

		@Override
		public ITopic[] getSubtopics() {
			return new ITopic[0];
		}

		@Override
		public IUAElement[] getChildren() {
			return new IUAElement[0];
		}

		@Override
		public boolean isEnabled(IEvaluationContext context) {
			return true;
		}
	}

	/** The book as a primary contribution of org.ptl.ui (a book of its own, linked nowhere). */
	private record Contribution(IToc toc, String locale) implements ITocContribution {

		@Override
		public String getId() {
			return PtlUi.PLUGIN_ID + ".guide";
		}

		@Override
		public String getCategoryId() {
			return null;
		}

		@Override
		public String getContributorId() {
			return PtlUi.PLUGIN_ID;
		}

		@Override
		public String[] getExtraDocuments() {
			return new String[0];
		}

		@Override
		public String getLocale() {
			return locale;
		}

		@Override
		public String getLinkTo() {
			return null;
		}

		@Override
		public IToc getToc() {
			return toc;
		}

		@Override
		public boolean isPrimary() {
			return true;
		}
	}
}
