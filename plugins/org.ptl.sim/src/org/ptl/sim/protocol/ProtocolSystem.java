package org.ptl.sim.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.ptl.model.Invariant;
import org.ptl.model.Protocol;
import org.ptl.sim.explore.PagedSystem;
import org.ptl.sim.explore.TraceStep;

/**
 * A protocol model as the explorer runs it ({@link PagedSystem}): its state laid out in a global
 * word and a word per page ({@link ProtocolLayout}), every action instantiated for every member of
 * its parameters' families (one rule per step of a multi-step action), compiled once; invariants
 * sorted by what they read (the global word, one page at a time, or the whole state); and member
 * symmetry over each family's members after its fixed ones.
 */
public final class ProtocolSystem implements PagedSystem {

	private final Protocol protocol;
	private final ProtocolLayout layout;
	private final ProtocolStates states;
	private final List<ProtocolRule> pageRules;
	private final List<ProtocolRule> globalRules;
	private final ProtocolInvariants invariants;
	private final MemberSymmetry symmetry;
	private final ProtocolText text;
	private final Frame frame;
	private final Writes writes = new Writes();

	/**
	 * The protocol with the members the options give a family by name, else at least its fixed ones
	 * and at least the options' default.
	 */
	public ProtocolSystem(Protocol protocol, org.ptl.sim.explore.ExplorationOptions options) {
		this(protocol, family -> options.members().containsKey(family) ? options.members().get(family)
				: Math.max(options.familyMembers(), fixed(protocol, family)));
	}

	private static int fixed(Protocol protocol, String family) {
		return protocol.getFamilies().stream().filter(f -> family.equals(f.getName())).findFirst()
				.map(org.ptl.model.support.Protocols::fixedMembers).orElse(0);
	}

	/** The protocol with each family given the members the function says for its name. */
	public ProtocolSystem(Protocol protocol, ToIntFunction<String> members) {
		this.protocol = protocol;
		this.layout = new ProtocolLayout(protocol, members, new DescriptorFields(protocol));
		Parameters parameters = new Parameters(protocol);
		TermCompiler terms = new TermCompiler(layout, parameters);
		this.states = new ProtocolStates(layout);
		ProtocolRules rules = new ProtocolRules(protocol, layout, terms);
		this.pageRules = rules.onPage();
		this.globalRules = rules.onNoPage();
		this.invariants = new ProtocolInvariants(protocol.getInvariants(), terms);
		this.symmetry = new MemberSymmetry(layout);
		this.text = new ProtocolText(layout);
		this.frame = new Frame(parameters.count());
	}

	public Protocol protocol() {
		return protocol;
	}

	ProtocolLayout layout() {
		return layout;
	}

	ProtocolText text() {
		return text;
	}

	List<ProtocolRule> rules(boolean global) {
		return global ? globalRules : pageRules;
	}

	/** Every invariant the whole state breaks, in declaration order. */
	synchronized List<String> broken(long global, long[] pages) {
		java.util.Set<String> broken = new java.util.LinkedHashSet<>(brokenByGlobal(global));
		for (long page : pages) {
			broken.addAll(brokenByPage(global, page));
		}
		broken.addAll(brokenByState(global, Pages.of(pages)));
		return invariants().stream().filter(broken::contains).toList();
	}

	/** "gmap=2, vcpu=2". */
	@Override
	public String membersText() {
		return layout.membersText();
	}

	@Override
	public String name() {
		return protocol.getName();
	}

	@Override
	public long initialGlobal() {
		return states.initial(false);
	}

	@Override
	public long initialPage() {
		return states.initial(true);
	}

	@Override
	public int pageRules() {
		return pageRules.size();
	}

	@Override
	public synchronized Outcome followPage(int rule, long global, long page, long[] next) {
		return follow(pageRules.get(rule), global, page, 1, next);
	}

	/** Follows a rule from the frame over one page (none when pages is 0): the values after it into next. */
	private Outcome follow(ProtocolRule compiled, long global, long page, int pages, long[] next) {
		frame.onePage(global, page);
		frame.pageCount = pages;
		compiled.bind(frame);
		if (pages == 0 ? !compiled.enabledGlobally(frame) : !compiled.enabled(frame)) {
			return Outcome.DISABLED;
		}
		writes.clear();
		compiled.collect(frame, writes);
		if (writes.pastBound != null) {
			return Outcome.PAST_BOUND;
		}
		next[0] = writes.global(global);
		next[1] = writes.page(0, page);
		return Outcome.ENABLED;
	}

