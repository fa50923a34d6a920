package org.ptl.lang.validation;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ptl.model.SeverityLevel;

/**
 * The catalog of PTL checks. Every diagnostic PTL reports carries one of these ids; the ids are
 * stable (tools and severity settings refer to them), each has a default severity and a one-line
 * summary. A user may raise or lower any adjustable check, in a file ({@code severity "id" level})
 * or on the command line; the checks that report text PTL cannot read are not adjustable.
 */
public enum PtlCheck {

	SYNTAX_ERROR("syntax.error", SeverityLevel.ERROR, false, "the text does not follow the PTL grammar"),
	SYNTAX_ENCODING("syntax.encoding", SeverityLevel.ERROR, false, "the file is not UTF-8 text"),
	REFERENCE_UNRESOLVED("reference.unresolved", SeverityLevel.ERROR, false, "a name refers to nothing visible"),
	OWNERSHIP_UNKNOWN_STATE("ownership.unknown-state", SeverityLevel.ERROR, false,
			"a transition, invariant or encoding names a state its ownership model does not declare"),
	OWNERSHIP_UNKNOWN_COMPONENT("ownership.unknown-component", SeverityLevel.ERROR, false,
			"a transition or invariant names a component its ownership model does not declare"),

	FILE_EMPTY("file.empty", SeverityLevel.WARNING, true, "the file declares nothing"),
	IMPORT_UNRESOLVED("import.unresolved", SeverityLevel.ERROR, true, "an import names a file that cannot be read"),
	IMPORT_CYCLE("import.cycle", SeverityLevel.ERROR, true, "files import each other in a cycle"),
	NAMES_DUPLICATE("names.duplicate", SeverityLevel.ERROR, true, "two elements of one kind share a name"),
	SEVERITY_UNKNOWN_CHECK("severity.unknown-check", SeverityLevel.WARNING, true,
			"a severity directive names no known check"),
	SEVERITY_NOT_ADJUSTABLE("severity.not-adjustable", SeverityLevel.WARNING, true,
			"a severity directive tries to change a check that is always an error"),

	BITS_RANGE("bits.range", SeverityLevel.ERROR, true, "a bit range is reversed or passes bit 63"),
	FIELD_OVERLAP("format.field-overlap", SeverityLevel.ERROR, true,
			"two fields of a descriptor share bits and neither is declared an overlay of the other"),
	ADDRESS_ALIGNMENT("format.address-alignment", SeverityLevel.ERROR, true,
			"an address field does not start at the granule's page shift"),
	ADDRESS_BITS("format.address-bits", SeverityLevel.ERROR, true,
			"an address field's width differs from the output-address bits it holds"),
	VALUE_WIDTH("format.value-width", SeverityLevel.ERROR, true, "a fixed or enum value does not fit its field"),
	ENUM_DUPLICATE("format.enum-duplicate", SeverityLevel.WARNING, true, "two literals of an enum share a value"),
	GEOMETRY("format.geometry", SeverityLevel.ERROR, true,
			"granule, levels, root pages and input bits do not add up"),
	BLOCK_LEVEL("format.block-level", SeverityLevel.ERROR, true, "blocks at a level the granule forbids"),
	DESCRIPTOR_LEVEL("format.descriptor-level", SeverityLevel.ERROR, true,
			"a table, block or page descriptor placed at a level where that kind cannot be"),

	CLAIM_OVERLAP("claims.overlap", SeverityLevel.ERROR, true,
			"two claimants claim the same software bit without declaring it shared"),
	CLAIM_OUTSIDE_SOFTWARE("claims.outside-software", SeverityLevel.ERROR, true,
			"a claim lies outside the software field it is made on, or the field is not a software field"),

	ENCODING_TOO_WIDE("encoding.too-wide", SeverityLevel.ERROR, true, "an encoded value does not fit its claim"),
	ENCODING_DUPLICATE("encoding.duplicate", SeverityLevel.ERROR, true,
			"two states, or a state and a reserved value, share one encoding"),
	ENCODING_UNUSED("encoding.unused", SeverityLevel.WARNING, true,
			"a value of the claim is neither used by a state nor declared reserved"),
	ENCODING_STATE_MISSING("encoding.state-missing", SeverityLevel.WARNING, true,
			"a state of the ownership model has no encoding and is not declared 'not encoded'"),

