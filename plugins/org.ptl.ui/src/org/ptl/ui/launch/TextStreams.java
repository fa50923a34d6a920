package org.ptl.ui.launch;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.model.IStreamMonitor;
import org.eclipse.debug.core.model.IStreamsProxy;

/**
 * The output of an in-process PTL run, shaped as a process's streams so that the Debug plugin's
 * console shows it like any launched program's: what is appended reaches every listener and stays
 * readable as the stream's contents.
 */
final class TextStreams implements IStreamsProxy {

	private final Monitor out = new Monitor();
	private final Monitor err = new Monitor();

	void print(String text) {
		out.append(text);
	}

	void error(String text) {
		err.append(text);
	}

	@Override
	public IStreamMonitor getOutputStreamMonitor() {
		return out;
	}

	@Override
	public IStreamMonitor getErrorStreamMonitor() {
		return err;
	}

	@Override
	public void write(String input) throws IOException {
		throw new IOException("a PTL run reads no input");
	}

	private static final class Monitor implements IStreamMonitor {

		private final StringBuilder contents = new StringBuilder();
		private final List<IStreamListener> listeners = new CopyOnWriteArrayList<>();

		void append(String text) {
			synchronized (contents) {
				contents.append(text);
			}
			listeners.forEach(listener -> listener.streamAppended(text, this));
		}

		@Override
		public void addListener(IStreamListener listener) {
			listeners.add(listener);
		}

		@Override
		public void removeListener(IStreamListener listener) {
			listeners.remove(listener);
		}

		@Override
		public String getContents() {
			synchronized (contents) {
				return contents.toString();
			}
		}
	}
}
