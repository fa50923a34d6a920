package org.ptl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.ptl.model.Binding;
import org.ptl.model.Format;
import org.ptl.model.PtlPackage;
import org.ptl.sim.casemate.CasemateReadAhead;
import org.ptl.sim.conform.ConformanceFinding;
import org.ptl.sim.conform.ConformanceReport;
import org.ptl.sim.conform.ConformanceRun;
import org.ptl.sim.conform.ConformanceText;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Trace conformance in the language server: the command {@value #COMMAND} checks a casemate trace
 * (a file, by URI or path) against a binding or format of the workspace, as {@code ptl conform} does,
 * publishes its findings as diagnostics on the trace (error or warning at the record's line, the
 * check id as code, the details under the message), and answers with the report as
 * {@code ptl conform --format json} prints it, whether anything was checked, and its text. A spec with errors, an
 * unknown name or an unreadable trace is an answer that says so, with nothing published.
 */
final class LspConformance implements IExecutableCommandService {

	static final String COMMAND = "ptl.conform";
	private static final int RECORDS_PER_CANCEL_CHECK = 1 << 14;

	@Override
	public List<String> initialize() {
		return List.of(COMMAND);
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancel) {
		List<String> arguments = params.getArguments() == null ? List.of()
				: params.getArguments().stream().map(LspConformance::text).toList();
		if (!COMMAND.equals(params.getCommand()) || arguments.size() != 2) {
			return failure("usage: " + COMMAND + " TRACE BINDING_OR_FORMAT (the trace's URI or path, a name in the workspace)");
		}
		Path trace;
		try {
			trace = arguments.get(0).startsWith("file:") ? Path.of(URI.create(arguments.get(0))) : Path.of(arguments.get(0));
		} catch (IllegalArgumentException bad) { // an InvalidPathException too
			return failure(arguments.get(0) + ": not a file URI or path");
		}
		String name = arguments.get(1);
		IEObjectDescription spec = access.doReadIndex(index -> find(index, name)).join();
		if (spec == null) {
			return failure("no binding or format '" + name + "' in the workspace");
		}
		return access.doSyncRead(spec.getEObjectURI().trimFragment().toString(), context -> {
			if (!context.getResource().getErrors().isEmpty()) {
				return failure(context.getResource().getURI().lastSegment() + " has errors: not checking the trace");
			}
			EObject element = context.getResource().getResourceSet().getEObject(spec.getEObjectURI(), true);
			ConformanceRun run = element instanceof Binding binding ? new ConformanceRun(binding)
					: new ConformanceRun((Format) element);
			try (InputStream in = Files.newInputStream(trace); CasemateReadAhead reader = new CasemateReadAhead(in)) {
				for (long records = 1; reader.readNext(run); records++) {
					if (records % RECORDS_PER_CANCEL_CHECK == 0 && cancel.isCanceled()) {
						return failure("cancelled");
					}
				}
			} catch (IOException unreadable) {
				return failure(trace + ": cannot read the trace (" + unreadable.getMessage() + ")");
			}
			ConformanceReport report = run.report();
			String traceUri = trace.toUri().toString();
			access.getLanguageClient().publishDiagnostics(new PublishDiagnosticsParams(traceUri, diagnostics(report)));
			return answer(trace.toString(), name, report);
		});
	}

	private static IEObjectDescription find(ILanguageServerAccess.IndexContext index, String name) {
		for (var type : List.of(PtlPackage.Literals.BINDING, PtlPackage.Literals.FORMAT)) {
			for (IEObjectDescription description : index.getIndex().getExportedObjectsByType(type)) {
				if (name.equals(description.getQualifiedName().toString())
						|| name.equals(description.getQualifiedName().getLastSegment())) {
					return description;
				}
			}
		}
		return null;
	}

	private static List<Diagnostic> diagnostics(ConformanceReport report) {
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (ConformanceFinding finding : report.findings()) {
			int line = (int) Math.max(0, finding.line() - 1);
			// the whole line: from its start to the start of the next
			Range range = new Range(new Position(line, 0), new Position(line + 1, 0));
			String message = finding.message() + (finding.details().isEmpty() ? "" : "\n" + String.join("\n", finding.details()));
			Diagnostic diagnostic = new Diagnostic(range, message,
					finding.warning() ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, "ptl conform",
					finding.check().id());
			diagnostics.add(diagnostic);
		}
		return diagnostics;
	}

	/** The report as {@code ptl conform --format json} gives it, with whether anything was checked and its text. */
	private static JsonObject answer(String trace, String spec, ConformanceReport report) {
		JsonObject answer = ConformJson.of(trace, spec, report, false);
		answer.addProperty("checked", report.checkedAnything());
		answer.addProperty("text", String.join("\n", ConformanceText.lines(trace, spec, report, false)));
		return answer;
	}

	private static JsonObject failure(String message) {
		JsonObject answer = new JsonObject();
		answer.addProperty("error", message);
		return answer;
	}

	private static String text(Object argument) {
		return argument instanceof JsonPrimitive primitive ? primitive.getAsString() : String.valueOf(argument);
	}
}
