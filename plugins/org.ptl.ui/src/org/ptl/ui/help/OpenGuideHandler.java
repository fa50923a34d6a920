package org.ptl.ui.help;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.ptl.ui.PtlUi;

/**
 * Help > PTL Workbench Guide: the guide in the help system's window where Eclipse has one (the
 * book is also under Help > Help Contents there); in an Eclipse without it (the bare product), the
 * page written to the workspace's metadata and opened in the system's browser.
 */
public final class OpenGuideHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (Platform.getBundle("org.eclipse.help.ui") != null) {
			PlatformUI.getWorkbench().getHelpSystem().displayHelpResource("/" + PtlUi.PLUGIN_ID + "/" + Guide.PAGE);
			return null;
		}
		Path page = null;
		try {
			page = writePage();
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(page.toUri().toURL());
		} catch (IOException | PartInitException | RuntimeException cannot) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "PTL Workbench Guide",
					"No browser could show the guide" + (page == null ? "" : "; it is at " + page) + ".\n" + cannot.getMessage());
		}
		return null;
	}

	/** Writes the guide's page into the bundle's state location and returns where. */
	public static Path writePage() throws IOException {
		Path page = PtlUi.getDefault().getStateLocation().toFile().toPath().resolve(Guide.PAGE);
		Path partial = page.resolveSibling(Guide.PAGE + ".part");
		Files.writeString(partial, Guide.html(), StandardCharsets.UTF_8);
		return Files.move(partial, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}
}
