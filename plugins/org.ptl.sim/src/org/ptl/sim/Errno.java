package org.ptl.sim;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Linux error numbers by name (asm-generic/errno-base.h and errno.h), so that results read as the
 * kernel writes them: -EPERM, -EAGAIN, -E2BIG.
 */
public final class Errno {

	public static final int EPERM = 1;
	public static final int ENOENT = 2;
	public static final int E2BIG = 7;
	public static final int EAGAIN = 11;
	public static final int ENOMEM = 12;
	public static final int EFAULT = 14;
	public static final int EBUSY = 16;
	public static final int EEXIST = 17;
	public static final int EINVAL = 22;
	public static final int ERANGE = 34;
	public static final int ELOOP = 40;
	public static final int EOVERFLOW = 75;

	private static final Map<String, Integer> BY_NAME = new TreeMap<>();

	static {
		String[] names = { "EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "ENXIO", "E2BIG", "ENOEXEC", "EBADF", "ECHILD",
				"EAGAIN", "ENOMEM", "EACCES", "EFAULT", "ENOTBLK", "EBUSY", "EEXIST", "EXDEV", "ENODEV", "ENOTDIR",
				"EISDIR", "EINVAL", "ENFILE", "EMFILE", "ENOTTY", "ETXTBSY", "EFBIG", "ENOSPC", "ESPIPE", "EROFS",
				"EMLINK", "EPIPE", "EDOM", "ERANGE", "EDEADLK", "ENAMETOOLONG", "ENOLCK", "ENOSYS", "ENOTEMPTY",
				"ELOOP" };
		for (int i = 0; i < names.length; i++) {
			BY_NAME.put(names[i], i + 1);
		}
		BY_NAME.put("EOVERFLOW", EOVERFLOW);
		BY_NAME.put("EOPNOTSUPP", 95);
		BY_NAME.put("ETIMEDOUT", 110);
	}

	private Errno() {
	}

	/** The (positive) number of an error name such as "EPERM" or "-EPERM". */
	public static Optional<Integer> number(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String bare = name.startsWith("-") ? name.substring(1) : name;
		return Optional.ofNullable(BY_NAME.get(bare));
	}

	/** A return value as the kernel would print it: 0, -EAGAIN, or -123 for an unnamed error. */
	public static String text(long result) {
		if (result >= 0) {
			return Long.toString(result);
		}
		for (Map.Entry<String, Integer> entry : BY_NAME.entrySet()) {
			if (entry.getValue() == -result) {
				return "-" + entry.getKey();
			}
		}
		return Long.toString(result);
	}

	public static Iterable<String> names() {
		return BY_NAME.keySet();
	}
}
