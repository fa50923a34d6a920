package org.ptl.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.ptl.ui.build.PtlNature;

/**
 * What the UI tests share: running code on the UI thread and waiting while it stays responsive,
 * workspace projects made from the bundled examples or from text, waiting for builds and jobs,
 * and screenshots of the workbench window under target/screenshots for people to look at.
 */
final class Workbench {

	private Workbench() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/** Runs on the UI thread and returns its result; exceptions come back to the caller. */
	static <T> T ui(Supplier<T> action) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(action.get());
			} catch (RuntimeException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	static void ui(Runnable action) {
		ui(() -> {
			action.run();
			return null;
		});
	}

	static IWorkbenchPage page() {
		return ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
	}

	/** Waits (polling, off the UI thread) until the condition holds; fails with the message after the timeout. */
	static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
		long end = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			sleep(50);
		}
	}

	/** Lets the UI thread process what is queued (paints, async runnables). */
	static void settle() {
		for (int i = 0; i < 5; i++) {
			ui(() -> {
				while (display().readAndDispatch()) {
					// drain
				}
			});
			sleep(40);
		}
	}

	static void waitForBuild() {
		try {
			Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
			Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	static Path root() {
		String root = System.getProperty("ptl.root");
		return root == null ? Path.of("../..").toAbsolutePath().normalize() : Path.of(root);
	}

	/** A new project with the PTL nature holding a copy of the bundled examples. */
	static IProject examplesProject(String name) throws CoreException {
		IProject project = project(name);
		Path examples = root().resolve("examples");
		try (Stream<Path> files = Files.walk(examples)) {
			for (Path path : files.filter(Files::isRegularFile).toList()) {
				String relative = examples.relativize(path).toString();
				IFile file = project.getFile(relative);
				create(file.getParent());
				file.create(Files.readAllBytes(path), IResource.FORCE, null);
			}
		} catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		waitForBuild();
		return project;
	}

	/** A new, empty project with the PTL nature (deleted first when it exists). */
	static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		PtlNature.addTo(project, null);
		return project;
	}

	static IFile write(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		ByteArrayInputStream contents = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(contents, IResource.FORCE, null);
		} else {
			file.create(contents, IResource.FORCE, null);
		}
		waitForBuild();
		return file;
	}

	private static void create(org.eclipse.core.resources.IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			create(folder.getParent());
			folder.create(true, true, null);
		}
	}

	/** Shows a view maximized, saves the window as a screenshot, and restores the layout. */
	static Path screenshotOf(String viewId, String name) {
		org.eclipse.ui.IViewPart view = ui(() -> {
			try {
				org.eclipse.ui.IViewPart part = page().showView(viewId);
				page().setPartState(page().getReference(part), IWorkbenchPage.STATE_MAXIMIZED);
				return part;
			} catch (org.eclipse.ui.PartInitException cannotShow) {
				throw new IllegalStateException(cannotShow);
			}
		});
		try {
			// the console comes forward when a launch writes its output: bring the view back on top
			settle();
			ui(() -> page().activate(view));
			return screenshot(name);
		} finally {
			ui(() -> page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED));
		}
	}

	/** Saves the workbench window as target/screenshots/NAME.png (for people; tests do not read it). */
	static Path screenshot(String name) {
		ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1280, 1000));
		settle();
		return ui(() -> {
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			Rectangle bounds = shell.getBounds();
			Image image = new Image(display(), bounds.width, bounds.height);
			GC gc = new GC(display());
			try {
				gc.copyArea(image, bounds.x, bounds.y);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				Path directory = Path.of(System.getProperty("ptl.screenshots", "target/screenshots"));
				Files.createDirectories(directory);
				Path file = directory.resolve(name + ".png");
				loader.save(file.toString(), SWT.IMAGE_PNG);
				return file;
			} catch (IOException cannotWrite) {
				throw new UncheckedIOException(cannotWrite);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
