package org.ptl.lang.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.service.AbstractGenericModule;
import org.eclipse.xtext.util.CancelIndicator;
import org.ptl.lang.imports.ImportGraph;

import com.google.inject.Binder;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Scopes;

/**
 * The language's bindings that only the language server uses, mixed in after the runtime and IDE
 * modules: rename, references and formatting as the Eclipse editor does them, outline names and
 * kinds, semantic tokens, revalidation of importers, and no code generation while building (PTL's
 * generators run through {@code ptl generate}).
 */
public class PtlServerLanguageModule extends AbstractGenericModule {

	public Class<? extends IRenameService2> bindIRenameService2() {
		return PtlRenameService.class;
	}

	public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
		return PtlDocumentSymbolService.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return PtlFormattingService.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return PtlSymbols.Kinds.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return PtlSymbols.Names.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return PtlSymbols.Details.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return SemanticTokenStyles.class;
	}

	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return ImportAwareDescriptionManager.class;
	}

	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NeverGenerate.class;
	}

	public void configureImportGraph(Binder binder) {
		binder.bind(ImportGraph.class).in(Scopes.SINGLETON);
	}

	/** Imports are loaded through this language's own registry, never through a global one. */
	public void configureIResourceServiceProviderRegistry(Binder binder) {
		binder.bind(IResourceServiceProvider.Registry.class).toProvider(OwnRegistry.class).in(Scopes.SINGLETON);
	}

	/**
	 * A registry that knows this language only: Xtext looks imported files up in the registry its
	 * injector gives (the global one by default), and each server's language is registered nowhere
	 * else. The language is looked up when asked for, since it is being made when this is.
	 */
	public static class OwnRegistry implements Provider<IResourceServiceProvider.Registry> {

		@Inject
		private Provider<IResourceServiceProvider> language;

		@Override
		public IResourceServiceProvider.Registry get() {
			ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
			registry.getExtensionToFactoryMap().put("ptl",
					(IResourceServiceProvider.Provider) (uri, contentType) -> language.get());
			return registry;
		}
	}

	/** The builder never generates: nothing is written beside the user's files while they type. */
	public static class NeverGenerate implements IShouldGenerate {

		@Override
		public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
			return false;
		}
	}
}
