package org.ptl.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.ptl.sim.conform.ConformanceFinding;
import org.ptl.sim.conform.ConformanceReport;
import org.ptl.sim.conform.Maplet;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** A conformance report as one JSON object: counts, findings, tables and (when asked) abstract views. */
final class ConformJson {

	private ConformJson() {
	}

	static void print(PrintWriter out, String trace, String binding, ConformanceReport report, boolean views) {
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(of(trace, binding, report, views)));
	}

	/** The report as {@code ptl conform --format json} prints it (the language server's answer too). */
	static JsonObject of(String trace, String binding, ConformanceReport report, boolean views) {
		JsonObject root = new JsonObject();
		root.addProperty("trace", trace);
		root.addProperty("binding", binding);
		root.addProperty("records", report.records());
		root.addProperty("conforms", report.conforms());
		root.addProperty("errors", report.errors());
		root.addProperty("warnings", report.warnings());
		root.addProperty("omitted", report.omitted());
		JsonArray tables = new JsonArray();
		report.tables().forEach(tables::add);
		root.add("tables", tables);
		JsonArray findings = new JsonArray();
		for (ConformanceFinding finding : report.findings()) {
			JsonObject item = new JsonObject();
			item.addProperty("check", finding.check().id());
			item.addProperty("severity", finding.warning() ? "warning" : "error");
			item.addProperty("line", finding.line());
			item.addProperty("record", finding.record());
			item.addProperty("src", finding.src());
			item.addProperty("message", finding.message());
			JsonArray details = new JsonArray();
			finding.details().forEach(details::add);
			item.add("details", details);
			findings.add(item);
		}
		root.add("findings", findings);
		if (views) {
			JsonObject all = new JsonObject();
			for (Map.Entry<String, List<Maplet>> view : report.views().entrySet()) {
				JsonArray ranges = new JsonArray();
				for (Maplet maplet : view.getValue()) {
					JsonObject range = new JsonObject();
					range.addProperty("start", hex(maplet.start()));
					range.addProperty("end", hex(maplet.end()));
					range.addProperty("mapped", maplet.mapped());
					if (maplet.mapped()) {
						range.addProperty("output", hex(maplet.output()));
						range.addProperty("attributes", maplet.attributes());
					} else if (maplet.owner() >= 0) {
						range.addProperty("owner", maplet.owner());
					}
					if (!maplet.state().isEmpty()) {
						range.addProperty("state", maplet.state());
					}
					ranges.add(range);
				}
				all.add(view.getKey(), ranges);
			}
			root.add("abstract", all);
		}
		return root;
	}

	private static String hex(long value) {
		return "0x" + Long.toHexString(value);
	}
}
