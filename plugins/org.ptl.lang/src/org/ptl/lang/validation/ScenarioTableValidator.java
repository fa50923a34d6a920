package org.ptl.lang.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.ptl.model.Component;
import org.ptl.model.ComponentBinding;
import org.ptl.model.EnumLiteral;
import org.ptl.model.ExpectPte;
import org.ptl.model.Field;
import org.ptl.model.Format;
import org.ptl.model.MapStep;
import org.ptl.model.Named;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.Scenario;
import org.ptl.model.ScenarioTable;
import org.ptl.model.Step;
import org.ptl.model.WalkStep;
import org.ptl.model.WalkerFlag;
import org.ptl.model.support.Formats;
import org.ptl.model.support.WalkFlagNames;

/**
 * Checks what a scenario's steps say about the tables they work on: the walk flags a step passes
 * are those its walker policy (or Linux's walker) declares, and the fields and values an
 * expectation names exist in the table's format.
 */
public class ScenarioTableValidator extends PtlCheckValidator {

	@Check
	public void walkFlagsAreDeclared(Step step) {
		List<String> flags;
		EStructuralFeature feature;
		if (step instanceof MapStep map) {
			flags = map.getWalkFlags();
			feature = Literals.MAP_STEP__WALK_FLAGS;
		} else if (step instanceof WalkStep walk) {
			flags = walk.getWalkFlags();
			feature = Literals.WALK_STEP__WALK_FLAGS;
			for (int i = 0; i < walk.getVisits().size(); i++) {
				if (!WalkFlagNames.VISITS.contains(walk.getVisits().get(i))) {
					report(PtlCheck.SCENARIO_UNKNOWN_FLAG, "a walk visits " + String.join(", ", WalkFlagNames.VISITS)
							+ " entries, not " + walk.getVisits().get(i), step, Literals.WALK_STEP__VISITS, i);
				}
			}
		} else {
			return;
		}
		Scenario scenario = org.ptl.model.support.Scenarios.of(step);
		List<String> known = new ArrayList<>();
		if (scenario.getPolicy() != null && !scenario.getPolicy().eIsProxy()) {
			scenario.getPolicy().getFlags().stream().map(WalkerFlag::getName).forEach(known::add);
		} else if (scenario.getPolicy() == null) {
			known.addAll(WalkFlagNames.LINUX);
		} else {
			return;
		}
		for (int i = 0; i < flags.size(); i++) {
			if (!known.contains(flags.get(i))) {
				String owner = scenario.getPolicy() == null ? "Linux's walker (the scenario has no policy)"
						: "walker policy " + quote(scenario.getPolicy().getName());
				report(PtlCheck.SCENARIO_UNKNOWN_FLAG, owner + " has no flag " + flags.get(i) + " (it has "
						+ String.join(", ", known) + ")", step, feature, i);
			}
		}
	}

	@Check
	public void expectedFieldsExist(ExpectPte expected) {
		if (expected.getFieldName() == null) {
			return;
		}
		Format format = formatOf(expected);
		if (format == null) {
			return;
		}
		List<Field> fields = Formats.fieldsByName(Formats.descriptors(format));
		Field field = fields.stream().filter(f -> f.getName().equals(expected.getFieldName())).findFirst().orElse(null);
		if (field == null) {
			List<String> names = new ArrayList<>();
			fields.forEach(f -> names.add(f.getName()));
			report(PtlCheck.SCENARIO_UNKNOWN_FIELD, "format " + quote(format.getName()) + " has no field "
					+ quote(expected.getFieldName()) + " (it has " + String.join(", ", names) + ")", expected,
					Literals.EXPECT_PTE__FIELD_NAME);
			return;
		}
		String literal = expected.getLiteralName();
		if (literal != null && field.getLiterals().stream().map(EnumLiteral::getName).noneMatch(literal::equals)) {
			List<String> names = new ArrayList<>();
			field.getLiterals().forEach(l -> names.add(l.getName()));
			report(PtlCheck.SCENARIO_UNKNOWN_FIELD, "field " + quote(field.getName()) + " has no value named "
					+ quote(literal) + (names.isEmpty() ? ": write a number" : " (it has " + String.join(", ", names) + ")"),
					expected, Literals.EXPECT_PTE__LITERAL_NAME);
		}
	}

	/** The format of the table a step works on, when it can be told. */
	private static Format formatOf(Step step) {
		Scenario scenario = org.ptl.model.support.Scenarios.of(step);
		Named target = step.getTarget();
		if (target == null) {
			if (scenario.getTables().size() == 1 && scenario.getBinding() == null) {
				return resolved(scenario.getTables().get(0).getFormat());
			}
			List<ComponentBinding> components = scenario.getBinding() == null || scenario.getBinding().eIsProxy()
					? List.of() : scenario.getBinding().getComponents();
			return scenario.getTables().isEmpty() && components.size() == 1 ? resolved(components.get(0).getFormat())
					: null;
		}
		if (target instanceof ScenarioTable table) {
			return resolved(table.getFormat());
		}
		if (target instanceof Component component && scenario.getBinding() != null && !scenario.getBinding().eIsProxy()) {
			for (ComponentBinding bound : scenario.getBinding().getComponents()) {
				if (bound.getComponent() == component) {
					return resolved(bound.getFormat());
				}
			}
		}
		return null;
	}

	private static Format resolved(Format format) {
		return format == null || format.eIsProxy() ? null : format;
	}
}
