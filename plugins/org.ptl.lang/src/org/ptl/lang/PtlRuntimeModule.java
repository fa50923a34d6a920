package org.ptl.lang;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.ptl.lang.resource.PtlResource;
import org.ptl.lang.scoping.TransitiveImportScopeProvider;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.eclipse.xtext.validation.IResourceValidator;
import org.ptl.lang.conversion.PtlValueConverters;
import org.ptl.lang.diagnostics.PtlSyntaxErrorMessageProvider;
import org.ptl.lang.linking.PtlLinkingDiagnosticMessageProvider;
import org.ptl.lang.validation.PtlDiagnosticConverter;
import org.ptl.lang.validation.PtlResourceValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * The runtime bindings of PTL beyond what the generator binds: imports by file name, PTL's number
 * formats, diagnostics worded for people and carrying check ids, and severities the user decides.
 */
public class PtlRuntimeModule extends AbstractPtlRuntimeModule {

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return TransitiveImportScopeProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PtlValueConverters.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return PtlLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return PtlSyntaxErrorMessageProvider.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return PtlResource.class;
	}

	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return PtlDiagnosticConverter.class;
	}

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return PtlResourceValidator.class;
	}

	/** EMF's own validator would repeat every unresolved name the linker already reports. */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}
}
