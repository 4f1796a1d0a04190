package io.keyplan.publish;

import java.util.Locale;

/** Checks site-relative paths: forward slashes, no way out of the site root. */
final class SitePaths {
    private SitePaths() {
    }

    /** @throws IllegalArgumentException when {@code path} is empty, absolute, uses backslashes or leaves the root */
    static String check(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("empty site path");
        }
        if (path.indexOf('\\') >= 0 || path.startsWith("/") || path.indexOf(':') >= 0 || path.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("site path must be relative with forward slashes: " + path);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("site path leaves the site root or is not normal: " + path);
            }
        }
        return path;
    }

    /** Plan sources must never be published: their text is only shown through the templates. */
    static boolean isPlanSource(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".md") || n.endsWith(".markdown");
    }
}
