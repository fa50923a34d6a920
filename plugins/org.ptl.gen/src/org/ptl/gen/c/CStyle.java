package org.ptl.gen.c;

/**
 * The two dialects a header is written in: the Linux kernel's (u64, GENMASK_ULL, static_assert
 * from linux/build_bug.h) and plain C11 for user space (uint64_t, masks as shifted literals,
 * static_assert from assert.h). A kernel-style header includes the kernel's headers only under
 * __KERNEL__, so that its self-test compiles in user space with the shims the self-test defines.
 */
public enum CStyle {
	KERNEL("u64"), USER("uint64_t");

	private final String word;

	CStyle(String word) {
		this.word = word;
	}

	/** The 64-bit unsigned type. */
	public String u64() {
		return word;
	}

	/** The mask of bits high..low as this style writes it. */
	public String mask(int high, int low) {
		if (this == KERNEL) {
			return "GENMASK_ULL(" + high + ", " + low + ")";
		}
		int width = high - low + 1;
		long ones = width >= 64 ? -1L : (1L << width) - 1;
		return "(" + CText.hex(ones) + " << " + low + ")";
	}

	/** The includes the header needs, one per line. */
	public String includes() {
		if (this == KERNEL) {
			return """
					#ifdef __KERNEL__
					#include <linux/bits.h>
					#include <linux/build_bug.h>
					#include <linux/types.h>
					#endif
					""";
		}
		return """
				#include <assert.h>
				#include <stdbool.h>
				#include <stdint.h>
				""";
	}

	/** Parses "kernel" or "user". */
	public static CStyle of(String text) {
		return switch (text) {
		case "kernel" -> KERNEL;
		case "user" -> USER;
		default -> throw new IllegalArgumentException("unknown style '" + text + "' (kernel or user)");
		};
	}
}
