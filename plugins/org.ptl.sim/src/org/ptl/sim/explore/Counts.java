package org.ptl.sim.explore;

import java.util.Locale;

/** Large counts and rates written for people: 1,234,567 and 1.23 M. */
public final class Counts {

	private Counts() {
	}

	/** 1,234,567. */
	public static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	/** A large count shortly: 9,765,625 or 5.42e+44 (a double that no long holds exactly). */
	public static String count(double value) {
		return value < 1e15 ? count(Math.round(value)) : String.format(Locale.ROOT, "%.3g", value);
	}

	/** 1.23 M, 456 k, 789. */
	public static String rate(double perSecond) {
		if (perSecond >= 1e6) {
			return String.format(Locale.ROOT, "%.2f M", perSecond / 1e6);
		}
		if (perSecond >= 1e3) {
			return String.format(Locale.ROOT, "%.1f k", perSecond / 1e3);
		}
		return String.format(Locale.ROOT, "%.0f", perSecond);
	}
}
