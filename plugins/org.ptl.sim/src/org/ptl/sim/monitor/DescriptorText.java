package org.ptl.sim.monitor;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.FieldKind;
import org.ptl.sim.format.DescriptorLayout;
import org.ptl.sim.format.FieldCodec;
import org.ptl.sim.format.FormatCodec;

/**
 * A descriptor decoded in one line for a report: its layout's name and every field that is not
 * fixed and not zero, by name and meaning ("page: memattr=normal, s2ap=rw, sh=inner, af=1,
 * oa=0x8000001000, xn=none").
 */
public final class DescriptorText {

	private DescriptorText() {
	}

	public static String of(FormatCodec codec, long value, int level) {
		if (value == 0) {
			return "empty";
		}
		if (level < codec.geometry().firstLevel() || level > codec.geometry().lastLevel()) {
			return "?";
		}
		DescriptorLayout layout = codec.layoutOf(value, level);
		if (layout == null) {
			return "no descriptor of level " + level;
		}
		List<String> fields = new ArrayList<>();
		for (FieldCodec field : layout.fields()) {
			long raw = field.get(value);
			if (raw != 0 && field.kind() != FieldKind.FIXED) {
				fields.add(field.name() + "=" + field.describe(raw));
			}
		}
		return fields.isEmpty() ? layout.name() : layout.name() + ": " + String.join(", ", fields);
	}
}
