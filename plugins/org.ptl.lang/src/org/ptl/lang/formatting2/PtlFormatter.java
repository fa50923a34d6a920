package org.ptl.lang.formatting2;

import static org.ptl.lang.formatting2.LineLayout.followsOpeningBrace;
import static org.ptl.lang.formatting2.LineLayout.lines;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.ptl.lang.util.PtlNames;
import org.ptl.model.Binding;
import org.ptl.model.ClaimSet;
import org.ptl.model.ConcurrentBlock;
import org.ptl.model.Cpu;
import org.ptl.model.Descriptor;
import org.ptl.model.Encoding;
import org.ptl.model.Format;
import org.ptl.model.Import;
import org.ptl.model.Layout;
import org.ptl.model.Named;
import org.ptl.model.Operation;
import org.ptl.model.Operations;
import org.ptl.model.OwnershipModel;
import org.ptl.model.PtlModel;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.Scenario;
import org.ptl.model.SeverityDirective;
import org.ptl.model.Transition;
import org.ptl.model.WalkerPolicy;

/**
 * Formats PTL the way the bundled examples are written: one space between tokens (none inside bit
 * ranges and level ranges), one member per line indented by four spaces, blank lines between
 * top-level elements, descriptors and transitions, and the names of fields, states and encoded
 * states padded so that what follows them lines up in a column.
 */
public class PtlFormatter extends AbstractJavaFormatter {

	private static final String INDENT = "    ";

	/** Lists that may wrap (the fields a claim set is on) wrap before this column. */
	private static final int MAX_LINE_WIDTH = 120;

	@Override
	protected void initialize(FormatterRequest request) {
		MapBasedPreferenceValues preferences = request.getPreferences() == null ? new MapBasedPreferenceValues()
				: new MapBasedPreferenceValues(request.getPreferences(), new java.util.HashMap<>());
		preferences.put(FormatterPreferenceKeys.indentation, INDENT);
		preferences.put(FormatterPreferenceKeys.lineSeparator, "\n");
		preferences.put(FormatterPreferenceKeys.maxLineWidth, MAX_LINE_WIDTH);
		request.setPreferences(preferences);
		super.initialize(request);
	}

	/** Blank lines after a trailing line comment count like any other (see {@link CommentAwareWhitespace}). */
	@Override
	public org.eclipse.xtext.formatting2.ITextReplacer createWhitespaceReplacer(
			org.eclipse.xtext.formatting2.regionaccess.ITextSegment hiddens,
			org.eclipse.xtext.formatting2.IHiddenRegionFormatting formatting) {
		return new CommentAwareWhitespace(hiddens, formatting);
	}

	protected void format(PtlModel model, IFormattableDocument doc) {
		TokenSpacing.apply(allSemanticRegions(model), doc);
		List<EObject> items = new ArrayList<>();
		items.addAll(model.getImports());
		items.addAll(model.getSeverities());
		items.addAll(model.getElements());
		items.sort(PtlNames::documentOrder);
		for (int i = 0; i < items.size(); i++) {
			EObject item = items.get(i);
			if (i > 0) {
				boolean sameGroup = sameGroup(items.get(i - 1), item);
				doc.prepend(item, it -> lines(it, sameGroup ? 1 : 2));
			}
			structure(item, doc);
		}
		if (!items.isEmpty()) {
			doc.append(items.get(items.size() - 1), it -> lines(it, 1));
		}
	}

