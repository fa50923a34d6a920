package org.ptl.model.support;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Linux error numbers by name (asm-generic/errno-base.h and errno.h), the names PTL accepts where it
 * says -EPERM or -EBUSY: the validator rejects any other name, and the simulator turns them into the
 * numbers the kernel returns.
 */
public final class ErrnoNames {

	private static final Map<String, Integer> BY_NAME = new TreeMap<>();

	static {
		// errno-base.h, in number order from EPERM = 1
		String[] base = { "EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "ENXIO", "E2BIG", "ENOEXEC", "EBADF", "ECHILD",
				"EAGAIN", "ENOMEM", "EACCES", "EFAULT", "ENOTBLK", "EBUSY", "EEXIST", "EXDEV", "ENODEV", "ENOTDIR",
				"EISDIR", "EINVAL", "ENFILE", "EMFILE", "ENOTTY", "ETXTBSY", "EFBIG", "ENOSPC", "ESPIPE", "EROFS",
				"EMLINK", "EPIPE", "EDOM", "ERANGE", "EDEADLK", "ENAMETOOLONG", "ENOLCK", "ENOSYS", "ENOTEMPTY",
				"ELOOP" };
		for (int i = 0; i < base.length; i++) {
			BY_NAME.put(base[i], i + 1);
		}
		// the few from errno.h that page-table and ownership code returns
		BY_NAME.put("ENODATA", 61);
		BY_NAME.put("EOVERFLOW", 75);
		BY_NAME.put("EOPNOTSUPP", 95);
		BY_NAME.put("ETIMEDOUT", 110);
		BY_NAME.put("EHWPOISON", 133);
	}

	private ErrnoNames() {
	}

	/** The (positive) number of an error name such as "EPERM" or "-EPERM". */
	public static Optional<Integer> number(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String bare = name.startsWith("-") ? name.substring(1) : name;
		return Optional.ofNullable(BY_NAME.get(bare));
	}

	/** The name of an error number, or empty for a number Linux does not name here. */
	public static Optional<String> name(int number) {
		for (Map.Entry<String, Integer> entry : BY_NAME.entrySet()) {
			if (entry.getValue() == number) {
				return Optional.of(entry.getKey());
			}
		}
		return Optional.empty();
	}

	/** Every known name, in alphabetical order, without the minus sign. */
	public static Iterable<String> names() {
		return Collections.unmodifiableSet(BY_NAME.keySet());
	}
}
