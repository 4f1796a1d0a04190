package io.keyplan.site;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The rules every path written into the site obeys: relative, forward slashes, no way out of the
 * site root; and how names compare on the file systems a site is copied to. Where each page is,
 * is {@link SiteLayout}'s business.
 */
public final class SitePaths {
    private SitePaths() {}

    /**
     * A name as case-insensitive file systems see it (Windows, macOS): upper and lower case alike,
     * and accented letters alike however they are encoded (macOS stores them decomposed).
     */
    public static String fold(String name) {
        // Upper then lower case folds what toLowerCase alone keeps apart ('ſ' and 's', 'K' Kelvin and 'k').
        return Normalizer.normalize(name, Normalizer.Form.NFC)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException when {@code path} is empty, absolute, uses backslashes or leaves the root */
    public static String check(String path) {
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

    /** True when the site writer would take {@code path} (the same rule as {@link #check}). */
    public static boolean isWritable(String path) {
        try {
            check(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Plan sources must never be published: their text is only shown through the templates. */
    public static boolean isPlanSource(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".md") || n.endsWith(".markdown");
    }
}
