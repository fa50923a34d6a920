package org.ptl.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.ptl.lang.validation.PtlCheck;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ptl checks}: lists every check with its id, default severity and what it reports, the ids
 * that {@code --severity} and {@code severity "id" level} take.
 */
@Command(name = "checks", description = "List every check: id, default severity, what it reports.")
final class ChecksCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text or json")
	private ReportFormat format;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		if (format == ReportFormat.json) {
			JsonArray checks = new JsonArray();
			for (PtlCheck check : PtlCheck.values()) {
				JsonObject entry = new JsonObject();
				entry.addProperty("id", check.id());
				entry.addProperty("default", check.defaultLevel().getLiteral());
				entry.addProperty("adjustable", check.adjustable());
				entry.addProperty("summary", check.summary());
				checks.add(entry);
			}
			out.println(new GsonBuilder().setPrettyPrinting().create().toJson(checks));
		} else {
			for (PtlCheck check : PtlCheck.values()) {
				out.printf("%-28s %-8s %s%s%n", check.id(), check.defaultLevel().getLiteral(), check.summary(),
						check.adjustable() ? "" : " (always an error)");
			}
		}
		out.flush();
		return ExitCodes.OK;
	}
}
