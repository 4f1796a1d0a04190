package io.keyplan.render.chart;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The customer pyramid: platinum, gold, iron, lead from top to bottom, each band with its
 * own colour and its own fill pattern so it survives a black-and-white print.
 */
public final class Pyramid {
    /** The four tiers, top to bottom. */
    public enum Tier {
        PLATINUM("platinum", Patterns.Kind.CROSS, "#8fa3bf"),
        GOLD("gold", Patterns.Kind.DIAGONAL, "#e3b341"),
        IRON("iron", Patterns.Kind.HORIZONTAL, "#a3a3a3"),
        LEAD("lead", Patterns.Kind.DOTS, "#6b6b7b");

        private final String css;
        private final Patterns.Kind pattern;
        private final String fallback;

        Tier(String css, Patterns.Kind pattern, String fallback) {
            this.css = css;
            this.pattern = pattern;
            this.fallback = fallback;
        }

        /** The CSS class suffix, {@code kp-tier-<css>}. */
        public String css() {
            return css;
        }
    }

    /**
     * One band: translated tier name, number of accounts, share of the total profit in %
     * (null when there is no profit to share; may be negative for lead).
     */
    public record Level(Tier tier, String label, int accounts, Double profitSharePct) {}

    /**
     * Translated texts; {@code description} may be null (generated). {@code accountCount}
     * turns a count into words ("3 accounts"); {@code profitCaption} follows the percentage
     * ("of profit").
     */
    public record Labels(String title, String description, IntFunction<String> accountCount, String profitCaption) {}

    /** The chart input; levels in any order, missing tiers are drawn empty with 0 accounts. */
    public record Input(String id, Labels labels, Locale locale, List<Level> levels) {}

    static final double W = 640;
    static final double H = 320;
    static final double APEX_X = 170;
    static final double TOP = 16;
    static final double BASE = 304;
    static final double HALF_BASE = 160;

    private Pyramid() {}

    /** The chart as an SVG element. */
    public static String render(Input in) {
        Labels l = in.labels();
        Svg svg =
                new Svg(in.id(), "pyramid", W, H, l.title(), l.description() != null ? l.description() : describe(in));
        svg.raw("<defs>");
        for (Tier t : Tier.values()) {
            Patterns.define(svg, t.css, t.pattern, t.fallback);
        }
        svg.raw("</defs>\n");
        double band = (BASE - TOP) / 4;
        for (Tier t : Tier.values()) {
            Level lv = level(in, t);
            double y0 = TOP + t.ordinal() * band;
            double y1 = y0 + band;
            double w0 = halfWidth(y0);
            double w1 = halfWidth(y1);
            String pts = Svg.num(APEX_X - w0) + "," + Svg.num(y0) + " " + Svg.num(APEX_X + w0) + "," + Svg.num(y0) + " "
                    + Svg.num(APEX_X + w1) + "," + Svg.num(y1) + " " + Svg.num(APEX_X - w1) + "," + Svg.num(y1);
            String name = lv != null && lv.label() != null ? lv.label() : t.css;
            int count = lv == null ? 0 : lv.accounts();
            String detail = l.accountCount() != null ? l.accountCount().apply(count) : Integer.toString(count);
            if (lv != null && lv.profitSharePct() != null) {
                detail += " \u00b7 " + Percent.of(lv.profitSharePct(), in.locale())
                        + (l.profitCaption() != null ? " " + l.profitCaption() : "");
            }
            svg.raw("<g class=\"kp-tier kp-tier-" + t.css + "\"><title>")
                    .text(name + ": " + detail)
                    .raw("</title>");
            svg.raw("<polygon class=\"kp-tier-shape\" points=\"" + pts + "\" fill=\"" + Patterns.url(svg, t.css)
                    + "\" stroke=\"#333\" stroke-width=\"1.2\"/>");
            double mid = (y0 + y1) / 2;
            double edge = APEX_X + halfWidth(mid);
            double lx = APEX_X + HALF_BASE + 40;
            svg.raw("<path class=\"kp-leader\" d=\"M" + Svg.num(edge + 4) + "," + Svg.num(mid) + " H" + Svg.num(lx - 8)
                    + "\" stroke=\"#888\" stroke-dasharray=\"2 3\" fill=\"none\"/>");
            svg.raw("<text class=\"kp-text\" x=\"" + Svg.num(lx) + "\" y=\"" + Svg.num(mid - 4)
                            + "\" font-size=\"15\" font-weight=\"bold\" fill=\"currentColor\">")
                    .text(Svg.fit(name, W - lx - 8, 15))
                    .raw("</text>");
            svg.raw("<text class=\"kp-text\" x=\"" + Svg.num(lx) + "\" y=\"" + Svg.num(mid + 14)
                            + "\" font-size=\"13\" fill=\"currentColor\">")
                    .text(Svg.fit(detail, W - lx - 8, 13))
                    .raw("</text></g>\n");
        }
        return svg.finish();
    }

    private static double halfWidth(double y) {
        return HALF_BASE * (y - TOP) / (BASE - TOP);
    }

    private static Level level(Input in, Tier t) {
        for (Level lv : in.levels()) {
            if (lv.tier() == t) {
                return lv;
            }
        }
        return null;
    }

    static String describe(Input in) {
        StringBuilder b = new StringBuilder();
        for (Tier t : Tier.values()) {
            Level lv = level(in, t);
            if (lv == null) {
                continue;
            }
            b.append(b.length() > 0 ? "; " : "")
                    .append(lv.label() != null ? lv.label() : t.css)
                    .append(": ");
            b.append(
                    in.labels().accountCount() != null
                            ? in.labels().accountCount().apply(lv.accounts())
                            : lv.accounts());
            if (lv.profitSharePct() != null) {
                b.append(", ").append(Percent.of(lv.profitSharePct(), in.locale()));
                if (in.labels().profitCaption() != null) {
                    b.append(" ").append(in.labels().profitCaption());
                }
            }
        }
        return b.length() == 0 ? "\u2013" : b.toString();
    }
}
