package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.Test;
import org.ptl.ui.decoder.DecoderView;

/**
 * The PTE decoder view reads a known stage-2 page descriptor: its kind, its fields with enum names,
 * the pKVM state its software bits encode; and editing a field writes the new value back.
 */
class DecoderViewTest {

	/** valid, page, S2AP rw, AF, and SW0 set: pKVM v5.15's SHARED_OWNED. */
	private static final String VALUE = "0x00800000000004c3";

	@Test
	void aStage2PageDecodesToItsFieldsAndOwnershipState() throws CoreException {
		Workbench.examplesProject("ptl-decoder-examples");
		DecoderView view = Workbench.ui(() -> {
			try {
				return (DecoderView) Workbench.page().showView(DecoderView.ID);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		Workbench.waitUntil("the workspace's formats", Duration.ofSeconds(60), () -> Workbench.ui(view::formatsLoaded));
		assertTrue(Workbench.ui(() -> view.show("arm64_s2_4k", 3, VALUE)), "the format arm64_s2_4k is offered");
		List<String> rows = Workbench.ui(() -> view.rows().stream()
				.map(row -> row.name() + " " + row.bits() + " " + row.value() + " " + row.meaning()).toList());
		assertTrue(rows.get(0).contains("page descriptor"), rows.toString());
		assertTrue(rows.stream().anyMatch(row -> row.startsWith("s2ap [7:6] 3 rw")), rows.toString());
		assertTrue(rows.stream().anyMatch(row -> row.startsWith("claim pkvm.state") && row.contains("SHARED_OWNED")),
				rows.toString());
		Workbench.screenshotOf(DecoderView.ID, "decoder-view");

		Workbench.ui(() -> {
			var s2ap = view.rows().stream().filter(row -> row.name().equals("s2ap")).findFirst().orElseThrow();
			view.show("arm64_s2_4k", 3, String.format("0x%016x", s2ap.with(Long.decode(VALUE), 1)));
		});
		assertEquals("0x0080000000000443", Workbench.ui(view::valueText));
		assertTrue(Workbench.ui(() -> view.rows().stream().anyMatch(row -> row.name().equals("s2ap") && row.meaning().equals("ro"))));
	}
}
