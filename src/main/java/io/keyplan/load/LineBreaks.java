package io.keyplan.load;

import java.util.regex.Pattern;

/**
 * Where lines end. YAML (as SnakeYAML reads it, YAML 1.1) ends a line at CR LF, CR, LF, NEL
 * (U+0085), LS (U+2028) and PS (U+2029); every position KeyPlan reports in a YAML text counts
 * lines the same way, or a message points one line off and a quoted value is taken for a plain one.
 */
final class LineBreaks {
    /** A YAML line break; CR LF is one. */
    static final Pattern YAML = Pattern.compile("\r\n|[\r\n\u0085\u2028\u2029]");
    /** A Markdown (CommonMark) line break: CR LF, CR or LF. */
    static final Pattern MARKDOWN = Pattern.compile("\r\n|[\r\n]");

    private LineBreaks() {}

    /** The lines of a YAML text, without their breaks; a break at the end gives a last empty line. */
    static String[] yamlLines(String text) {
        return YAML.split(text, -1);
    }

    /**
     * The length in bytes of the YAML line break that starts at {@code i} of UTF-8 {@code bytes},
     * 0 when none does there.
     */
    static int yamlBreakAt(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        if (b == '\n') {
            return 1;
        }
        if (b == '\r') {
            return i + 1 < bytes.length && bytes[i + 1] == '\n' ? 2 : 1;
        }
        if (b == 0xC2 && i + 1 < bytes.length && (bytes[i + 1] & 0xFF) == 0x85) {
            return 2;
        }
        if (b == 0xE2
                && i + 2 < bytes.length
                && (bytes[i + 1] & 0xFF) == 0x80
                && ((bytes[i + 2] & 0xFF) == 0xA8 || (bytes[i + 2] & 0xFF) == 0xA9)) {
            return 3;
        }
        return 0;
    }
}
