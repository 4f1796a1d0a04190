package io.keyplan.render.chart;

import io.keyplan.text.Escape;

/**
 * A small writer for SVG markup: escapes every text and attribute, prints coordinates
 * in a locale-independent way, and writes the accessible frame every chart shares.
 */
final class Svg {
    private final StringBuilder out = new StringBuilder(4096);
    private final String id;

    /**
     * What the root says it is. A chart with links inside (the matrix's bubbles) cannot be an
     * {@code img}, whose content assistive technology treats as presentational (axe: nested-interactive):
     * it is a {@code group} named by its title and described by its desc.
     */
    enum Role {
        IMG,
        GROUP
    }

    /** Starts a chart: root element with viewBox, role img, title and desc. */
    Svg(String rawId, String kind, double width, double height, String title, String desc) {
        this(rawId, kind, width, height, title, desc, Role.IMG);
    }

    /** Starts a chart: root element with viewBox, the given role, title and desc. */
    Svg(String rawId, String kind, double width, double height, String title, String desc, Role role) {
        this.id = ChartIds.sanitise(rawId);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kp-chart kp-chart-")
                .append(kind)
                .append("\" id=\"")
                .append(id)
                .append("\" viewBox=\"0 0 ")
                .append(num(width))
                .append(' ')
                .append(num(height))
                .append("\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" role=\"");
        if (role == Role.GROUP) {
            out.append("group\" aria-labelledby=\"")
                    .append(id)
                    .append("-title\" aria-describedby=\"")
                    .append(id)
                    .append("-desc\">\n");
        } else {
            out.append("img\" aria-labelledby=\"")
                    .append(id)
                    .append("-title ")
                    .append(id)
                    .append("-desc\">\n");
        }
        out.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(Escape.attribute(title))
                .append("</title>\n");
        out.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(Escape.attribute(desc))
                .append("</desc>\n");
    }

    private Svg() {
        this.id = "";
    }

    /** A piece of markup to be inserted into a chart later (no root element). */
    static Svg fragment() {
        return new Svg();
    }

    /** The markup written so far. */
    String body() {
        return out.toString();
    }

    /** The sanitised chart id; every id inside the chart starts with it. */
    String id() {
        return id;
    }

    /** An id local to this chart instance, so two charts on one page never clash. */
    String local(String name) {
        return id + "-" + name;
    }

    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    /**
     * Appends an escaped text node, with the attribute set: a chart's texts are escaped as
     * Pebble escapes the page around it, so a name is the same bytes in both.
     */
    Svg text(String s) {
        out.append(Escape.attribute(s));
        return this;
    }

    String finish() {
        out.append("</svg>\n");
        return out.toString();
    }

    /** A coordinate with at most two decimals, dot as separator, no "-0". */
    static String num(double v) {
        // In whole hundredths: String.format would cost more than the rest of a chart (it is called for every
        // coordinate).
        long h = Math.round(v * 100.0);
        if (h == 0) {
            return "0";
        }
        if (h % 100 == 0) {
            return Long.toString(h / 100);
        }
        StringBuilder s = new StringBuilder(12);
        if (h < 0) {
            s.append('-');
        }
        long a = Math.abs(h);
        s.append(a / 100).append('.').append((char) ('0' + a / 10 % 10));
        if (a % 10 != 0) {
            s.append((char) ('0' + a % 10));
        }
        return s.toString();
    }

    /** Roughly how wide a text is drawn, for layout; SVG cannot measure text at build time. */
    static double textWidth(String s, double fontSize) {
        return (s == null ? 0 : s.codePointCount(0, s.length())) * fontSize * 0.56;
    }

    /** Shortens a text to fit a width, ending with an ellipsis. */
    static String fit(String s, double maxWidth, double fontSize) {
        if (s == null) {
            return "";
        }
        int max = (int) Math.floor(maxWidth / (fontSize * 0.56));
        int n = s.codePointCount(0, s.length());
        if (n <= max || max < 2) {
            return s;
        }
        int end = s.offsetByCodePoints(0, max - 1);
        return s.substring(0, end).strip() + "\u2026";
    }
}
