package io.keyplan.render.chart;

import io.keyplan.model.Band;

/**
 * The small five-segment "% complete" bar of the Key Account Notes template: segments up
 * to the computed band are filled, the self-assessed band gets a marker below it.
 */
public final class BandBar {
    /**
     * {@code computed} may be null (nothing to compute: all empty); {@code selfAssessed} may be
     * null (not assessed: no marker). {@code title} names it for screen readers, e.g.
     * "Key players: 60 % complete, self-assessed 81-100".
     */
    public record Input(String id, String title, Band computed, Band selfAssessed) {}

    static final double SEG = 20;
    static final double W = 5 * SEG + 2;
    static final double H = 20;

    private BandBar() {}

    /** The bar as an SVG element. */
    public static String render(Input in) {
        String desc = (in.computed() == null ? "\u2013" : in.computed().code())
                + (in.selfAssessed() == null ? "" : " / " + in.selfAssessed().code());
        Svg svg = new Svg(in.id(), "band", W, H, in.title(), desc);
        svg.raw("<defs>");
        Patterns.define(svg, "band", Patterns.Kind.DIAGONAL, "#4f7fbf");
        svg.raw("</defs>");
        int filled = in.computed() == null ? -1 : in.computed().ordinal();
        for (Band b : Band.values()) {
            int i = b.ordinal();
            boolean on = i <= filled;
            svg.raw("<rect class=\"kp-band-seg" + (on ? " kp-band-on" : "") + (i == filled ? " kp-band-computed" : "")
                    + "\" x=\""
                    + Svg.num(1 + i * SEG) + "\" y=\"1\" width=\"" + Svg.num(SEG - 2) + "\" height=\"11\" fill=\""
                    + (on ? Patterns.url(svg, "band") : "none") + "\" stroke=\"#666\"/>");
        }
        if (in.selfAssessed() != null) {
            double cx = 1 + in.selfAssessed().ordinal() * SEG + (SEG - 2) / 2;
            svg.raw("<path class=\"kp-band-self\" d=\"M" + Svg.num(cx) + ",13 l5,6 h-10 Z\" fill=\"currentColor\"/>");
        }
        return svg.finish();
    }
}
