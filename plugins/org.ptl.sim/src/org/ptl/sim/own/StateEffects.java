package org.ptl.sim.own;

import org.ptl.model.ComponentBinding;
import org.ptl.model.State;
import org.ptl.model.TransitionSide;
import org.ptl.sim.kvm.PgtableLibrary;

/**
 * What a component's change of state does to its store and its table (the initiate/complete hooks
 * of pKVM's mem_protect.c): the new state goes into the side table or the leaf's claim bits. A
 * state in which the component does not map the page unmaps it, or, for a component that
 * annotates, leaves an owner annotation naming the component that now has the page. Otherwise a
 * component with a side table maps the page when it comes back from an unmapped state (a lazy one
 * leaves that to its fault handler); a component whose state is in its PTEs maps the page with the
 * state's claim bits (rewriting only those bits of an existing leaf), except that coming back to
 * the state an empty entry means just clears the annotation.
 */
final class StateEffects {

	private final OwnershipSystem system;

	StateEffects(OwnershipSystem system) {
		this.system = system;
	}

	int apply(ComponentInstance instance, TransitionSide side, int page, ComponentInstance other, TransitionSide otherSide) {
		State target = side.getTo();
		if (target == side.getFrom()) {
			return 0;
		}
		if (instance.hasSideTable()) {
			instance.setSideValue(page, instance.codec().valueOf(target));
		}
		ComponentBinding binding = instance.binding();
		PgtableLibrary library = instance.library();
		long pa = system.physicalAddress(page);
		long address = instance.inputAddress(pa);
		long size = system.pageSize();
		PgtableLibrary.Leaf leaf = library.leaf(address);
		long descriptor = leaf == null ? 0 : leaf.descriptor();
		boolean valid = instance.table().codec().isValid(descriptor);
		boolean annotated = !valid && descriptor != 0;
		if (!mapped(instance, target)) {
			if (binding.isAnnotates() && other != null && otherSide != null && mapped(other, otherSide.getTo())) {
				if (!other.binding().isSetOwnerId()) {
					throw new IllegalArgumentException(instance.name() + " annotates the pages it gives away, but "
							+ other.name() + " has no owner id in binding '" + ((org.ptl.model.Binding) other.binding()
									.eContainer()).getName() + "'");
				}
				return library.setOwner(address, size, other.binding().getOwnerId());
			}
			return valid || annotated ? library.unmap(address, size) : 0;
		}
		if (instance.hasSideTable() && !binding.isLazy()) {
			// __host_set_page_state_range(): the table changes only when the page comes back from a
			// state in which the component did not map it (mapping replaces an owner annotation).
			return mapped(instance, side.getFrom()) ? 0 : library.map(address, size, pa, instance.baseProt(), 0);
		}
		if (target == binding.getEmptyState() && !valid) {
			return annotated ? library.setOwner(address, size, binding.getOwnerId()) : 0;
		}
		if (instance.hasSideTable()) {
			return 0; // lazy: the component's fault handler maps the page when it touches it
		}
		long prot = instance.baseProt() | instance.protForClaimBits(instance.codec().descriptorBits(target));
		return library.map(address, size, pa, prot, 0);
	}

	/** Whether the component maps the page in the state: not in the states its binding lists as unmapped. */
	static boolean mapped(ComponentInstance instance, State state) {
		ComponentBinding binding = instance.binding();
		if (!binding.getUnmappedStates().isEmpty()) {
			return !binding.getUnmappedStates().contains(state);
		}
		return instance.hasSideTable() || instance.codec().encodes(state);
	}
}
