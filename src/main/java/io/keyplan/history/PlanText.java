package io.keyplan.history;

import io.keyplan.model.Coded;
import io.keyplan.model.SectionId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Cuts the text of an {@code account.yaml} into the text of each section, so that a new version
 * of a plan is parsed only where it differs from the versions before: one commit changes one or
 * two sections of a plan, and parsing is what reading a long history costs. A top-level key of a
 * block mapping starts at the first column and nothing else does (values, block scalars, the lines
 * of a quoted text go on indented), so a section's text runs from its key to the next key.
 *
 * <p>Only a plain layout is cut: every line at the first column a comment, blank, or a lower-case
 * key with a colon. Anything else (document markers, directives, a flow mapping at the top, tabs)
 * gives null, and the caller parses the whole file. The caller also parses the whole file when a
 * part does not parse (an alias to an anchor in another section, for instance).
 */
final class PlanText {
    private PlanText() {}

    /**
     * A file cut into parts.
     *
     * @param sections the text of each section that is in the file ({@code cross_sell} with {@code opportunities})
     * @param rest the other top-level keys (header fields, reviews, ...), which must parse too for the
     *     version to count as one that loads
     */
    record Cut(Map<SectionId, String> sections, String rest) {}

    /** The file cut into parts; null when its layout is not plain. */
    static Cut cut(String text) {
        Map<SectionId, StringBuilder> out = new EnumMap<>(SectionId.class);
        StringBuilder rest = new StringBuilder();
        StringBuilder current = null;
        boolean started = false;
        int start = 0;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            start = 1;
        }
        while (start < n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            // The line is read in place, without a substring: this runs for every line of every new version.
            char c = start == end ? ' ' : text.charAt(start);
            if (c == ' ' || c == '\r' || c == '#') {
                if (!started && c == ' ' && !blank(text, start, end)) {
                    return null; // indented content before the first key
                }
            } else {
                String key = key(text, start, end);
                if (key == null) {
                    return null;
                }
                started = true;
                Optional<SectionId> section = section(key);
                current = section.isPresent() ? out.computeIfAbsent(section.get(), k -> new StringBuilder()) : rest;
            }
            if (current != null) {
                current.append(text, start, end).append('\n');
            }
            start = end + 1;
        }
        Map<SectionId, String> texts = new EnumMap<>(SectionId.class);
        out.forEach((id, sb) -> texts.put(id, sb.toString()));
        return new Cut(texts, rest.toString());
    }

    /** The text of each section in the file; null when its layout is not plain. */
    static Map<SectionId, String> sections(String text) {
        Cut cut = cut(text);
        return cut == null ? null : cut.sections();
    }

    /** Whether the line {@code text[start, end)} holds only white space, as {@link String#isBlank}. */
    private static boolean blank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key of a top-level line {@code text[start, end)}, {@code key:} or {@code key: value}; null
     * when the line is not one.
     */
    private static String key(String text, int start, int end) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '_' || c >= '0' && c <= '9' && i > start)) {
                break;
            }
            i++;
        }
        if (i == start || i >= end || text.charAt(i) != ':') {
            return null;
        }
        if (i + 1 < end && text.charAt(i + 1) != ' ' && text.charAt(i + 1) != '\r') {
            return null;
        }
        return text.substring(start, i);
    }

    private static Optional<SectionId> section(String key) {
        if (key.equals("cross_sell")) {
            return Optional.of(SectionId.OPPORTUNITIES);
        }
        return Coded.fromCode(SectionId.class, key);
    }
}
