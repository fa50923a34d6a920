package org.ptl.ui.debug;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.ptl.sim.trace.OwnershipTable;
import org.ptl.ui.simulation.ScenarioRun;

/**
 * Where a suspended simulation stands: before the step on {@link #getLineNumber()} of a scenario.
 * Its variables are the components' ownership of every page after the last step (a variable per
 * component, a child per page), as the simulation view's ownership table shows them.
 */
final class PtlStackFrame extends ThreadControl implements IStackFrame {

	private final PtlThread thread;
	private final ScenarioRun run;
	private final IFile file;
	private final int line;
	private final int stepsDone;

	PtlStackFrame(PtlThread thread, ScenarioRun run, IFile file, int line) {
		super(thread.getDebugTarget());
		this.thread = thread;
		this.run = run;
		this.file = file;
		this.line = line;
		this.stepsDone = run.entries().size();
	}

	@Override
	PtlThread thread() {
		return thread;
	}

	ScenarioRun run() {
		return run;
	}

	int stepsDone() {
		return stepsDone;
	}

	IFile file() {
		return file;
	}

	@Override
	public IThread getThread() {
		return thread;
	}

	@Override
	public IVariable[] getVariables() {
		List<ScenarioRun.Recorded> entries = run.entries();
		OwnershipTable ownership = null;
		for (int i = entries.size() - 1; i >= 0 && ownership == null; i--) {
			ownership = entries.get(i).ownership();
		}
		if (ownership == null) {
			return new IVariable[0];
		}
		List<IVariable> variables = new ArrayList<>();
		for (int column = 0; column < ownership.columns().size(); column++) {
			List<String> states = new ArrayList<>();
			for (List<String> row : ownership.rows()) {
				states.add(row.get(column));
			}
			variables.add(new PtlVariable(getDebugTarget(), ownership.columns().get(column), states));
		}
		return variables.toArray(IVariable[]::new);
	}

	@Override
	public boolean hasVariables() {
		return getVariables().length > 0;
	}

	@Override
	public int getLineNumber() {
		return line;
	}

	@Override
	public int getCharStart() {
		return -1;
	}

	@Override
	public int getCharEnd() {
		return -1;
	}

	@Override
	public String getName() {
		return run.name() + ", before line " + line + " (" + stepsDone + " entries done)";
	}

	@Override
	public IRegisterGroup[] getRegisterGroups() {
		return new IRegisterGroup[0];
	}

	@Override
	public boolean hasRegisterGroups() {
		return false;
	}

	@Override
	public boolean canStepInto() {
		return thread.canStepInto();
	}

	@Override
	public boolean canStepOver() {
		return thread.canStepOver();
	}

	@Override
	public boolean canStepReturn() {
		return false;
	}

	@Override
	public boolean isStepping() {
		return false;
	}

	@Override
	public void stepInto() {
		thread.stepInto();
	}

	@Override
	public void stepOver() {
		thread.stepOver();
	}

	@Override
	public void stepReturn() throws DebugException {
		thread.stepReturn();
	}






	@Override
	public boolean canTerminate() {
		return thread.canTerminate();
	}

	@Override
	public boolean isTerminated() {
		return thread.isTerminated();
	}

	@Override
	public void terminate() throws DebugException {
		thread.terminate();
	}
}
