package org.ptl.sim.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.ptl.lang.PtlStandaloneSetup;
import org.ptl.model.Operations;
import org.ptl.model.PtlModel;
import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.kvm.OperationSet;
import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.walk.WalkPolicy;
import org.ptl.sim.walk.Walker;

/**
 * What every benchmark runs on: the bundled arm64 stage-2 format for a 40-bit IPA
 * (examples/arm64/stage2_4k_40.ptl) with Linux 6.12's operations (examples/kvm/stage2_6_12.ptl),
 * parsed once with the PTL language and compiled for the engine; and fresh page tables with the
 * library over them, as a VM's stage 2 would have. Parsing is set-up only: the code measured is
 * org.ptl.sim's.
 */
final class Stage2Setup {

	static final String OPERATIONS = "kvm_stage2_6_12";
	static final String FORMAT = "arm64_s2_4k_40";

	static final long GIB = 1L << 30;
	static final long PAGE = 1L << 12;
	/** The range mapped: 1 GiB of IPA from 1 GiB up (one level-1 entry of the first root page). */
	static final long IPA = GIB;
	static final long SIZE = GIB;
	static final long LEAVES = SIZE / PAGE;
	/**
	 * Output addresses start 4 KiB past a 2 MiB boundary, so that no level-1 or level-2 block fits
	 * and map installs 4K pages, as KVM does for guest memory that is not block-aligned in the host.
	 */
	static final long PHYS = 0x8000_1000L;

	final FormatCodec codec;
	final OperationSet operations;
	/** R | W: normal, inner-shareable, accessed, read-write, not executable. */
	final long prot;

	private Stage2Setup(FormatCodec codec, OperationSet operations) {
		this.codec = codec;
		this.operations = operations;
		this.prot = operations.flags().of(List.of("R", "W"));
	}

	/** Parses the examples under the checkout (system property ptl.root, else the working directory). */
	static Stage2Setup load() {
		Path root = Path.of(System.getProperty("ptl.root", ".")).toAbsolutePath().normalize();
		Path file = root.resolve("examples/kvm/stage2_6_12.ptl");
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException(file + " not found: run from the checkout or set -Dptl.root");
		}
		XtextResourceSet resources = new PtlStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		resources.getLoadOptions().put(XtextResource.OPTION_ENCODING, "UTF-8");
		Resource resource = resources.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil.resolveAll(resources);
		for (Resource loaded : resources.getResources()) {
			if (!loaded.getErrors().isEmpty()) {
				throw new IllegalStateException(loaded.getURI() + ": " + loaded.getErrors().get(0).getMessage());
			}
		}
		Operations operations = null;
		for (EObject element : ((PtlModel) resource.getContents().get(0)).getElements()) {
			if (element instanceof Operations candidate && OPERATIONS.equals(candidate.getName())) {
				operations = candidate;
			}
		}
		if (operations == null || operations.getFormat() == null || !FORMAT.equals(operations.getFormat().getName())) {
			throw new IllegalStateException(file + ": no operations " + OPERATIONS + " for " + FORMAT);
		}
		FormatCodec codec = FormatCodec.compile(operations.getFormat());
		return new Stage2Setup(codec, OperationSet.compile(operations, codec));
	}

	/**
	 * An empty table with the library over it: Linux's default walker policy, a memcache that never
	 * runs dry, and maintenance (TLBI, DC, IC) not recorded, as nothing reads it here.
	 */
	PgtableLibrary newLibrary() {
		return new PgtableLibrary(new PageTable(codec, 0), operations, new Walker(WalkPolicy.linuxDefault()),
				Memcache.of(Memcache.UNLIMITED), Maintenance.NONE);
	}

	/** Maps the whole range; fails loudly, as a benchmark of a failing map would measure nothing. */
	void populate(PgtableLibrary library) {
		expectZero("map", library.map(IPA, SIZE, PHYS, prot, 0));
	}

	void clear(PgtableLibrary library) {
		expectZero("unmap", library.unmap(IPA, SIZE));
	}

	static void expectZero(String what, int ret) {
		if (ret != 0) {
			throw new IllegalStateException(what + " returned " + ret);
		}
	}
}
