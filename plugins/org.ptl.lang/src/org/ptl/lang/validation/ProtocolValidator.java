package org.ptl.lang.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.ptl.model.Action;
import org.ptl.model.ActionStep;
import org.ptl.model.Assignment;
import org.ptl.model.EachUpdate;
import org.ptl.model.Family;
import org.ptl.model.FamilyParameter;
import org.ptl.model.Guard;
import org.ptl.model.IndexTerm;
import org.ptl.model.Protocol;
import org.ptl.model.ProtocolScenario;
import org.ptl.model.ProtocolUpdate;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.ValueTest;
import org.ptl.model.VariableAccess;
import org.ptl.model.support.ProtocolTypes;
import org.ptl.model.support.Protocols;

/**
 * Checks the shape of protocols: one page family at most, actions with either updates or steps and
 * at most one page parameter, an actor that can take each action, ghost state read only by the
 * specification, members named by number only where symmetry leaves them alone, and guards that
 * some state satisfies. Types and widths are {@link ProtocolTypeValidator}'s.
 */
public class ProtocolValidator extends PtlCheckValidator {

	@Check
	public void onePageFamily(Protocol protocol) {
		List<Family> pages = protocol.getFamilies().stream().filter(Family::isPages).toList();
		for (int i = 1; i < pages.size(); i++) {
			report(PtlCheck.PROTOCOL_STRUCTURE, "protocol " + quote(protocol.getName()) + " declares pages "
					+ quote(pages.get(0).getName()) + " already; a protocol has one page family", pages.get(i),
					Literals.NAMED__NAME);
		}
	}

	@Check
	public void actionShape(Action action) {
		if (!action.getSteps().isEmpty() && (!action.getGuards().isEmpty() || !action.getUpdates().isEmpty())) {
			report(PtlCheck.PROTOCOL_STRUCTURE, "action " + quote(action.getName())
					+ " has steps: put its guards and updates into them", action, Literals.NAMED__NAME);
		}
		long pageParameters = action.getParameters().stream()
				.filter(parameter -> parameter.getFamily() != null && parameter.getFamily().isPages()).count();
		if (pageParameters > 1) {
			report(PtlCheck.PROTOCOL_STRUCTURE, "action " + quote(action.getName())
					+ " takes two pages; an action changes at most one page (and the global variables)", action,
					Literals.ACTION__PARAMETERS);
		}
		for (EachUpdate each : EcoreUtil2.eAllOfType(action, EachUpdate.class)) {
			Family family = each.getParameter() == null ? null : each.getParameter().getFamily();
			if (family != null && family.isPages() && pageParameters > 0) {
				report(PtlCheck.PROTOCOL_STRUCTURE, "action " + quote(action.getName())
						+ " works on one page; only an action without a page parameter may update every page", each,
						Literals.EACH_UPDATE__PARAMETER);
			}
		}
		ProtocolLocality.check(action, pageParameters > 0, (message, where) -> report(PtlCheck.PROTOCOL_STRUCTURE,
				message, where, null));
	}

	@Check
	public void someActorTakesIt(Action action) {
		if (action.getActor() == null) {
			report(PtlCheck.PROTOCOL_ACTION_NO_ACTOR, "action " + quote(action.getName())
					+ " names no actor ('by ACTOR'): no one takes it", action, Literals.NAMED__NAME);
			return;
		}
		Family family = action.getActor().getFamily();
		if (family != null && action.getParameters().stream().noneMatch(parameter -> parameter.getFamily() == family)) {
			report(PtlCheck.PROTOCOL_ACTION_NO_ACTOR, "actor " + quote(action.getActor().getName()) + " is a member of "
					+ quote(family.getName()) + ", but action " + quote(action.getName()) + " has no parameter of "
					+ quote(family.getName()) + " to say which one takes it", action, Literals.ACTION__ACTOR);
		}
	}

	/** Guards, and updates of real variables, must not read ghost variables. */
	@Check
	public void ghostsDoNotSteer(Action action) {
		for (Guard guard : EcoreUtil2.eAllOfType(action, Guard.class)) {
			reportGhostReads(guard.getPredicate(), "a guard of action " + quote(action.getName()));
		}
		for (Assignment assignment : EcoreUtil2.eAllOfType(action, Assignment.class)) {
			if (!(assignment.getTarget().getTarget() instanceof ProtocolVariable target) || !target.isGhost()) {
				reportGhostReads(assignment.getValue(), "the update of a real variable in action " + quote(action.getName()));
				reportGhostReads(assignment.getCondition(), "the condition of an update of a real variable in action "
						+ quote(action.getName()));
				for (IndexTerm index : assignment.getTarget().getIndices()) {
					reportGhostReads(index, "an index");
				}
			}
		}
	}

	private void reportGhostReads(EObject where, String what) {
		if (where == null) {
			return;
		}
		for (VariableAccess access : accesses(where)) {
			if (access.getTarget() instanceof ProtocolVariable variable && variable.isGhost()) {
				report(PtlCheck.PROTOCOL_GHOST_READ, what + " reads ghost variable " + quote(variable.getName())
						+ ": ghost state is for invariants only and must not steer the protocol", access,
						Literals.VARIABLE_ACCESS__TARGET);
			}
		}
	}

	private static List<VariableAccess> accesses(EObject where) {
		List<VariableAccess> all = new java.util.ArrayList<>(EcoreUtil2.eAllOfType(where, VariableAccess.class));
		if (where instanceof VariableAccess self) {
			all.add(0, self);
		}
		return all;
	}