	@Override
	public int globalRules() {
		return globalRules.size();
	}

	@Override
	public synchronized Outcome followGlobal(int rule, long global, long[] next) {
		return follow(globalRules.get(rule), global, 0, 0, next);
	}

	@Override
	public synchronized Outcome followBroadcast(int rule, long global, long page, long[] next) {
		ProtocolRule compiled = globalRules.get(rule);
		frame.onePage(global, page);
		compiled.bind(frame);
		writes.clear();
		compiled.collectEach(frame, writes);
		if (writes.pastBound != null) {
			return Outcome.PAST_BOUND;
		}
		next[1] = writes.page(0, page);
		return Outcome.ENABLED;
	}

	@Override
	public synchronized boolean globalGuard(int rule, long global, Pages pages) {
		ProtocolRule compiled = globalRules.get(rule);
		load(global, pages);
		compiled.bind(frame);
		return compiled.enabled(frame);
	}

	@Override
	public boolean globalGuardReadsPages(int rule) {
		return globalRules.get(rule).guardReadsPages;
	}

	private void load(long global, Pages pages) {
		frame.global = global;
		if (frame.pages == null || frame.pages.length < pages.count()) {
			frame.pages = new long[pages.count()];
		}
		for (int p = 0; p < pages.count(); p++) {
			frame.pages[p] = pages.value(p);
		}
		frame.pageCount = pages.count();
	}

	@Override
	public synchronized String pastBound(int rule, boolean global, long globalValue, long page) {
		ProtocolRule compiled = (global ? globalRules : pageRules).get(rule);
		frame.onePage(globalValue, page);
		compiled.bind(frame);
		writes.clear();
		compiled.collect(frame, writes);
		if (global && writes.pastBound == null) {
			compiled.collectEach(frame, writes);
		}
		String why = writes.pastBound == null ? "action '" + compiled.action.getName() + "' goes past a bound"
				: writes.pastBound;
		return why + " (a bound of the protocol, not a wrap-around)";
	}

	@Override
	public List<String> invariants() {
		return protocol.getInvariants().stream().map(Invariant::getName).toList();
	}

	@Override
	public synchronized List<String> brokenByPage(long global, long page) {
		return invariants.brokenByPage(frame.onePage(global, page));
	}

	@Override
	public synchronized List<String> brokenByGlobal(long global) {
		frame.onePage(global, 0);
		frame.pageCount = 0;
		return invariants.brokenByGlobal(frame);
	}

	@Override
	public boolean hasStateInvariants() {
		return invariants.hasStateInvariants();
	}

	@Override
	public synchronized List<String> brokenByState(long global, Pages pages) {
		load(global, pages);
		return invariants.brokenByState(frame);
	}

	@Override
	public List<int[]> memberPermutations() {
		return symmetry.permutations();
	}

	@Override
	public long permuteGlobal(long global, int[] permutation) {
		return symmetry.permute(global, false, permutation);
	}

	@Override
	public long permutePage(long page, int[] permutation) {
		return symmetry.permute(page, true, permutation);
	}

	@Override
	public TraceStep step(int rule, boolean global, int page, long globalBefore, long[] pagesBefore, long globalAfter,
			long[] pagesAfter) {
		return text.step((global ? globalRules : pageRules).get(rule), global, page, globalBefore, pagesBefore, globalAfter,
				pagesAfter);
	}

	@Override
	public String describe(long global, long[] pages, int page) {
		return text.describe(global, pages, page);
	}

	@Override
	public List<String> actors() {
		List<String> actors = new ArrayList<>();
		for (org.ptl.model.Actor actor : protocol.getActors()) {
			if (actor.getFamily() == null) {
				actors.add(actor.getName());
			} else {
				for (int member = 1; member <= layout.size(actor.getFamily()); member++) {
					actors.add(actor.getName() + "[" + member + "]");
				}
			}
		}
		return actors;
	}
}
