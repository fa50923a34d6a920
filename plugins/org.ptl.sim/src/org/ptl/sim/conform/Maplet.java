package org.ptl.sim.conform;

/**
 * One range of a table's abstract view (DOMAIN.md §9.4): input addresses [start, end) mapped to
 * output addresses from {@code output} with attributes (permissions, memory type) and an ownership
 * state; or unmapped, with the owner an invalid entry names (or none).
 *
 * @param start      first input address
 * @param end        first input address after the range
 * @param mapped     whether a valid leaf maps it
 * @param output     the output address of {@code start} (mapped ranges)
 * @param attributes permissions and memory type, decoded ("s2ap=rw, xn=none, memattr=normal"), or ""
 * @param state      the component's ownership state, or "" when the table has no state encoding
 * @param owner      for an unmapped range, the owner id an annotation names, or -1
 */
public record Maplet(long start, long end, boolean mapped, long output, String attributes, String state, long owner) {

	/** Whether the next range continues this one (adjacent, same kind, same attributes, contiguous output). */
	boolean continuedBy(Maplet next) {
		return end == next.start && mapped == next.mapped && attributes.equals(next.attributes)
				&& state.equals(next.state) && owner == next.owner && (!mapped || output + (end - start) == next.output);
	}

	Maplet extendedTo(long newEnd) {
		return new Maplet(start, newEnd, mapped, output, attributes, state, owner);
	}

	/** "0x80000000..0x80003000 -> 0x80000000 s2ap=rw memattr=normal OWNED" or "... unmapped owner 1". */
	public String text() {
		StringBuilder text = new StringBuilder("0x").append(Long.toHexString(start)).append("..0x")
				.append(Long.toHexString(end));
		if (mapped) {
			text.append(" -> 0x").append(Long.toHexString(output)).append("..0x")
					.append(Long.toHexString(output + (end - start)));
			if (!attributes.isEmpty()) {
				text.append(' ').append(attributes);
			}
		} else {
			text.append(" unmapped");
			if (owner >= 0) {
				text.append(" owner ").append(owner);
			}
		}
		if (!state.isEmpty()) {
			text.append(' ').append(state);
		}
		return text.toString();
	}
}
