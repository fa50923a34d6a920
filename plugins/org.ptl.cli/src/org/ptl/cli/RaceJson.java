package org.ptl.cli;

import java.util.SortedSet;

import org.ptl.sim.Errno;
import org.ptl.sim.race.CpuSummary;
import org.ptl.sim.race.RaceFailure;
import org.ptl.sim.race.RaceReport;
import org.ptl.sim.race.StepRecord;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A concurrent block's report as JSON: what was explored, each CPU's results, each failure with its
 * shortest schedule (CPU names, RCU as "rcu") and the interleaving shown, step by step.
 */
final class RaceJson {

	private RaceJson() {
	}

	static JsonObject of(RaceReport report) {
		JsonObject json = new JsonObject();
		json.addProperty("mode", report.mode().name().toLowerCase(java.util.Locale.ROOT));
		json.addProperty("passed", report.passed());
		if (report.states() >= 0) {
			json.addProperty("states", report.states());
			json.addProperty("transitions", report.transitions());
		}
		json.addProperty("interleavings", report.interleavings());
		json.addProperty("finalStates", report.finals());
		json.addProperty("seconds", report.nanos() / 1e9);
		json.addProperty("reduction", report.reduction());
		json.addProperty("bounded", report.bounded());
		json.addProperty("eventsRun", report.steps());
		json.addProperty("runs", report.runs());
		JsonArray cpus = new JsonArray();
		for (CpuSummary summary : report.summaries()) {
			JsonObject cpu = new JsonObject();
			cpu.addProperty("name", summary.name());
			JsonArray results = new JsonArray();
			for (SortedSet<Long> seen : summary.results()) {
				JsonArray op = new JsonArray();
				seen.forEach(result -> op.add(Errno.text(result)));
				results.add(op);
			}
			cpu.add("results", results);
			if (summary.maxRetries() >= 0 || report.states() >= 0) {
				cpu.addProperty("maxRetries", summary.maxRetries() < 0 ? "unbounded" : Integer.toString(summary.maxRetries()));
			}
			cpu.addProperty("terminates", summary.terminates());
			cpus.add(cpu);
		}
		json.add("cpus", cpus);
		JsonArray failures = new JsonArray();
		for (RaceFailure failure : report.failures()) {
			JsonObject object = new JsonObject();
			object.addProperty("kind", failure.kind().name().toLowerCase(java.util.Locale.ROOT));
			object.addProperty("message", failure.message());
			object.add("schedule", names(report, failure.schedule()));
			if (failure.cycle().length > 0) {
				object.add("cycle", names(report, failure.cycle()));
			}
			object.add("breakBeforeMake", MonitorJson.all(failure.violations()));
			failures.add(object);
		}
		json.add("failures", failures);
		JsonArray steps = new JsonArray();
		int number = 0;
		for (StepRecord step : report.shown()) {
			JsonObject object = new JsonObject();
			object.addProperty("step", ++number);
			object.addProperty("cpu", step.cpu() < 0 ? "rcu" : report.cpus().get(step.cpu()));
			object.addProperty("line", step.line());
			JsonArray events = new JsonArray();
			step.events().forEach(events::add);
			object.add("events", events);
			object.add("breakBeforeMake", MonitorJson.all(step.violations()));
			steps.add(object);
		}
		json.add("interleaving", steps);
		return json;
	}

	private static JsonArray names(RaceReport report, int[] schedule) {
		JsonArray names = new JsonArray();
		for (int cpu : schedule) {
			names.add(cpu < report.cpus().size() ? report.cpus().get(cpu) : "rcu");
		}
		return names;
	}
}
