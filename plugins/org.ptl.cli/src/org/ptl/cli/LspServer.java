package org.ptl.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.common.TerminalsStandaloneSetup;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.util.Modules2;
import org.ptl.lang.PtlRuntimeModule;
import org.ptl.lang.ide.PtlIdeModule;
import org.ptl.lang.ide.server.DeferredChecks;
import org.ptl.lang.ide.server.PtlServerLanguageModule;
import org.ptl.lang.ide.server.PtlServerLauncher;
import org.ptl.lang.validation.SeverityPolicy;
import org.ptl.model.PtlPackage;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The language server of {@code ptl lsp}: PTL's runtime, IDE and server bindings, with the
 * exploration and layout proofs of {@code ptl check} as deferred checks, and the command
 * {@code ptl.conform} ({@link LspConformance}), served on a pair of streams. Each call sets up a language of its own, so that severity settings never leak from one
 * server to another in one process (the tests run several).
 */
public final class LspServer {

	private LspServer() {
	}

	/**
	 * Serves one client until it says {@code exit} or closes the input.
	 *
	 * @param settings severity settings for every file, as {@code -s CHECK=LEVEL} gives them
	 * @return the exit code: 0 after {@code shutdown} and {@code exit}, 1 otherwise
	 */
	public static int run(InputStream in, OutputStream out, List<SeverityPolicy.Setting> settings) {
		Injector language = language();
		SeverityPolicy policy = language.getInstance(SeverityPolicy.class);
		settings.forEach(policy::override);
		return PtlServerLauncher.run(language, in, out);
	}

	static Injector language() {
		// as PtlStandaloneSetup does, but without registering this language globally
		EPackage.Registry.INSTANCE.putIfAbsent(PtlPackage.eNS_URI, PtlPackage.eINSTANCE);
		TerminalsStandaloneSetup.doSetup();
		return Guice.createInjector(Modules2.mixin(new PtlRuntimeModule(), new PtlIdeModule(),
				new PtlServerLanguageModule(), binder -> {
					binder.bind(DeferredChecks.class).to(ExplorationIssues.class);
					binder.bind(IExecutableCommandService.class).to(LspConformance.class);
				}));
	}
}
