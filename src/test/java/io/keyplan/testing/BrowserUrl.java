package io.keyplan.testing;

import java.util.Locale;
import java.util.Set;

/**
 * The scheme of a URL as a browser reads it (WHATWG URL Standard, "basic URL parser", scheme
 * start and scheme states), written apart from KeyPlan's own link checks so the fuzz oracles
 * cannot share their blind spots. The value must already be as the browser sees it: attribute
 * values from an HTML parser are entity-decoded once, exactly as in a page.
 */
public final class BrowserUrl {
    /** What a page may link to: relative links and these schemes; every other scheme is unsafe. */
    public static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private BrowserUrl() {}

    /** The scheme in lower case, or "" when the browser reads the URL as relative. */
    public static String scheme(String url) {
        String s = stripC0AndSpace(url);
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue; // removed anywhere before parsing
            }
            boolean alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (scheme.isEmpty()) {
                if (!alpha) {
                    return "";
                }
                scheme.append(c);
            } else if (alpha || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
                scheme.append(c);
            } else if (c == ':') {
                return scheme.toString().toLowerCase(Locale.ROOT);
            } else {
                return "";
            }
        }
        return ""; // no ':' at all: a relative path
    }

    public static boolean isSafe(String url) {
        String scheme = scheme(url);
        return scheme.isEmpty() || ALLOWED_SCHEMES.contains(scheme);
    }

    /** Leading and trailing C0 controls and spaces (U+0000 to U+0020) are not part of a URL. */
    private static String stripC0AndSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= 0x20) {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= 0x20) {
            end--;
        }
        return s.substring(start, end);
    }
}
