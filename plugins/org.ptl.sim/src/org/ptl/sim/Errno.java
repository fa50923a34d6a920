package org.ptl.sim;

import java.util.Optional;

import org.ptl.model.support.ErrnoNames;

/**
 * The Linux error numbers the engine returns, and results as the kernel writes them: -EPERM,
 * -EAGAIN, -E2BIG (the names are {@link ErrnoNames}).
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
	public static final int EOPNOTSUPP = 95;

	private Errno() {
	}

	/** The (positive) number of an error name such as "EPERM" or "-EPERM". */
	public static Optional<Integer> number(String name) {
		return ErrnoNames.number(name);
	}

	/** A return value as the kernel would print it: 0, -EAGAIN, or -123 for an unnamed error. */
	public static String text(long result) {
		if (result >= 0 || result < Integer.MIN_VALUE) {
			return Long.toString(result);
		}
		return ErrnoNames.name((int) -result).map(name -> "-" + name).orElse(Long.toString(result));
	}
}
