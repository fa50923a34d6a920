package org.ptl.cli;

import java.io.PrintWriter;
import java.util.List;

import org.ptl.sim.trace.PteChange;
import org.ptl.sim.trace.ScenarioTrace;
import org.ptl.sim.trace.StateChange;
import org.ptl.sim.trace.TraceEntry;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Traces as one JSON document: {"scenarios": [...], "summary": {...}}. */
final class JsonTrace {

	private JsonTrace() {
	}

	static void print(PrintWriter out, List<ScenarioTrace> traces) {
		JsonObject document = new JsonObject();
		JsonArray scenarios = new JsonArray();
		for (ScenarioTrace trace : traces) {
			scenarios.add(scenario(trace));
		}
		document.add("scenarios", scenarios);
		JsonObject summary = new JsonObject();
		long passed = traces.stream().filter(ScenarioTrace::passed).count();
		summary.addProperty("scenarios", traces.size());
		summary.addProperty("passed", passed);
		summary.addProperty("failed", traces.size() - passed);
		document.add("summary", summary);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(document));
		out.flush();
	}

	private static JsonObject scenario(ScenarioTrace trace) {
		JsonObject scenario = new JsonObject();
		scenario.addProperty("name", trace.name());
		scenario.addProperty("line", trace.line());
		scenario.addProperty("passed", trace.passed());
		if (trace.error() != null) {
			scenario.addProperty("error", trace.error());
		}
		JsonArray entries = new JsonArray();
		for (TraceEntry entry : trace.entries()) {
			entries.add(switch (entry) {
			case TraceEntry.Step step -> step(step);
			case TraceEntry.Check check -> check(check);
			case TraceEntry.Race race -> race(race);
			});
		}
		scenario.add("trace", entries);
		return scenario;
	}

	private static JsonObject step(TraceEntry.Step step) {
		JsonObject json = new JsonObject();
		json.addProperty("type", "step");
		json.addProperty("line", step.line());
		json.addProperty("step", step.text());
		json.addProperty("result", step.result());
		JsonArray ptes = new JsonArray();
		for (PteChange change : step.ptes()) {
			JsonObject pte = new JsonObject();
			pte.addProperty("table", change.table());
			pte.addProperty("level", change.level());
			pte.addProperty("index", change.index());
			pte.addProperty("address", hex(change.address()));
			pte.addProperty("before", hex(change.before()));
			pte.addProperty("after", hex(change.after()));
			pte.add("fields", strings(change.fields()));
			ptes.add(pte);
		}
		json.add("ptes", ptes);
		JsonArray states = new JsonArray();
		for (StateChange change : step.states()) {
			JsonObject state = new JsonObject();
			state.addProperty(change.counter() ? "counter" : "component", change.owner());
			state.addProperty("page", change.page());
			state.addProperty("before", change.before());
			state.addProperty("after", change.after());
			states.add(state);
		}
		json.add("states", states);
		json.add("events", strings(step.events()));
		json.add("violations", strings(step.violations()));
		json.add("breakBeforeMake", MonitorJson.all(step.monitor()));
		return json;
	}

	private static JsonObject race(TraceEntry.Race race) {
		JsonObject json = RaceJson.of(race.report());
		json.addProperty("type", "concurrently");
		json.addProperty("line", race.line());
		json.addProperty("block", race.text());
		return json;
	}

	private static JsonObject check(TraceEntry.Check check) {
		JsonObject json = new JsonObject();
		json.addProperty("type", "expect");
		json.addProperty("line", check.line());
		json.addProperty("expect", check.text());
		json.addProperty("passed", check.passed());
		if (check.detail() != null) {
			json.addProperty("found", check.detail());
		}
		return json;
	}

	private static JsonArray strings(java.util.List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}

	private static String hex(long value) {
		return "0x" + Long.toHexString(value);
	}
}
