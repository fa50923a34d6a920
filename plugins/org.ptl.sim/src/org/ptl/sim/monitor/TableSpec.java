package org.ptl.sim.monitor;

import org.ptl.sim.format.FormatCodec;

/**
 * What the monitor knows of a table it watches: a name for messages, its format (which entries are
 * valid, tables, leaves; their fields for the break-before-make rule and for decoding), and the
 * regime it translates for, which decides the TLB invalidations that cover its entries.
 *
 * @param name  how messages call the table
 * @param codec its format
 * @param stage stage 2 or the EL2 stage 1
 */
public record TableSpec(String name, FormatCodec codec, Stage stage) {

	public BbmRule rule() {
		return new BbmRule(codec);
	}
}