	OWNERSHIP_NO_INITIAL_STATE("ownership.no-initial-state", SeverityLevel.ERROR, true,
			"a component has no initial state"),
	OWNERSHIP_STATE_UNREACHABLE("ownership.state-unreachable", SeverityLevel.WARNING, true,
			"no component can reach a state from its initial state"),
	OWNERSHIP_STATE_NO_EXIT("ownership.state-no-exit", SeverityLevel.INFO, true, "no transition leaves a state"),
	OWNERSHIP_INVARIANT_BROKEN("ownership.invariant-broken", SeverityLevel.ERROR, true,
			"a sequence of transitions leads to a state that breaks an invariant (ptl check explores 2 pages, 2 family members)"),
	OWNERSHIP_NOT_PROVEN("ownership.not-proven", SeverityLevel.INFO, true,
			"ptl check's exploration of an ownership model stopped at its small bounds: run ptl explore for a proof"),

	ERRNO_UNKNOWN("errno.unknown", SeverityLevel.ERROR, true,
			"an error code Linux does not name, or a visitor outcome written as a number other than 0"),

	WALKER_OUTCOME_UNCOVERED("walker.outcome-uncovered", SeverityLevel.ERROR, true,
			"a walker policy has no action for an outcome (0, any error, a named outcome) under some walker flags"),
	WALKER_RULES_CONTRADICT("walker.rules-contradict", SeverityLevel.ERROR, true,
			"two rules of a walker policy give one outcome different actions under the same flags"),
	WALKER_RETRY_EXCLUSIVE("walker.retry-exclusive", SeverityLevel.WARNING, true,
			"a walker that is not SHARED retries an entry: nothing else can change it, so it livelocks"),

	CONTRACT_TOUCHES_SOFTWARE("contract.touches-software", SeverityLevel.ERROR, true,
			"an operation that only changes attributes (relax, wrprotect, mkyoung, mkold) may change software bits"),
	CONTRACT_NOT_PERMISSIONS("contract.not-permissions", SeverityLevel.WARNING, true,
			"a relax or wrprotect contract names a field that is not a permission field"),
	CONTRACT_VIOLATED("contract.violated", SeverityLevel.ERROR, true,
			"a rule of an operation changes a field its contract ('may change') does not name"),
	OPERATIONS_DUPLICATE("operations.duplicate", SeverityLevel.ERROR, true,
			"one operation is described twice in a set of operations"),
	OPERATIONS_LIBRARY("operations.library", SeverityLevel.ERROR, true,
			"operations of the hyp library describe an operation that only stage 2 has"),
	OPERATIONS_VALUE_WIDTH("operations.value-width", SeverityLevel.ERROR, true,
			"a rule assigns a value that does not fit its field"),

	BINDING_COMPONENT_TWICE("binding.component-twice", SeverityLevel.ERROR, true,
			"a binding places one component twice"),
	BINDING_COMPONENT_MISSING("binding.component-missing", SeverityLevel.WARNING, true,
			"a binding does not place a component of its ownership model"),
	BINDING_FORMAT_MISMATCH("binding.format-mismatch", SeverityLevel.ERROR, true,
			"a component's operations are for another format than its table's"),
	BINDING_ENCODING_MODEL("binding.encoding-model", SeverityLevel.ERROR, true,
			"a component's encoding encodes another ownership model than the binding's"),
	BINDING_STATE_STORE("binding.state-store", SeverityLevel.ERROR, true,
			"a side table with an encoding in PTE bits, or PTE state with an encoding that is not in a claim"),
	BINDING_OWNER("binding.owner", SeverityLevel.ERROR, true,
			"a component that annotates entries has no owner id or owner field, or gives pages an id it cannot write"),

	SCENARIO_MEMORY("scenario.memory", SeverityLevel.ERROR, true,
			"a scenario's memory is empty, too large, or does not start on a page boundary"),
	SCENARIO_NO_BINDING("scenario.no-binding", SeverityLevel.ERROR, true,
			"a scenario without a binding has an ownership step or expectation"),
	SCENARIO_PAGE_RANGE("scenario.page-range", SeverityLevel.ERROR, true,
			"a step names a page outside the scenario's memory"),
	SCENARIO_TARGET("scenario.target", SeverityLevel.ERROR, true,
			"a step cannot tell which table it works on, or names a family without a member (or a member of no family)"),
	SCENARIO_TRANSITION_ROLE("scenario.transition-role", SeverityLevel.ERROR, true,
			"a transition step names a component in a role the transition does not allow, or lacks its completer"),
	SCENARIO_UNKNOWN_FLAG("scenario.unknown-flag", SeverityLevel.ERROR, true,
			"a step uses a walker flag its walker policy does not declare, or visits something other than an entry kind"),
	SCENARIO_UNKNOWN_FIELD("scenario.unknown-field", SeverityLevel.ERROR, true,
			"an expectation names a field, or a field value, that the table's format does not have"),
	SCENARIO_FEATURE_FORMAT("scenario.feature-format", SeverityLevel.ERROR, true,
			"a scenario or table runs with LPA2, but its format does not use LPA2 descriptors ('lpa2')"),
	FORMAT_FIELD_ROLE("format.field-role", SeverityLevel.ERROR, true,
			"a field's role does not fit it: the access flag is one bit, and address or fixed fields play no role"),

