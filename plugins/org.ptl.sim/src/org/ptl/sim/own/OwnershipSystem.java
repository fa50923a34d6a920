package org.ptl.sim.own;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.Binding;
import org.ptl.model.Component;
import org.ptl.model.ComponentBinding;
import org.ptl.model.Counter;
import org.ptl.model.Invariant;
import org.ptl.model.OwnershipModel;
import org.ptl.model.PtlFactory;
import org.ptl.model.State;
import org.ptl.model.TransitionSide;
import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.maintenance.CpuFeatures;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.walk.Walker;

/**
 * A running ownership system: the components a binding places (members of a family are made when a
 * scenario first names them), the state each holds for every page of memory as its store says, the
 * per-page counters, and the invariants checked over them.
 */
public final class OwnershipSystem {

	private final OwnershipModel model;
	private final Binding binding;
	private final int pages;
	private final long memoryBase;
	private final long pageSize;
	private final Walker walker;
	private final Memcache memcache;
	private final long seed;
	private final CpuFeatures features;
	private final Map<String, ComponentInstance> instances = new LinkedHashMap<>();
	private final Map<Counter, long[]> counters = new HashMap<>();
	private final Predicates predicates = new Predicates(this);
	private final TransitionEngine transitions = new TransitionEngine(this);
	private final StateEffects effects = new StateEffects(this);

	public OwnershipSystem(Binding binding, int pages, long memoryBase, Walker walker, Memcache memcache, long seed) {
		this(binding, pages, memoryBase, walker, memcache, seed, CpuFeatures.NONE);
	}

	/** A system whose components' libraries run on a CPU with the given features. */
	public OwnershipSystem(Binding binding, int pages, long memoryBase, Walker walker, Memcache memcache, long seed,
			CpuFeatures features) {
		this.features = features;
		this.binding = binding;
		this.model = binding.getModel();
		this.pages = pages;
		this.memoryBase = memoryBase;
		this.walker = walker;
		this.memcache = memcache;
		this.seed = seed;
		this.pageSize = binding.getComponents().isEmpty() ? 4096 : binding.getComponents().get(0).getFormat().getGranule();
		for (Counter counter : model.getCounters()) {
			counters.put(counter, new long[pages]);
		}
		for (Component component : model.getComponents()) {
			if (!component.isFamily()) {
				instance(component, 0);
			}
		}
	}

	public OwnershipModel model() {
		return model;
	}

	public int pages() {
		return pages;
	}

	public long pageSize() {
		return pageSize;
	}

	public long physicalAddress(int page) {
		return memoryBase + page * pageSize;
	}

	/** The instance of a component (of a family: its member), made on first use. */
	public ComponentInstance instance(Component component, int index) {
		String name = component.isFamily() ? component.getName() + "[" + index + "]" : component.getName();
		ComponentInstance existing = instances.get(name);
		if (existing != null) {
			return existing;
		}
		ComponentBinding placement = binding.getComponents().stream().filter(b -> b.getComponent() == component)
				.findFirst().orElseThrow(() -> new IllegalArgumentException(
						"binding '" + binding.getName() + "' does not place component '" + component.getName() + "'"));
		ComponentInstance instance = new ComponentInstance(name, component, placement, pages, walker, memcache,
				seed + instances.size(), initialState(component), features);
		instances.put(name, instance);
		return instance;
	}

	public List<ComponentInstance> instances() {
		return new ArrayList<>(instances.values());
	}

	public List<ComponentInstance> instancesOf(Component component) {
		return instances.values().stream().filter(instance -> instance.component() == component).toList();
	}

	public State initialState(Component component) {
		return component.getInitialState() != null ? component.getInitialState() : model.getInitialState();
	}

	/** The state the component holds for the page, as its store says. */
	public State state(ComponentInstance instance, int page) {
		StateCodec codec = instance.codec();
		if (instance.hasSideTable()) {
			return codec.stateOf(instance.sideValue(page));
		}
		PgtableLibrary.Leaf leaf = instance.library().leaf(instance.inputAddress(physicalAddress(page)));
		return stateOfLeaf(instance.binding(), codec, instance.table().codec(), leaf == null ? 0 : leaf.descriptor());
	}

	/**
	 * The state a component whose states live in its PTEs holds for a page, from the leaf descriptor
	 * that maps it (0 when none does): a valid leaf's claim bits, the binding's state for an empty
	 * entry, or the state that is not encoded. For the simulator and for recorded traces alike.
	 */
	public static State stateOfLeaf(ComponentBinding binding, StateCodec codec, org.ptl.sim.format.FormatCodec format,
			long descriptor) {
		if (format.isValid(descriptor)) {
			return codec.stateOfDescriptor(descriptor);
		}
		if (descriptor == 0 && binding.getEmptyState() != null) {
			return binding.getEmptyState();
		}
		return codec.notEncoded();
	}

	public long counter(Counter counter, int page) {
		return counters.get(counter)[page];
	}

	void setCounter(Counter counter, int page, long value) {
		counters.get(counter)[page] = value;
	}

	Predicates predicates() {
		return predicates;
	}

	/** Performs a transition of one page; 0, or the error that left everything unchanged (or the apply failure). */
	public TransitionEngine.Outcome transition(org.ptl.model.Transition transition, ComponentInstance initiator,
			ComponentInstance completer, int page) {
		return transitions.perform(transition, initiator, completer, page);
	}

	/**
	 * Puts a component's page in a state without a transition (a scenario's initial ownership): its
	 * store and table change as a transition to the state would change them; a component that gives
	 * the page away annotates it with the receiver's owner id. 0, or the error the table returned.
	 */
	public int establish(ComponentInstance instance, int page, State state, ComponentInstance receiver,
			State receiverState) {
		State current = state(instance, page);
		if (current == state) {
			return 0;
		}
		return effects.apply(instance, side(current, state), page, receiver,
				receiver == null ? null : side(receiverState, receiverState));
	}

	/** Whether the component maps a page while it is in the state. */
	public static boolean maps(ComponentInstance instance, State state) {
		return StateEffects.mapped(instance, state);
	}

	private static TransitionSide side(State from, State to) {
		TransitionSide side = PtlFactory.eINSTANCE.createTransitionSide();
		side.setFrom(from);
		side.setTo(to);
		return side;
	}

	/** The invariants that do not hold for a page, by name. */
	public List<String> violations(int page) {
		List<String> broken = new ArrayList<>();
		for (Invariant invariant : model.getInvariants()) {
			if (!predicates.holds(invariant.getPredicate(), page, Map.of())) {
				broken.add(invariant.getName());
			}
		}
		return broken;
	}

	/** "page 3: single_owner" for every page whose invariants do not hold. */
	public List<String> allViolations() {
		List<String> broken = new ArrayList<>();
		for (int page = 0; page < pages; page++) {
			for (String invariant : violations(page)) {
				broken.add("page " + page + ": " + invariant);
			}
		}
		return broken;
	}
}
