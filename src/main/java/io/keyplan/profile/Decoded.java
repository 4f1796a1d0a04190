package io.keyplan.profile;

import com.vladsch.flexmark.util.sequence.Html5Entities;

/**
 * A text with what a browser decodes before anybody reads it already decoded: HTML character
 * references ({@code &nbsp;}, {@code &#72;}, {@code &#x48;}, also without the closing
 * {@code ;}, as browsers take them in raw HTML) and percent escapes ({@code %20}, {@code %C3%A9}).
 * Each decoded code point keeps the span of the source it came from, so a name found in the
 * decoded text can be cut out of the source. Decoding is generous on purpose: reading too much
 * as a name only withholds a little more; reading too little would let a name through.
 */
final class Decoded {
    /** Entity names are at most this long ({@code &CounterClockwiseContourIntegral;}). */
    private static final int MAX_ENTITY = 32;

    final int[] cps;
    final int[] start;
    final int[] end;
    final int length;

    private Decoded(int[] cps, int[] start, int[] end, int length) {
        this.cps = cps;
        this.start = start;
        this.end = end;
        this.length = length;
    }

    /** The text as it is, nothing decoded: where a renderer leaves a reference as text ("&#72;" in an address). */
    static Decoded raw(String src) {
        Builder out = new Builder(src.length());
        for (int i = 0; i < src.length(); ) {
            int cp = src.codePointAt(i);
            int next = i + Character.charCount(cp);
            out.add(cp, i, next);
            i = next;
        }
        return new Decoded(out.cps, out.start, out.end, out.length);
    }

    static Decoded of(String src) {
        Builder entities = new Builder(src.length());
        int i = 0;
        while (i < src.length()) {
            int cp = src.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '&') {
                int after = entity(src, i, entities);
                if (after > i) {
                    i = after;
                    continue;
                }
            }
            entities.add(cp, i, next);
            i = next;
        }
        return percent(entities);
    }

    /** Decodes the reference at {@code at} into {@code out}; the index after it, or {@code at} when there is none. */
    private static int entity(String src, int at, Builder out) {
        int i = at + 1;
        if (i < src.length() && src.charAt(i) == '#') {
            boolean hex = i + 1 < src.length() && (src.charAt(i + 1) == 'x' || src.charAt(i + 1) == 'X');
            int digits = i + (hex ? 2 : 1);
            int j = digits;
            long value = 0;
            while (j < src.length() && Character.digit(src.charAt(j), hex ? 16 : 10) >= 0 && j - digits < 10) {
                value = value * (hex ? 16 : 10) + Character.digit(src.charAt(j), hex ? 16 : 10);
                j++;
            }
            if (j == digits) {
                return at;
            }
            int cp = value == 0 || value > Character.MAX_CODE_POINT || (value >= 0xd800 && value <= 0xdfff)
                    ? 0xfffd
                    : (int) value;
            int endAt = j < src.length() && src.charAt(j) == ';' ? j + 1 : j;
            out.add(cp, at, endAt);
            return endAt;
        }
        int j = i;
        while (j < src.length() && j - i < MAX_ENTITY && isAsciiLetterOrDigit(src.charAt(j))) {
            j++;
        }
        if (j == i) {
            return at;
        }
        if (j < src.length() && src.charAt(j) == ';') {
            String value = named(src.substring(i, j));
            if (value != null) {
                final int endAt = j + 1;
                value.codePoints().forEach(cp -> out.add(cp, at, endAt));
                return endAt;
            }
        }
        // Without ';' browsers still read the longest known name in raw HTML ("&nbspHendrik").
        for (int k = j; k > i; k--) {
            String value = named(src.substring(i, k));
            if (value != null) {
                final int endAt = k;
                value.codePoints().forEach(cp -> out.add(cp, at, endAt));
                return k;
            }
        }
        return at;
    }

    private static String named(String name) {
        String ref = "&" + name + ";";
        String value = Html5Entities.entityToString(ref);
        return value == null || value.equals(ref) ? null : value;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** {@code %XX} escapes that form a UTF-8 character become it; any other {@code %} stays as it is. */
    private static Decoded percent(Builder in) {
        Builder out = new Builder(in.length);
        int i = 0;
        while (i < in.length) {
            int cp = in.cps[i] == '%' ? utf8At(in, i) : -1;
            if (cp >= 0) {
                int last = i + 3 * utf8Length(cp) - 1;
                out.add(cp, in.start[i], in.end[last]);
                i = last + 1;
            } else {
                out.add(in.cps[i], in.start[i], in.end[i]);
                i++;
            }
        }
        return new Decoded(out.cps, out.start, out.end, out.length);
    }

    /** The character whose UTF-8 bytes are escaped from {@code i} on, or -1. */
    private static int utf8At(Builder in, int i) {
        int b0 = byteAt(in, i);
        if (b0 < 0) {
            return -1;
        }
        int len = b0 < 0x80
                ? 1
                : b0 >= 0xc2 && b0 < 0xe0 ? 2 : b0 >= 0xe0 && b0 < 0xf0 ? 3 : b0 >= 0xf0 && b0 < 0xf5 ? 4 : 0;
        if (len == 0) {
            return -1;
        }
        int cp = len == 1 ? b0 : b0 & (0xff >> (len + 1));
        for (int k = 1; k < len; k++) {
            int b = byteAt(in, i + 3 * k);
            if (b < 0x80 || b >= 0xc0) {
                return -1;
            }
            cp = cp << 6 | b & 0x3f;
        }
        boolean shortest = len == 1 || len == 2 && cp >= 0x80 || len == 3 && cp >= 0x800 || len == 4 && cp >= 0x10000;
        boolean valid = cp <= Character.MAX_CODE_POINT && (cp < 0xd800 || cp > 0xdfff);
        return shortest && valid ? cp : -1;
    }

    /** The byte of the escape {@code %XX} at {@code i}, or -1 when there is none. */
    private static int byteAt(Builder in, int i) {
        if (i + 2 >= in.length || in.cps[i] != '%' || !isHex(in.cps[i + 1]) || !isHex(in.cps[i + 2])) {
            return -1;
        }
        return Character.digit(in.cps[i + 1], 16) * 16 + Character.digit(in.cps[i + 2], 16);
    }

    private static boolean isHex(int c) {
        return c < 0x80 && Character.digit(c, 16) >= 0;
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    /** Growing parallel arrays of code points and their source spans. */
    private static final class Builder {
        int[] cps;
        int[] start;
        int[] end;
        int length;

        Builder(int capacity) {
            int c = Math.max(16, capacity);
            cps = new int[c];
            start = new int[c];
            end = new int[c];
        }

        void add(int cp, int from, int to) {
            if (length == cps.length) {
                int c = cps.length * 2;
                cps = java.util.Arrays.copyOf(cps, c);
                start = java.util.Arrays.copyOf(start, c);
                end = java.util.Arrays.copyOf(end, c);
            }
            cps[length] = cp;
            start[length] = from;
            end[length] = to;
            length++;
        }
    }
}