	CONCURRENT_TWICE("concurrent.twice", SeverityLevel.ERROR, true,
			"a scenario has more than one concurrent block (the steps after one are checked in every final state)"),
	CONCURRENT_TABLE("concurrent.table", SeverityLevel.ERROR, true,
			"the CPUs of a concurrent block work on a component's table, on several tables, or on the hyp library's"),
	CONCURRENT_NOT_SHARED("concurrent.not-shared", SeverityLevel.WARNING, true,
			"a CPU's operation runs under the MMU read lock but its walk is not SHARED: its plain stores race with the other walkers"),
	CONCURRENT_ONE_CPU("concurrent.one-cpu", SeverityLevel.WARNING, true,
			"a concurrent block has fewer than two CPUs with operations: nothing races"),

	LAYOUT_TYPE("layout.type", SeverityLevel.ERROR, true,
			"an expression mixes booleans and numbers, calls a function with the wrong arguments, or a default is not a constant"),
	LAYOUT_CYCLE("layout.cycle", SeverityLevel.ERROR, true, "values, regions or transformations of a layout depend on themselves"),
	LAYOUT_INPUT_RANGE("layout.input-range", SeverityLevel.ERROR, true,
			"an input's range is empty, its alignment is not a power of two, or its default is not one of its values"),
	LAYOUT_OVERFLOW("layout.overflow", SeverityLevel.ERROR, true,
			"for the defaults, arithmetic overflows 64 bits or goes below 0, a shift is by 64 or more, or a GENMASK is impossible"),
	LAYOUT_VALUE_WIDTH("layout.value-width", SeverityLevel.ERROR, true,
			"for the defaults, a value does not fit its declared bits (a tag in a 24-bit patch) or its picture slice"),
	LAYOUT_REGION_OVERLAP("layout.region-overlap", SeverityLevel.ERROR, true,
			"for the defaults, two regions share addresses (the idmap page inside the HYP window)"),
	LAYOUT_REGION_CROSSES_BIT("layout.region-crosses-bit", SeverityLevel.ERROR, true,
			"for the defaults, a region crosses the bit it must keep (a private range over the region bit)"),
	LAYOUT_REGION_BOUNDS("layout.region-bounds", SeverityLevel.ERROR, true, "for the defaults, a region ends before it starts"),
	LAYOUT_INVARIANT_FALSE("layout.invariant-false", SeverityLevel.ERROR, true,
			"for the defaults, an invariant or an assumption of a layout is false"),
	LAYOUT_COUNTEREXAMPLE("layout.counterexample", SeverityLevel.ERROR, true,
			"for some inputs the layout allows, one of its properties fails (ptl check proves layouts with a bounded effort)"),
	LAYOUT_NOT_PROVEN("layout.not-proven", SeverityLevel.INFO, true,
			"ptl check's proof of a layout stopped at its bound (solver conflicts per question): run ptl explore for a proof");

	private static final Map<String, PtlCheck> BY_ID = Arrays.stream(values())
			.collect(Collectors.toUnmodifiableMap(PtlCheck::id, Function.identity()));

	private final String id;
	private final SeverityLevel defaultLevel;
	private final boolean adjustable;
	private final String summary;

	PtlCheck(String id, SeverityLevel defaultLevel, boolean adjustable, String summary) {
		this.id = id;
		this.defaultLevel = defaultLevel;
		this.adjustable = adjustable;
		this.summary = summary;
	}

	public String id() {
		return id;
	}

	public SeverityLevel defaultLevel() {
		return defaultLevel;
	}

	public boolean adjustable() {
		return adjustable;
	}

	public String summary() {
		return summary;
	}

	public static Optional<PtlCheck> byId(String id) {
		return Optional.ofNullable(id == null ? null : BY_ID.get(id));
	}
}