	private void structure(EObject element, IFormattableDocument doc) {
		if (element instanceof Format format) {
			format(format, doc);
		} else if (element instanceof ClaimSet set) {
			wrapFieldList(set, doc);
			block(set, doc);
			members(set.getClaims(), doc);
		} else if (element instanceof OwnershipModel model) {
			ownership(model, doc);
		} else if (element instanceof Encoding encoding) {
			block(encoding, doc);
			List<EObject> entries = new ArrayList<>(encoding.getEntries());
			entries.addAll(encoding.getReserved());
			entries.sort(PtlNames::documentOrder);
			members(entries, doc);
			LineLayout.alignAfter(regions(), encoding.getEntries(), Literals.STATE_ENCODING__STATE, doc);
		} else if (element instanceof Operations operations) {
			operations(operations, doc);
		} else if (element instanceof WalkerPolicy policy) {
			block(policy, doc);
			keywordsOnOwnLines(policy, doc, "outcomes");
			eachOnOwnLine(policy.getRules(), doc);
		} else if (element instanceof Binding binding) {
			block(binding, doc);
			members(binding.getComponents(), doc);
		} else if (element instanceof Scenario scenario) {
			scenario(scenario, doc);
		} else if (element instanceof Layout layout) {
			LayoutFormatting.format(layout, doc, this::block, this::keepingBlankLines, this::members);
		} else if (element instanceof org.ptl.model.Protocol protocol) {
			protocols(doc).protocol(protocol, doc);
		} else if (element instanceof org.ptl.model.ProtocolScenario scenario) {
			protocols(doc).scenario(scenario, doc);
		}
	}

	private ProtocolFormatting protocols(IFormattableDocument doc) {
		return new ProtocolFormatting(doc, getTextRegionAccess(), this::block, this::keepingBlankLines,
				(element, keyword) -> keywordsOnOwnLines(element, doc, keyword), this::indent);
	}

	private void operations(Operations operations, IFormattableDocument doc) {
		block(operations, doc);
		keywordsOnOwnLines(operations, doc, "permissions", "lock", "owner", "output", "inject");
		for (Operation operation : operations.getOperations()) {
			doc.prepend(operation, it -> lines(it, 2));
			block(operation, doc);
			List<EObject> rules = new ArrayList<>(operation.getRejects());
			rules.addAll(operation.getRules());
			rules.sort(PtlNames::documentOrder);
			members(rules, doc);
		}
	}

	/** A scenario's set-up and steps one per line, the author's blank lines kept (at most one). */
	private void scenario(Scenario scenario, IFormattableDocument doc) {
		block(scenario, doc);
		List<EObject> members = new ArrayList<>(scenario.getTables());
		members.addAll(scenario.getInitialOwnership());
		members.addAll(scenario.getSteps());
		members.sort(PtlNames::documentOrder);
		for (String keyword : List.of("binding", "policy", "memory", "features")) {
			ISemanticRegion region = regionFor(scenario).keyword(keyword);
			if (region != null && !followsOpeningBrace(region)) {
				doc.prepend(region, it -> lines(it, 1, 2));
			}
		}
		keepingBlankLines(members, doc);
		for (EObject step : scenario.getSteps()) {
			if (step instanceof ConcurrentBlock concurrent) {
				block(concurrent, doc);
				members(concurrent.getCpus(), doc);
				for (Cpu cpu : concurrent.getCpus()) {
					block(cpu, doc);
					members(cpu.getOperations(), doc);
				}
			}
		}
	}

	/** Members one per line, in document order; a blank line the author left (to group them) is kept, more become one. */
	private void keepingBlankLines(List<EObject> members, IFormattableDocument doc) {
		for (EObject member : members) {
			ISemanticRegion first = getTextRegionAccess().regionForEObject(member).getPreviousHiddenRegion()
					.getNextSemanticRegion();
			if (!followsOpeningBrace(first)) {
				doc.prepend(member, it -> lines(it, 1, 2));
			}
		}
	}

	/** Puts each of the element's own keywords that are present at the start of a new line. */
	private void keywordsOnOwnLines(EObject element, IFormattableDocument doc, String... keywords) {
		for (String keyword : keywords) {
			ISemanticRegion region = regionFor(element).keyword(keyword);
			if (region != null) {
				doc.prepend(region, it -> lines(it, 1));
			}
		}
	}

	private void eachOnOwnLine(List<? extends EObject> members, IFormattableDocument doc) {
		for (EObject member : members) {
			doc.prepend(member, it -> lines(it, 1));
		}
	}

