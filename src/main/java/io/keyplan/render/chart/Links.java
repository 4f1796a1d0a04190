package io.keyplan.render.chart;

/** Keeps chart links inside the site. */
final class Links {
    private Links() {}

    /**
     * The link if it is relative (no scheme, not protocol-relative, not root-absolute), else null:
     * a chart never links out of the portal, and never to a "javascript:" URL.
     */
    static String safeRelative(String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String h = href.strip();
        if (h.startsWith("/") || h.startsWith("\\")) {
            return null;
        }
        int colon = h.indexOf(':');
        int slash = h.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            return null;
        }
        return h;
    }
}
