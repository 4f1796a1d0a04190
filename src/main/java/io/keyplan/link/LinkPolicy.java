package io.keyplan.link;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Which link targets may appear on the portal, decided once for every route a user's URL can
 * take (Markdown links, reference definitions, autolinks, images, raw HTML) and for both
 * {@code validate} and the renderer.
 *
 * <p>The scheme is read the way a browser reads it (WHATWG URL parsing), not the way it looks:
 * HTML entities are decoded, C0 controls and spaces around the address are dropped, tabs and
 * line breaks anywhere are dropped, and only then is the text up to the first {@code :} a scheme
 * when it has the form {@code [A-Za-z][A-Za-z0-9+.-]*}. So {@code java&#x09;script:},
 * {@code &#106;avascript:} and {@code " \u0001javascript:"} are all {@code javascript:}.
 * Relative links and {@code http}, {@code https}, {@code mailto} and {@code tel} are allowed;
 * every other scheme (javascript, vbscript, data, file, blob, anything unknown) is not.
 */
public final class LinkPolicy {
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");

    private LinkPolicy() {}

    /**
     * The address a browser works with when {@code attributeValue} stands in an {@code href} or
     * {@code src}: entities decoded, C0 controls and spaces stripped at both ends, tabs and
     * line breaks removed anywhere.
     */
    public static String asBrowserReads(String attributeValue) {
        return squeeze(decodeEntities(attributeValue));
    }

    /**
     * The scheme of an address that is already decoded (see {@link #asBrowserReads}), lower case,
     * or null for a relative link ({@code page.html}, {@code ../x}, {@code #top}, {@code //host}).
     */
    public static String scheme(String url) {
        String u = squeeze(url);
        int colon = u.indexOf(':');
        if (colon <= 0 || !Character.isLetter(u.charAt(0)) || u.charAt(0) > 0x7f) {
            return null;
        }
        for (int i = 1; i < colon; i++) {
            char c = u.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '+'
                    || c == '-'
                    || c == '.';
            if (!ok) {
                return null;
            }
        }
        return u.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /**
     * True when {@code url} may be a link target on the portal. It is read both as it stands and
     * with its entities decoded, and both readings must be allowed: a value that already went
     * through a Markdown parser has its entities decoded, a value from raw text has not, and
     * deciding on the stricter of the two costs only odd relative links.
     */
    public static boolean allowed(String url) {
        if (url == null) {
            return true;
        }
        return allowedScheme(scheme(url))
                && allowedScheme(scheme(decodeEntities(url)))
                && allowedScheme(scheme(withoutInvisibles(decodeEntities(url))));
    }

    /** True for no scheme (a relative link) and for the schemes the portal links to. */
    public static boolean allowedScheme(String scheme) {
        return scheme == null || ALLOWED.contains(scheme);
    }

    /**
     * The attribute value to write for an allowed {@code url}, or null when it is not allowed.
     * What a browser would drop is dropped, and the control and line-separator characters that
     * are left are percent-encoded: an {@code href} never holds a raw line break or control.
     */
    public static String forAttribute(String url) {
        if (url == null || !allowed(url)) {
            return null;
        }
        return percentEncodeInvisibles(squeeze(url), true);
    }

    /** HTML character references decoded as in an attribute value ({@code &#106;}, {@code &colon;}, {@code &#x6A}). */
    public static String decodeEntities(String s) {
        return s.indexOf('&') < 0 ? s : org.jsoup.parser.Parser.unescapeEntities(s, true);
    }

    /** WHATWG: strip leading and trailing C0 controls and spaces, remove ASCII tab and newlines. */
    static String squeeze(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= 0x20) {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= 0x20) {
            end--;
        }
        StringBuilder out = null;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                if (out == null) {
                    out = new StringBuilder(end - start).append(s, start, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out != null ? out.toString() : s.substring(start, end);
    }

    /**
     * Every control, space and format character removed: a second, stricter reading so that a
     * scheme broken up by characters some other reader may skip ({@code java\u0000script:},
     * {@code java\u200bscript:}) still counts as that scheme.
     */
    private static String withoutInvisibles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!invisible(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean invisible(char c) {
        int type = Character.getType(c);
        return c <= 0x20
                || c == 0x7f
                || (c >= 0x80 && c <= 0x9f)
                || Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * {@code url} with its controls, spaces and line separators as %XX: safe to show in a message
     * on a terminal, and the form {@link #forAttribute} writes.
     */
    public static String printable(String url) {
        return percentEncodeInvisibles(url, false);
    }

    /** Controls, line or paragraph separators (and spaces, if asked) as %XX of their UTF-8 bytes. */
    private static String percentEncodeInvisibles(String s, boolean spaces) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean encode = c < 0x20
                    || (c == ' ' && spaces)
                    || c == 0x7f
                    || (c >= 0x80 && c <= 0x9f)
                    || c == '\u2028'
                    || c == '\u2029';
            if (encode && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (encode) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%')
                            .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
            } else {
                out.append(c);
            }
        }
        return out != null ? out.toString() : s;
    }
}