	/** Pages are never named by number in a protocol, other members only when fixed. */
	@Check
	public void membersByNumber(IndexTerm index) {
		if (!index.isSetMember() || EcoreUtil2.getContainerOfType(index, Protocol.class) == null) {
			return;
		}
		Family family = familyAt(index);
		if (family == null) {
			return;
		}
		if (family.isPages()) {
			report(PtlCheck.PROTOCOL_MEMBER_INDEX, "page " + index.getMember() + ": pages are interchangeable, so a "
					+ "protocol names a page only by a parameter", index, Literals.INDEX_TERM__MEMBER);
		} else if (index.getMember() < 1 || index.getMember() > Protocols.fixedMembers(family)) {
			report(PtlCheck.PROTOCOL_MEMBER_INDEX, quote(family.getName()) + " member " + index.getMember()
					+ " may be exchanged with another by symmetry; declare 'family " + family.getName() + " fixed "
					+ Math.max(1, index.getMember()) + "' to give it a role of its own", index, Literals.INDEX_TERM__MEMBER);
		}
	}

	/** Comparing a parameter with a member number ('g == 1') names that member too. */
	@Check
	public void memberComparisons(ValueTest test) {
		if (!test.isSetComparison() || EcoreUtil2.getContainerOfType(test, Protocol.class) == null) {
			return;
		}
		checkMemberNumber(test.getLeft(), test.getRight());
		checkMemberNumber(test.getRight(), test.getLeft());
	}

	private void checkMemberNumber(org.ptl.model.Term member, org.ptl.model.Term number) {
		ProtocolTypes.Type type = ProtocolTypes.of(member);
		if (type.kind() == ProtocolTypes.Kind.MEMBER && type.family() != null
				&& number instanceof org.ptl.model.NumberTerm constant) {
			Family family = type.family();
			if (family.isPages() || constant.getValue() < 1 || constant.getValue() > Protocols.fixedMembers(family)) {
				report(PtlCheck.PROTOCOL_MEMBER_INDEX, quote(family.getName()) + " member " + constant.getValue()
						+ (family.isPages() ? ": pages are interchangeable and cannot be told apart by number"
								: " may be exchanged with another by symmetry; " + fixedText(family)),
						constant, Literals.NUMBER_TERM__VALUE);
			}
		}
	}

	private static String fixedText(Family family) {
		int fixed = Protocols.fixedMembers(family);
		return fixed == 0 ? "none of its members is fixed (declare 'family " + family.getName() + " fixed N')"
				: "only members 1.." + fixed + " of it are fixed";
	}

	/** The family an index stands for: the variable's index family at the index's position. */
	static Family familyAt(IndexTerm index) {
		if (!(index.eContainer() instanceof VariableAccess access)
				|| !(access.getTarget() instanceof ProtocolVariable variable)) {
			return null;
		}
		int position = access.getIndices().indexOf(index);
		return position < variable.getIndices().size() ? variable.getIndices().get(position) : null;
	}

	@Check
	public void guardsCanHold(Guard guard) {
		if (EcoreUtil2.getContainerOfType(guard, Protocol.class) == null || guard.getPredicate() == null) {
			return;
		}
		if (GuardSatisfiability.neverHolds(guard.getPredicate())) {
			EObject owner = guard.eContainer();
			String where = owner instanceof ActionStep step ? "step " + quote(step.getName())
					: owner instanceof Action action ? "action " + quote(action.getName()) : "this";
			report(PtlCheck.PROTOCOL_GUARD_NEVER_HOLDS, "this guard of " + where
					+ " is false whatever the state: the values its variables can take never satisfy it", guard,
					Literals.GUARD__PREDICATE);
		}
	}

	/** A scenario's calls give each parameter a member that exists. */
	@Check
	public void scenarioCalls(ProtocolScenario scenario) {
		for (org.ptl.model.ActionCall call : EcoreUtil2.eAllOfType(scenario, org.ptl.model.ActionCall.class)) {
			Action action = call.getAction();
			if (action == null || action.eIsProxy()) {
				continue;
			}
			List<FamilyParameter> parameters = action.getParameters();
			if (call.getArguments().size() != parameters.size()) {
				report(PtlCheck.PROTOCOL_SCENARIO, "action " + quote(action.getName()) + " takes "
						+ plural(parameters.size(), "member") + " (" + String.join(", ", parameters.stream()
								.map(p -> p.getName() + ": " + (p.getFamily() == null ? "?" : p.getFamily().getName()))
								.toList())
						+ "), not " + call.getArguments().size(), call, Literals.ACTION_CALL__ARGUMENTS);
				continue;
			}
			for (int i = 0; i < parameters.size(); i++) {
				Family family = parameters.get(i).getFamily();
				int value = call.getArguments().get(i);
				int size = Protocols.size(scenario, family);
				boolean fits = family != null && (family.isPages() ? value >= 0 && value < size : value >= 1 && value <= size);
				if (family != null && !fits) {
					report(PtlCheck.PROTOCOL_SCENARIO, (family.isPages() ? "page " : quote(family.getName()) + " member ")
							+ value + " does not exist: the scenario has " + (family.isPages() ? "pages 0.." + (size - 1)
									: "members 1.." + size), call, Literals.ACTION_CALL__ARGUMENTS, i);
				}
			}
		}
	}

	/** Every update listed, for-each blocks included (for checks that look at each). */
	static List<Assignment> assignments(List<ProtocolUpdate> updates) {
		List<Assignment> all = new java.util.ArrayList<>();
		for (ProtocolUpdate update : updates) {
			if (update instanceof Assignment assignment) {
				all.add(assignment);
			} else if (update instanceof EachUpdate each) {
				all.addAll(assignments(each.getUpdates()));
			}
		}
		return all;
	}
}
