package org.ptl.sim.conform;

import org.ptl.model.ComponentBinding;
import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.monitor.Stage;
import org.ptl.sim.own.StateCodec;

/**
 * A table a trace installed: its root, the lock that protects it, its format and regime, and the
 * component of the binding it belongs to (with the component's state encoding), when there is one.
 *
 * @param name      how reports call it: the component instance ("host", "guest[1]"), or the root
 * @param root      the physical address of its first root page
 * @param lock      the address of its lock (from set_root_lock), or -1
 * @param codec     its format
 * @param stage     stage 2 (VTTBR_EL2) or the EL2 stage 1 (TTBR0_EL2)
 * @param component where the binding places the component, or null
 * @param states    the component's state encoding in its PTEs, or null (no component, or a side table)
 */
public record TraceTable(String name, long root, long lock, FormatCodec codec, Stage stage, ComponentBinding component,
		StateCodec states) {

	/** The input address at which the component maps a physical address. */
	public long inputOf(long physical) {
		return component == null ? physical : physical + component.getOffset();
	}

	/** The physical address an input address of the component stands for. */
	public long physicalOf(long input) {
		return component == null ? input : input - component.getOffset();
	}
}
