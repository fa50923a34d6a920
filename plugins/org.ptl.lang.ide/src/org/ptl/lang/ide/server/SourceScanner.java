package org.ptl.lang.ide.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.util.UriExtensions;

import com.google.inject.Inject;

/**
 * Finds the .ptl files of a workspace folder, as the Eclipse workspace does: build output
 * ({@code target} folders) and hidden folders ({@code .git}) are not sources, so copies of files
 * there neither slow the first build nor clash with the originals.
 */
public class SourceScanner implements IFileSystemScanner {

	@Inject
	private UriExtensions uris;

	@Override
	public void scan(URI root, IAcceptor<URI> acceptor) {
		Path start = new File(root.toFileString()).toPath();
		if (!Files.isDirectory(start)) {
			return;
		}
		try {
			Files.walkFileTree(start, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
					String name = directory.getFileName() == null ? "" : directory.getFileName().toString();
					boolean skipped = !directory.equals(start) && (name.equals("target") || name.startsWith("."));
					return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (file.getFileName().toString().endsWith(".ptl")) {
						acceptor.accept(uris.toEmfUri(file.toAbsolutePath().toUri()));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException unreadable) {
					return FileVisitResult.CONTINUE; // an unreadable corner of the folder is not the user's PTL
				}
			});
		} catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}
}
