package org.ptl.ui.debug;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/**
 * A component's ownership in the Variables view: its value lists the state of every page, and
 * expands to one child per page. Read-only: a simulation's state changes only by its steps.
 */
final class PtlVariable extends PtlDebugElement implements IVariable {

	private final String name;
	private final PtlValue value;

	PtlVariable(IDebugTarget target, String name, List<String> pageStates) {
		super(target);
		this.name = name;
		this.value = new PtlValue(target, pageStates);
	}

	private PtlVariable(IDebugTarget target, String name, String state) {
		super(target);
		this.name = name;
		this.value = new PtlValue(target, state);
	}

	@Override
	public IValue getValue() {
		return value;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public String getReferenceTypeName() {
		return "ownership";
	}

	@Override
	public boolean hasValueChanged() {
		return false;
	}

	@Override
	public void setValue(String expression) throws DebugException {
		throw new DebugException(PtlDebugStatus.notSupported("changing values"));
	}

	@Override
	public void setValue(IValue newValue) throws DebugException {
		throw new DebugException(PtlDebugStatus.notSupported("changing values"));
	}

	@Override
	public boolean supportsValueModification() {
		return false;
	}

	@Override
	public boolean verifyValue(String expression) {
		return false;
	}

	@Override
	public boolean verifyValue(IValue newValue) {
		return false;
	}

	/** The states of a component's pages, or one page's state. */
	private static final class PtlValue extends PtlDebugElement implements IValue {

		private final String text;
		private final List<String> pages;

		PtlValue(IDebugTarget target, List<String> pages) {
			super(target);
			this.pages = List.copyOf(pages);
			this.text = String.join(", ", pages);
		}

		PtlValue(IDebugTarget target, String state) {
			super(target);
			this.pages = List.of();
			this.text = state;
		}

		@Override
		public String getReferenceTypeName() {
			return "ownership";
		}

		@Override
		public String getValueString() {
			return text;
		}

		@Override
		public boolean isAllocated() {
			return true;
		}

		@Override
		public IVariable[] getVariables() {
			List<IVariable> children = new ArrayList<>();
			for (int page = 0; page < pages.size(); page++) {
				children.add(new PtlVariable(getDebugTarget(), "page " + page, pages.get(page)));
			}
			return children.toArray(IVariable[]::new);
		}

		@Override
		public boolean hasVariables() {
			return !pages.isEmpty();
		}
	}
}
