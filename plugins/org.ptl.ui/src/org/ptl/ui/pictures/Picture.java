package org.ptl.ui.pictures;

/**
 * A drawing of a PTL element as the generators draw it: an SVG document and a title saying what it
 * shows ("descriptor arm64_s2_4k.page", "ownership model pkvm_v5_15", "layout hyp_va_6_x: hyp_va").
 *
 * @param title what the drawing shows
 * @param svg   the drawing
 */
public record Picture(String title, String svg) {
}
