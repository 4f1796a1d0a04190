package io.keyplan.history;

import io.keyplan.model.Coded;
import io.keyplan.model.SectionId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
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
        // Each part is kept as a run of whole lines of the text, copied out once at the end (a part is
        // one run unless its key comes back later in the file, or it is the rest): this runs for every
        // new version of every plan, and copying line by line cost more than finding the lines.
        int targets = SECTIONS.length + 1;
        int restIndex = SECTIONS.length;
        int[] from = new int[targets];
        int[] to = new int[targets];
        Arrays.fill(from, -1);
        StringBuilder[] earlier = new StringBuilder[targets];
        int current = -1;
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
            // The line is read in place, without a substring.
            char c = start == end ? ' ' : text.charAt(start);
            if (c == ' ' || c == '\r' || c == '#') {
                if (!started && c == ' ' && !blank(text, start, end)) {
                    return null; // indented content before the first key
                }
            } else {
                current = keyTarget(text, start, end, restIndex);
                if (current < 0) {
                    return null;
                }
                started = true;
            }
            if (current >= 0) {
                if (from[current] < 0) {
                    from[current] = start;
                } else if (to[current] + 1 != start) {
                    // A run before this one (the rest around the sections, a key given twice): kept.
                    if (earlier[current] == null) {
                        earlier[current] = new StringBuilder();
                    }
                    earlier[current].append(text, from[current], to[current] + 1);
                    from[current] = start;
                }
                to[current] = end;
            }
            start = end + 1;
        }
        Map<SectionId, String> texts = new EnumMap<>(SectionId.class);
        for (SectionId id : SECTIONS) {
            if (from[id.ordinal()] >= 0) {
                texts.put(id, part(text, earlier[id.ordinal()], from[id.ordinal()], to[id.ordinal()]));
            }
        }
        String rest = from[restIndex] < 0 ? "" : part(text, earlier[restIndex], from[restIndex], to[restIndex]);
        return new Cut(texts, rest);
    }

    /**
     * A part's text: its earlier runs, then its last run of lines {@code text[from, to)}, each line
     * with a line break after it (the last line of a file may have none).
     */
    private static String part(String text, StringBuilder earlier, int from, int to) {
        String last = to < text.length() ? text.substring(from, to + 1) : text.substring(from, to) + "\n";
        return earlier == null ? last : earlier.append(last).toString();
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
     * The part a top-level line {@code text[start, end)} ({@code key:} or {@code key: value}) starts:
     * its section's ordinal, or {@code rest} for a key of no section; -1 when the line is not a key.
     */
    private static int keyTarget(String text, int start, int end, int rest) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '_' || c >= '0' && c <= '9' && i > start)) {
                break;
            }
            i++;
        }
        if (i == start || i >= end || text.charAt(i) != ':') {
            return -1;
        }
        if (i + 1 < end && text.charAt(i + 1) != ' ' && text.charAt(i + 1) != '\r') {
            return -1;
        }
        SectionId section = BY_KEY.get(text.substring(start, i));
        return section == null ? rest : section.ordinal();
    }

    /** The section a file name such as {@code swot.md} names without its extension, as {@link Coded#fromCode}. */
    static Optional<SectionId> section(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    private static final SectionId[] SECTIONS = SectionId.values();

    /** Section by key, {@code cross_sell} with {@code opportunities}: looked up for every top-level line. */
    private static final Map<String, SectionId> BY_KEY = new HashMap<>();

    /** Section by its code, as {@link Coded#fromCode} finds it (the first of the codes that match). */
    private static final Map<String, SectionId> BY_CODE = new HashMap<>();

    static {
        for (SectionId id : SECTIONS) {
            BY_CODE.putIfAbsent(id.code(), id);
        }
        BY_KEY.putAll(BY_CODE);
        BY_KEY.put("cross_sell", SectionId.OPPORTUNITIES);
    }
}
