package io.keyplan.text;

/**
 * The one escaper for markup KeyPlan writes itself (SVG charts, the print timeline, the sitemap,
 * Markdown's plain-text shortcut and link attributes, the GitHub step summary); templates are
 * escaped by Pebble.
 *
 * <p>Two sets, because the callers need two:
 * <ul>
 * <li>{@link #text}: {@code & < > "} as {@code &amp; &lt; &gt; &quot;}, for text content.
 *     {@code &} and {@code <} are what markup needs; {@code >} so that no {@code ]]>} can end up
 *     in XML. {@code "} is not needed in text, but it is the set flexmark's renderer writes text
 *     and attributes with, and Markdown's shortcut must write the bytes flexmark writes; it also
 *     keeps the result safe inside a double-quoted attribute, the only kind KeyPlan writes
 *     itself. The apostrophe is left as it is, as flexmark leaves it.</li>
 * <li>{@link #attribute}: the same and {@code '} as {@code &#39;}: safe in an attribute value
 *     whichever quote stands around it, and also in text. It is exactly what Pebble's autoescaper
 *     writes, so a value reads the same wherever it appears on a page; SVG charts use it for their
 *     texts too, and the sitemap, whose protocol asks for all five to be escaped. {@code &#39;}
 *     rather than {@code &apos;}: HTML 4 does not know {@code &apos;}, and Pebble writes
 *     {@code &#39;}.</li>
 * </ul>
 *
 * <p>Characters that XML 1.0 does not allow in a document at all (C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) are dropped by both: no
 * character reference may stand for them either, and an HTML parser reports them as errors.
 * Dropped, not replaced by U+FFFD: the charts always dropped them, and the public profile also
 * reads a text with them left out when it looks for names ({@code profile.Fold}), so the page
 * shows a reading that was checked. A character dropped here joins what it separated: a link
 * target must have its controls percent-encoded first ({@code LinkPolicy.forAttribute} does).
 * Surrogate pairs are kept; C1 controls are allowed in XML 1.0 and kept too. Null becomes the
 * empty string.
 *
 * <p>{@link #script} is a third set, for data KeyPlan writes into JavaScript (the search index):
 * a JSON string literal that stays data wherever a script stands, in a file or inside a
 * {@code <script>} element.
 */
public final class Escape {
    private Escape() {}

    /** {@code s} for text content: {@code & < > "} escaped, forbidden characters dropped; "" for null. */
    public static String text(String s) {
        return escape(s, false);
    }

    /** {@code s} for an attribute value in either quote: {@code & < > " '} escaped, forbidden characters dropped; "" for null. */
    public static String attribute(String s) {
        return escape(s, true);
    }

    /**
     * {@code s} as a JSON string literal, quotes included, that is also safe inside an HTML
     * {@code <script>} element and in every JavaScript version: quote, backslash and controls escaped as
     * JSON asks; {@code < > &} as backslash-u escapes ({@code \\u003c}), so no {@code </script>} or
     * {@code <!--} can end or bend the element; U+2028 and U+2029, line ends to older JavaScript,
     * escaped too. Lone surrogates are dropped, as by the other two sets. Every other character,
     * accents included, is written as it is, so the file stays small and readable (and leak tests
     * that search its bytes for a name find it). Null becomes {@code ""}.
     */
    public static String script(String s) {
        if (s == null) {
            return "\"\"";
        }
        int n = s.length();
        StringBuilder b = new StringBuilder(n + 2).append('"');
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> unicode(b, c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        // a lone half of a pair is no character: dropped
                    } else if (c < 0x20 || c == 0x7F) {
                        unicode(b, c);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static void unicode(StringBuilder b, char c) {
        b.append("\\u");
        String hex = Integer.toHexString(c);
        b.append("0".repeat(4 - hex.length())).append(hex);
    }

    private static String escape(String s, boolean apostrophe) {
        if (s == null) {
            return "";
        }
        // Most texts need nothing: then the string itself is returned, without a copy.
        StringBuilder b = null;
        int done = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String entity;
            switch (c) {
                case '&' -> entity = "&amp;";
                case '<' -> entity = "&lt;";
                case '>' -> entity = "&gt;";
                case '"' -> entity = "&quot;";
                case '\'' -> entity = apostrophe ? "&#39;" : null;
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    entity = allowed(c) ? null : "";
                }
            }
            if (entity != null) {
                if (b == null) {
                    b = new StringBuilder(n + 16);
                }
                b.append(s, done, i).append(entity);
                done = i + 1;
            }
        }
        return b == null ? s : b.append(s, done, n).toString();
    }

    /** A character XML 1.0 allows on its own (a surrogate only ever as half of a pair, checked by the caller). */
    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
    }
}
