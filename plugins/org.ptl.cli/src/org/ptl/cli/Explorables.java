package org.ptl.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.ptl.lang.util.LoadedElements;
import org.ptl.model.Component;
import org.ptl.model.Element;
import org.ptl.model.Family;
import org.ptl.model.OwnershipModel;
import org.ptl.model.Protocol;
import org.ptl.sim.explore.ExplorationOptions;
import org.ptl.sim.explore.ExplorationResult;
import org.ptl.sim.protocol.Explorations;

/**
 * The models {@code ptl explore} explores: ownership models and protocols alike, those of the
 * files named, or those picked by name (imported ones too); and the families they have, which
 * {@code --members} may size.
 */
final class Explorables {

	/** A model to explore: an ownership model or a protocol. */
	record Explorable(Element element) {

		String name() {
			return element.getName();
		}

		List<String> invariants() {
			return Explorations.invariants(element);
		}

		/** Explores it; an IllegalArgumentException says why it cannot be explored. */
		ExplorationResult explore(ExplorationOptions options) {
			return Explorations.explore(element, options);
		}
	}

	private Explorables() {
	}

	/** Every ownership model and protocol of the resources, file by file. */
	static List<Explorable> in(java.util.Collection<Resource> resources) {
		List<Explorable> all = new ArrayList<>();
		for (Element element : LoadedElements.in(resources, Element.class)) {
			if (Explorations.explorable(element)) {
				all.add(new Explorable(element));
			}
		}
		return all;
	}

	/** The families the models have, by name: component families and protocol families but the pages. */
	static Set<String> families(List<Explorable> explorables) {
		Set<String> families = new LinkedHashSet<>();
		for (Explorable explorable : explorables) {
			if (explorable.element() instanceof Protocol protocol) {
				protocol.getFamilies().stream().filter(family -> !family.isPages()).map(Family::getName)
						.forEach(families::add);
			} else {
				((OwnershipModel) explorable.element()).getComponents().stream().filter(Component::isFamily)
						.map(Component::getName).forEach(families::add);
			}
		}
		return families;
	}

	/** Why --members does not fit the models, or null. */
	static String membersProblem(Map<String, Integer> members, List<Explorable> explorables) {
		Set<String> known = families(explorables);
		for (Map.Entry<String, Integer> entry : members.entrySet()) {
			if (!known.contains(entry.getKey())) {
				return "--members: no family '" + entry.getKey() + "' in the models explored"
						+ (known.isEmpty() ? " (they have none)" : " (they have: " + String.join(", ", known) + ")");
			}
			if (entry.getValue() == null || entry.getValue() < 1) {
				return "--members: family '" + entry.getKey() + "' needs at least 1 member";
			}
		}
		return null;
	}
}
