package org.ptl.lang.ide.quickfix;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.ptl.lang.validation.PtlCheck;
import org.ptl.model.Claim;
import org.ptl.model.Encoding;
import org.ptl.model.OwnershipModel;
import org.ptl.model.ReservedEncoding;
import org.ptl.model.StateEncoding;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The quick fixes PTL offers for an issue, as plain data: the Eclipse editor passes the
 * {@link Issue} of a marker and the resource it parsed, the language server an issue rebuilt from
 * an LSP diagnostic ({@link PtlQuickfixProvider}). The element an issue is about is found at the
 * issue's offset, so an issue needs no URI into the model, only its check id, offset, length and,
 * for {@code encoding.state-missing}, the state's name as data.
 */
@Singleton
public class PtlFixes {

	/** The checks that have fixes. */
	public static final Set<PtlCheck> FIXABLE = Set.of(PtlCheck.CLAIM_OVERLAP, PtlCheck.ENCODING_UNUSED, PtlCheck.ENCODING_DUPLICATE,
			PtlCheck.ENCODING_STATE_MISSING, PtlCheck.OWNERSHIP_UNKNOWN_STATE);

	/** The ids of {@link #FIXABLE}, as diagnostics carry them. */
	public static final Set<String> FIXABLE_IDS = FIXABLE.stream().map(PtlCheck::id)
			.collect(Collectors.toUnmodifiableSet());

	@Inject
	private EObjectAtOffsetHelper offsets;

	/** The fixes for the issue in the resource, best first; empty when PTL has none for it. */
	public List<PtlFix> fixesFor(XtextResource resource, Issue issue) {
		Optional<PtlCheck> check = PtlCheck.byId(issue.getCode()).filter(FIXABLE::contains);
		Integer offset = issue.getOffset();
		if (check.isEmpty() || offset == null) {
			return List.of();
		}
		EObject at = offsets.resolveContainedElementAt(resource, offset);
		if (at == null) {
			return List.of();
		}
		return switch (check.get()) {
		case CLAIM_OVERLAP -> container(at, Claim.class).flatMap(ClaimFixes::moveToFreeBits).stream().toList();
		case ENCODING_UNUSED -> container(at, Encoding.class).flatMap(EncodingFixes::reserveUnused).stream().toList();
		case ENCODING_DUPLICATE -> container(at, Encoding.class)
				.map(encoding -> DuplicateEncodingFixes.forEntry(encoding, entryOf(at))).orElse(List.of());
		case ENCODING_STATE_MISSING -> container(at, Encoding.class)
				.map(encoding -> EncodingFixes.accountFor(encoding, data(issue))).orElse(List.of());
		case OWNERSHIP_UNKNOWN_STATE -> StateFixes.declare(modelOf(at), textOf(resource, offset, issue.getLength()))
				.stream().toList();
		default -> List.of();
		};
	}

	/** The encoding entry (a state's or a reserved value) the element is, or is in. */
	private static EObject entryOf(EObject element) {
		EObject entry = EcoreUtil2.getContainerOfType(element, StateEncoding.class);
		return entry != null ? entry : EcoreUtil2.getContainerOfType(element, ReservedEncoding.class);
	}

	private static <T extends EObject> Optional<T> container(EObject element, Class<T> type) {
		return Optional.ofNullable(EcoreUtil2.getContainerOfType(element, type));
	}

	/**
	 * The model whose states a reference at the element is looked up in (the enclosing one, or an
	 * encoding's), when it is in the element's file.
	 */
	private static OwnershipModel modelOf(EObject element) {
		Encoding encoding = EcoreUtil2.getContainerOfType(element, Encoding.class);
		OwnershipModel model = encoding != null ? encoding.getModel()
				: EcoreUtil2.getContainerOfType(element, OwnershipModel.class);
		return model == null || model.eIsProxy() || model.eResource() != element.eResource() ? null : model;
	}

	private static String textOf(XtextResource resource, int offset, Integer length) {
		String text = resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
		int end = length == null ? offset : Math.min(text.length(), offset + length);
		return offset <= end ? text.substring(offset, end) : "";
	}

	private static List<String> data(Issue issue) {
		return issue.getData() == null ? List.of() : List.of(issue.getData());
	}
}
