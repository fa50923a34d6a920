package org.ptl.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.eclipse.text.templates.TemplatePersistenceData;
import org.eclipse.text.templates.TemplateReaderWriter;
import org.ptl.ui.PtlUi;

/**
 * The editor's content-assist templates (transition, scenario, claim), read from the bundle's
 * templates.xml. A template is offered only where the grammar accepts its name, which is its
 * leading keyword, as the next word, and only when the typed prefix starts it.
 */
public final class PtlTemplates {

	public static final String CONTEXT_TYPE = "org.ptl.ui.templates";

	private static final TemplateContextType TYPE = contextType();
	private static volatile List<Template> templates;

	private PtlTemplates() {
	}

	private static TemplateContextType contextType() {
		TemplateContextType type = new TemplateContextType(CONTEXT_TYPE, "PTL");
		type.addResolver(new GlobalTemplateVariables.Cursor());
		type.addResolver(new GlobalTemplateVariables.Dollar());
		return type;
	}

	/** The templates of templates.xml. */
	public static List<Template> all() {
		List<Template> result = templates;
		if (result == null) {
			result = new ArrayList<>();
			try (InputStream in = FileLocator.openStream(PtlUi.getDefault().getBundle(), new Path("templates.xml"), false)) {
				for (TemplatePersistenceData data : new TemplateReaderWriter().read(in, null)) {
					result.add(data.getTemplate());
				}
			} catch (IOException unreadable) {
				PtlUi.log("cannot read templates.xml", unreadable);
			}
			templates = result;
		}
		return result;
	}

	/**
	 * The template proposals at the offset.
	 *
	 * @param keywords the keywords the grammar accepts there (from the ordinary proposals)
	 */
	public static List<ICompletionProposal> proposals(IDocument document, int offset, Collection<String> keywords) {
		String prefix = prefix(document, offset);
		String indent = indentation(document, offset);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (Template each : all()) {
			if (keywords.contains(each.getName()) && each.getName().startsWith(prefix)) {
				// jface inserts a pattern's lines as they are: the body must follow the line it starts on
				Template template = new Template(each.getName(), each.getDescription(), each.getContextTypeId(),
						each.getPattern().replace("\n", "\n" + indent), each.isAutoInsertable());
				Region region = new Region(offset - prefix.length(), prefix.length());
				DocumentTemplateContext context = new DocumentTemplateContext(TYPE, document, region.getOffset(), region.getLength());
				proposals.add(new TemplateProposal(template, context, region, null, 90));
			}
		}
		return proposals;
	}

	/** The white space that starts the offset's line. */
	private static String indentation(IDocument document, int offset) {
		String text = document.get();
		int start = text.lastIndexOf('\n', offset - 1) + 1;
		int end = start;
		while (end < offset && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	private static String prefix(IDocument document, int offset) {
		String text = document.get();
		int start = offset;
		while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
			start--;
		}
		return text.substring(start, offset);
	}
}
