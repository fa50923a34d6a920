package org.ptl.lang.ide.server;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.IFileSystemScanner;

import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.util.Modules;

/**
 * The server side of the PTL language server: Xtext's {@link ServerModule} with PTL's server, life
 * cycle, workspace and project managers, and the language given by its injector rather than found
 * through {@code META-INF/services} and the global EMF registries, so that every server (and every
 * test) has its own language with its own settings.
 */
public final class PtlServerModule extends AbstractModule {

	private static final String EXTENSION = "ptl";

	private final Injector language;

	private PtlServerModule(Injector language) {
		this.language = language;
	}

	/** Xtext's server module with PTL's bindings in place of its own. */
	public static Module create(Injector language) {
		return Modules.override(new ServerModule()).with(new PtlServerModule(language));
	}

	@Override
	protected void configure() {
		bind(LanguageServerImpl.class).to(PtlLanguageServer.class);
		bind(org.eclipse.lsp4j.services.LanguageServer.class).to(PtlLanguageServer.class);
		bind(ILanguageServerShutdownAndExitHandler.class).to(ILanguageServerShutdownAndExitHandler.NullImpl.class);
		bind(WorkspaceManager.class).to(PtlWorkspaceManager.class);
		bind(ProjectManager.class).to(PtlProjectManager.class);
		bind(IFileSystemScanner.class).to(SourceScanner.class);
		ResourceServiceProviderRegistryImpl languages = new ResourceServiceProviderRegistryImpl();
		languages.getExtensionToFactoryMap().put(EXTENSION, language.getInstance(IResourceServiceProvider.class));
		bind(IResourceServiceProvider.Registry.class).toInstance(languages);
	}

	/** Resource sets that make .ptl resources with this server's language, whatever is registered globally. */
	@Provides
	XtextResourceSet resourceSet() {
		XtextResourceSet resourceSet = language.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION,
				language.getInstance(IResourceFactory.class));
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, "UTF-8");
		return resourceSet;
	}
}
