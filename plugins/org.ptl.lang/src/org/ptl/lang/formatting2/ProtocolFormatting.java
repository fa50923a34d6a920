package org.ptl.lang.formatting2;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.xbase.lib.Procedures;
import org.ptl.lang.util.PtlNames;
import org.ptl.model.Action;
import org.ptl.model.ActionStep;
import org.ptl.model.EachUpdate;
import org.ptl.model.Invariant;
import org.ptl.model.Protocol;
import org.ptl.model.ProtocolScenario;
import org.ptl.model.ProtocolUpdate;

/**
 * The layout of protocols and protocol scenarios: members one per line, the author's blank lines
 * kept (at most one); an action's guards and updates one per line, each step and each for-each
 * loop a block of its own; an invariant's predicate on its line or, as its author wrote it, on the
 * next one indented; a scenario's pages, members and steps one per line.
 */
final class ProtocolFormatting {

	private final IFormattableDocument document;
	private final ITextRegionAccess access;
	private final BiConsumer<EObject, IFormattableDocument> block;
	private final BiConsumer<List<EObject>, IFormattableDocument> keepingBlankLines;
	private final Consumer<EObject> onOwnLine;
	private final BiConsumer<EObject, String> keywordOnOwnLine;
	private final Procedures.Procedure1<? super IHiddenRegionFormatter> indent;

	ProtocolFormatting(IFormattableDocument document, ITextRegionAccess access,
			BiConsumer<EObject, IFormattableDocument> block, BiConsumer<List<EObject>, IFormattableDocument> keepingBlankLines,
			BiConsumer<EObject, String> keywordOnOwnLine, Procedures.Procedure1<? super IHiddenRegionFormatter> indent) {
		this.document = document;
		this.access = access;
		this.block = block;
		this.keepingBlankLines = keepingBlankLines;
		this.onOwnLine = member -> document.prepend(member, it -> LineLayout.lines(it, 1));
		this.keywordOnOwnLine = keywordOnOwnLine;
		this.indent = indent;
	}

	/** The predicate after an invariant's colon stays on its line, or on the next, indented, as written. */
	private void predicateMayWrap(Invariant invariant) {
		ISemanticRegion colon = access.getExtensions().regionFor(invariant).keyword(":");
		if (colon == null || invariant.getPredicate() == null) {
			return;
		}
		ISemanticRegion last = access.regionForEObject(invariant.getPredicate()).getNextHiddenRegion()
				.getPreviousSemanticRegion();
		document.set(colon.getNextHiddenRegion(), last.getNextHiddenRegion(), indent);
		document.append(colon, it -> LineLayout.lines(it, 0, 1));
	}

	void protocol(Protocol protocol, IFormattableDocument doc) {
		block.accept(protocol, doc);
		List<EObject> members = new ArrayList<>(protocol.getFamilies());
		members.addAll(protocol.getVariables());
		members.addAll(protocol.getActors());
		members.addAll(protocol.getActions());
		members.addAll(protocol.getInvariants());
		members.sort(PtlNames::documentOrder);
		keepingBlankLines.accept(members, doc);
		protocol.getInvariants().forEach(this::predicateMayWrap);
		for (Action action : protocol.getActions()) {
			block.accept(action, doc);
			body(action.getGuards(), action.getUpdates(), doc);
			for (ActionStep step : action.getSteps()) {
				onOwnLine.accept(step);
				block.accept(step, doc);
				body(step.getGuards(), step.getUpdates(), doc);
			}
		}
	}

	private void body(List<? extends EObject> guards, List<ProtocolUpdate> updates, IFormattableDocument doc) {
		List<EObject> lines = new ArrayList<>(guards);
		lines.addAll(updates);
		lines.sort(PtlNames::documentOrder);
		lines.forEach(onOwnLine);
		for (ProtocolUpdate update : updates) {
			if (update instanceof EachUpdate each) {
				block.accept(each, doc);
				body(List.of(), each.getUpdates(), doc);
			}
		}
	}

	void scenario(ProtocolScenario scenario, IFormattableDocument doc) {
		block.accept(scenario, doc);
		keywordOnOwnLine.accept(scenario, "pages");
		keywordOnOwnLine.accept(scenario, "members");
		keepingBlankLines.accept(new ArrayList<>(scenario.getSteps()), doc);
	}
}
