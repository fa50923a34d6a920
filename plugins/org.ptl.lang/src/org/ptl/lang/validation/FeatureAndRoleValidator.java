package org.ptl.lang.validation;

import org.eclipse.xtext.validation.Check;
import org.ptl.model.CpuFeature;
import org.ptl.model.Field;
import org.ptl.model.FieldKind;
import org.ptl.model.FieldRole;
import org.ptl.model.Format;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.Scenario;
import org.ptl.model.ScenarioTable;
import org.ptl.model.support.Bits;

/**
 * Checks what break-before-make and maintenance are told about the hardware: a field's role fits the
 * field (the access flag is one bit; an address or fixed field plays no role), and LPA2 is a feature
 * only of tables whose format has LPA2 descriptors.
 */
public class FeatureAndRoleValidator extends PtlCheckValidator {

	@Check
	public void roleFitsTheField(Field field) {
		if (field.getRole() == FieldRole.NONE || !Bits.isWellFormed(field.getBits())) {
			return;
		}
		if (field.getKind() == FieldKind.ADDRESS || field.getKind() == FieldKind.FIXED) {
			report(PtlCheck.FORMAT_FIELD_ROLE, "field " + quote(field.getName()) + " is "
					+ (field.getKind() == FieldKind.ADDRESS ? "an address field" : "a fixed field") + ": it cannot also be " + (field.getRole() == FieldRole.ACCESS_FLAG ? "the access flag" : "a permission"),
					field, Literals.FIELD__ROLE);
		} else if (field.getRole() == FieldRole.ACCESS_FLAG && Bits.width(field.getBits()) != 1) {
			report(PtlCheck.FORMAT_FIELD_ROLE, "the access flag is one bit; field " + quote(field.getName()) + " has "
					+ Bits.width(field.getBits()), field, Literals.FIELD__ROLE);
		}
	}

	@Check
	public void lpa2OnAScenario(Scenario scenario) {
		if (!scenario.getFeatures().contains(CpuFeature.LPA2)) {
			return;
		}
		for (ScenarioTable table : scenario.getTables()) {
			Format format = table.getFormat();
			if (format != null && !format.eIsProxy() && !format.isLpa2()) {
				report(PtlCheck.SCENARIO_FEATURE_FORMAT, "the scenario runs with LPA2, but the format of table " + quote(table.getName()) + ", "
						+ quote(format.getName()) + ", does not use LPA2 descriptors (add 'lpa2' to it)",
						scenario, Literals.SCENARIO__FEATURES, scenario.getFeatures().indexOf(CpuFeature.LPA2));
			}
		}
	}

	@Check
	public void lpa2OnATable(ScenarioTable table) {
		Format format = table.getFormat();
		if (table.getFeatures().contains(CpuFeature.LPA2) && format != null && !format.eIsProxy() && !format.isLpa2()) {
			report(PtlCheck.SCENARIO_FEATURE_FORMAT, "format " + quote(format.getName())
					+ " does not use LPA2 descriptors (add 'lpa2' to it)", table, Literals.SCENARIO_TABLE__FEATURES,
					table.getFeatures().indexOf(CpuFeature.LPA2));
		}
	}
}
