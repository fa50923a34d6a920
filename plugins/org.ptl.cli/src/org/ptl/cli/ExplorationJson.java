package org.ptl.cli;

import java.io.PrintWriter;
import java.util.List;

import org.ptl.sim.layout.LayoutProofText;
import org.ptl.sim.explore.ExplorationResult;
import org.ptl.sim.explore.TraceStep;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Explorations as one JSON document: per model, the verdict, the trace, the bound, the statistics. */
final class ExplorationJson {

	private ExplorationJson() {
	}

	record Explored(String where, ExplorationResult result) {
	}

	/** A layout proof and where the layout is. */
	record Proved(String where, org.ptl.sim.layout.LayoutProof proof) {
	}

	static void print(PrintWriter out, List<Explored> explorations) {
		print(out, explorations, List.of());
	}

	static void print(PrintWriter out, List<Explored> explorations, List<Proved> proofs) {
		print(out, explorations, proofs, new JsonArray());
	}

	/** With the concurrent scenarios explored, as RaceExplore made them. */
	static void print(PrintWriter out, List<Explored> explorations, List<Proved> proofs, JsonArray races) {
		JsonArray models = new JsonArray();
		for (Explored explored : explorations) {
			models.add(model(explored));
		}
		JsonObject json = new JsonObject();
		json.add("models", models);
		if (!proofs.isEmpty()) {
			JsonArray layouts = new JsonArray();
			for (Proved proved : proofs) {
				layouts.add(layout(proved));
			}
			json.add("layouts", layouts);
		}
		if (!races.isEmpty()) {
			json.add("scenarios", races);
		}
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json));
		out.flush();
	}

	private static JsonObject layout(Proved proved) {
		org.ptl.sim.layout.LayoutProof proof = proved.proof();
		JsonObject json = new JsonObject();
		json.addProperty("layout", proof.layout().getName());
		json.addProperty("where", proved.where());
		json.addProperty("verdict", proof.verdict().name().toLowerCase());
		json.addProperty("classes", proof.classes());
		json.addProperty("freeBits", proof.symbolicBits());
		json.addProperty("seconds", proof.time().toNanos() / 1e9);
		JsonArray properties = new JsonArray();
		for (org.ptl.sim.layout.LayoutProof.Result result : proof.results()) {
			JsonObject item = new JsonObject();
			item.addProperty("property", result.description());
			item.addProperty("verdict", result.verdict().name().toLowerCase());
			if (result.counterexample() != null) {
				JsonObject inputs = new JsonObject();
				result.counterexample().forEach((input, value) -> inputs.addProperty(input.getName(), "0x" + Long.toHexString(value)));
				item.add("counterexample", inputs);
				item.addProperty("failure", LayoutProofText.counterexample(proof.layout(), result));
			}
			properties.add(item);
		}
		json.add("properties", properties);
		return json;
	}

	private static JsonObject model(Explored explored) {
		ExplorationResult result = explored.result();
		JsonObject json = new JsonObject();
		json.addProperty("model", result.model());
		json.addProperty("where", explored.where());
		json.addProperty("verdict", result.verdict().name().toLowerCase());
		JsonArray broken = new JsonArray();
		result.broken().forEach(broken::add);
		json.add("broken", broken);
		json.addProperty("deadlock", result.deadlock());
		JsonArray trace = new JsonArray();
		for (TraceStep step : result.trace()) {
			JsonObject item = new JsonObject();
			item.addProperty("step", step.text());
			item.addProperty("transition", step.transition());
			item.addProperty("page", step.page());
			item.addProperty("initiator", step.initiator());
			if (step.completer() != null) {
				item.addProperty("completer", step.completer());
			}
			JsonArray changes = new JsonArray();
			for (TraceStep.Change change : step.changes()) {
				JsonObject c = new JsonObject();
				c.addProperty("subject", change.subject());
				c.addProperty("before", change.before());
				c.addProperty("after", change.after());
				changes.add(c);
			}
			item.add("changes", changes);
			trace.add(item);
		}
		json.add("trace", trace);
		if (result.finalPage() != null) {
			json.addProperty("then", result.finalPage());
		}
		if (result.bound() != null) {
			json.addProperty("bound", result.bound());
		}
		JsonArray stuck = new JsonArray();
		result.stuckPages().forEach(stuck::add);
		json.add("stuckPages", stuck);
		ExplorationResult.Statistics stats = result.statistics();
		JsonObject statistics = new JsonObject();
		statistics.addProperty("pages", stats.pages());
		statistics.addProperty("familyMembers", stats.familyMembers());
		statistics.addProperty("symmetry", stats.symmetry());
		statistics.addProperty("states", stats.states());
		statistics.addProperty("unreducedStates", stats.unreducedStates());
		statistics.addProperty("transitions", stats.transitions());
		statistics.addProperty("depth", stats.depth());
		statistics.addProperty("pageValues", stats.pageValues());
		statistics.addProperty("stateBits", stats.stateBits());
		statistics.addProperty("bytes", stats.bytes());
		statistics.addProperty("bytesPerState", stats.bytesPerState());
		statistics.addProperty("statesPerSecond", stats.statesPerSecond());
		statistics.addProperty("seconds", stats.elapsedNanos() / 1e9);
		json.add("statistics", statistics);
		JsonArray notes = new JsonArray();
		result.notes().forEach(notes::add);
		json.add("notes", notes);
		return json;
	}
}
