package org.ptl.ui.help;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.help.IHelpContentProducer;
import org.ptl.ui.PtlUi;

/** Serves the PTL Workbench Guide's page to the help system, rendered from the README when asked. */
public final class GuideContentProducer implements IHelpContentProducer {

	@Override
	public InputStream getInputStream(String pluginID, String href, Locale locale) {
		String page = href.replaceFirst("[?#].*$", "");
		if (!Guide.PAGE.equals(page)) {
			return null;
		}
		try {
			return new ByteArrayInputStream(Guide.html().getBytes(StandardCharsets.UTF_8));
		} catch (RuntimeException unreadable) {
			PtlUi.log("cannot render the PTL Workbench Guide", unreadable);
			return null;
		}
	}
}
