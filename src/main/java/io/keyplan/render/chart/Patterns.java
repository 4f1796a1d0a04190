package io.keyplan.render.chart;

/**
 * Fill patterns, so a chart still tells its series apart when printed in black and white
 * or seen by someone who cannot tell the colours apart. Each pattern has a coloured
 * background (class {@code kp-pat-bg kp-fill-<name>}) and lines or dots on top
 * (class {@code kp-pat-ink}); charts.css turns the background white and the ink black in print.
 */
final class Patterns {
    /** The drawing on top of the background. */
    enum Kind {
        SOLID,
        DIAGONAL,
        BACK_DIAGONAL,
        CROSS,
        HORIZONTAL,
        VERTICAL,
        DOTS
    }

    private Patterns() {}

    /**
     * Writes one {@code <pattern>} (to be placed inside {@code <defs>}); its id is
     * {@code svg.local("pat-" + name)}.
     *
     * @param fallbackFill colour used when charts.css is not loaded
     */
    static void define(Svg svg, String name, Kind kind, String fallbackFill) {
        String id = svg.local("pat-" + name);
        svg.raw("<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">");
        svg.raw("<rect class=\"kp-pat-bg kp-fill-" + name + "\" width=\"8\" height=\"8\" fill=\"" + fallbackFill
                + "\"/>");
        String ink = " class=\"kp-pat-ink\" stroke=\"#000\" stroke-opacity=\"0.35\" stroke-width=\"1.2\" fill=\"none\"";
        switch (kind) {
            case SOLID -> {}
            case DIAGONAL -> svg.raw("<path" + ink + " d=\"M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6\"/>");
            case BACK_DIAGONAL -> svg.raw("<path" + ink + " d=\"M-2,6 L2,10 M0,0 L8,8 M6,-2 L10,2\"/>");
            case CROSS ->
                svg.raw("<path" + ink + " d=\"M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6 M-2,6 L2,10 M0,0 L8,8 M6,-2 L10,2\"/>");
            case HORIZONTAL -> svg.raw("<path" + ink + " d=\"M0,4 L8,4\"/>");
            case VERTICAL -> svg.raw("<path" + ink + " d=\"M4,0 L4,8\"/>");
            case DOTS ->
                svg.raw(
                        "<circle class=\"kp-pat-ink kp-pat-dot\" cx=\"4\" cy=\"4\" r=\"1.4\" fill=\"#000\" fill-opacity=\"0.4\"/>");
            default -> throw new IllegalStateException(kind.name());
        }
        svg.raw("</pattern>\n");
    }

    /** The fill attribute value that uses a pattern defined by {@link #define}. */
    static String url(Svg svg, String name) {
        return "url(#" + svg.local("pat-" + name) + ")";
    }
}
