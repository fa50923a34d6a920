package org.ptl.cli;

import org.ptl.sim.monitor.Violation;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** A break-before-make violation as JSON: the rule, its message, the CPU, the entry and both descriptors. */
final class MonitorJson {

	private MonitorJson() {
	}

	/** Violations as an array, empty when the step is clean. */
	static JsonArray all(java.util.List<Violation> violations) {
		JsonArray array = new JsonArray();
		for (Violation violation : violations) {
			array.add(of(violation));
		}
		return array;
	}

	static JsonObject of(Violation violation) {
		JsonObject json = new JsonObject();
		json.addProperty("rule", violation.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		json.addProperty("message", violation.message());
		json.addProperty("cpu", violation.cpu());
		json.addProperty("event", violation.event());
		json.addProperty("table", violation.table());
		json.addProperty("entry", "0x" + Long.toHexString(violation.entry()));
		if (violation.level() != Integer.MIN_VALUE) {
			json.addProperty("level", violation.level());
			json.addProperty("address", "0x" + Long.toHexString(violation.address()));
			json.addProperty("before", "0x" + Long.toHexString(violation.before()));
			json.addProperty("beforeDecoded", violation.beforeText());
			json.addProperty("after", "0x" + Long.toHexString(violation.after()));
			json.addProperty("afterDecoded", violation.afterText());
		}
		if (!violation.detail().isEmpty()) {
			json.addProperty("detail", violation.detail());
		}
		return json;
	}
}