	/** A long 'claims x on a, b, c' list wraps after its commas, indented once more. */
	private void wrapFieldList(ClaimSet set, IFormattableDocument doc) {
		ISemanticRegion on = regionFor(set).keyword("on");
		ISemanticRegion open = regionFor(set).keyword("{");
		if (on == null || open == null) {
			return;
		}
		doc.set(on.getNextHiddenRegion(), open.getPreviousHiddenRegion(), this::indent);
		for (ISemanticRegion comma : regionFor(set).keywords(",")) {
			doc.append(comma, it -> {
				it.oneSpace();
				it.autowrap();
			});
		}
	}

	private void format(Format format, IFormattableDocument doc) {
		block(format, doc);
		boolean first = true;
		for (String keyword : List.of("granule", "input", "output", "levels", "root", "stride", "lpa2", "blocks",
				"descriptors")) {
			ISemanticRegion region = regionFor(format).keyword(keyword);
			if (region != null && !first) {
				doc.prepend(region, it -> lines(it, 1));
			}
			first &= region == null;
		}
		for (Descriptor descriptor : format.getDescriptors()) {
			doc.prepend(descriptor, it -> lines(it, 2));
			block(descriptor, doc);
			members(descriptor.getFields(), doc);
			LineLayout.alignAfter(regions(), descriptor.getFields(), Literals.NAMED__NAME, doc);
		}
	}

	private void ownership(OwnershipModel model, IFormattableDocument doc) {
		block(model, doc);
		members(model.getStates(), doc);
		ISemanticRegion initially = regionFor(model).keyword("initially");
		if (initially != null && !model.getStates().isEmpty()) {
			doc.prepend(initially, it -> lines(it, 1));
		}
		List<Named> withDescription = model.getStates().stream().filter(s -> s.getDescription() != null)
				.map(Named.class::cast).toList();
		LineLayout.alignAfter(regions(), withDescription, Literals.NAMED__NAME, doc);
		List<EObject> rest = new ArrayList<>(model.getComponents());
		rest.addAll(model.getCounters());
		rest.addAll(model.getTransitions());
		rest.addAll(model.getInvariants());
		boolean anythingBefore = !model.getStates().isEmpty() || initially != null;
		EObject previous = null;
		for (EObject member : rest) {
			boolean blank = member instanceof Transition || previous instanceof Transition
					|| previous != null && previous.eClass() != member.eClass();
			if (anythingBefore || previous != null) {
				doc.prepend(member, it -> lines(it, blank ? 2 : 1));
			}
			if (member instanceof Transition transition) {
				block(transition, doc);
				ISemanticRegion completer = regionFor(transition).keyword("completer");
				if (completer != null) {
					doc.prepend(completer, it -> lines(it, 1));
				}
				eachOnOwnLine(transition.getGuards(), doc);
				eachOnOwnLine(transition.getUpdates(), doc);
			}
			previous = member;
		}
	}

	/** Contents of the element's braces on their own lines, indented; the closing brace on its own. */
	private void block(EObject element, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(element).keyword("{");
		ISemanticRegion close = regionFor(element).keyword("}");
		if (open == null || close == null) {
			return;
		}
		doc.interior(open, close, this::indent);
		if (open.getNextSemanticRegion() != close) {
			doc.append(open, it -> lines(it, 1));
		}
		doc.prepend(close, it -> lines(it, 1));
	}

	private void members(List<? extends EObject> members, IFormattableDocument doc) {
		for (int i = 1; i < members.size(); i++) {
			doc.prepend(members.get(i), it -> lines(it, 1));
		}
	}

	private org.eclipse.xtext.formatting2.regionaccess.ITextRegionExtensions regions() {
		return getTextRegionAccess().getExtensions();
	}

	private static boolean sameGroup(EObject previous, EObject next) {
		return previous instanceof Import && next instanceof Import
				|| previous instanceof SeverityDirective && next instanceof SeverityDirective;
	}
}
