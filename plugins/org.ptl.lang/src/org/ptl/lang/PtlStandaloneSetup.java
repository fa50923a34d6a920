package org.ptl.lang;

import org.eclipse.emf.ecore.EPackage;
import org.ptl.model.PtlPackage;

import com.google.inject.Injector;

/**
 * Initializes PTL outside Eclipse: registers the PTL metamodel (it lives in org.ptl.model, so the
 * generated setup does not) and the .ptl resource factory, and creates the language's injector.
 */
public class PtlStandaloneSetup extends PtlStandaloneSetupGenerated {

	public static void doSetup() {
		new PtlStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/**
	 * The package must be registered before the injector exists: creating it registers the
	 * validator for the package it finds under the PTL namespace.
	 */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		EPackage.Registry.INSTANCE.putIfAbsent(PtlPackage.eNS_URI, PtlPackage.eINSTANCE);
		return super.createInjectorAndDoEMFRegistration();
	}
}
