package io.keyplan.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes single values of an {@code account.yaml} in its text: the value's characters are replaced,
 * or one line (or a small block) is inserted where the spec's key order puts it. Every other
 * character of the file, comments, blank lines, quotes, key order and line ends, stays as it was.
 * A value written in a form that cannot be changed safely in place (over several lines, a block
 * scalar, a flow list) is refused with a reason; the importer then asks the user to change it by hand.
 *
 * <p>The file has passed the loader before it gets here, so its top level is a block mapping whose
 * keys start in the first column; the importer loads the result again and checks every value.
 */
final class PlanEdit {
    private static final Pattern YEAR_KEY = Pattern.compile("(\\s*)(\\d{4})\\s*:(.*)");

    private final List<String> lines = new ArrayList<>();
    private final List<String> ends = new ArrayList<>();
    private final String eol;
    /** The 1-based line a refusal is about. */
    private int problemLine;

    PlanEdit(String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = i;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(text.substring(start, end));
                ends.add(text.substring(end, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
            ends.add("");
        }
        eol = ends.isEmpty() || ends.get(0).isEmpty() ? "\n" : ends.get(0);
    }

    String text() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            b.append(lines.get(i)).append(ends.get(i));
        }
        return b.toString();
    }

    /** The line of the last refusal, 1-based; 0 when there was none. */
    int problemLine() {
        return problemLine;
    }

    /** Sets a top-level key that holds one value; null when done, else why it was refused. */
    String setTop(String key, String value, boolean text) {
        int k = topKey(key);
        if (k < 0) {
            insertTop(key, value);
            return null;
        }
        return replaceAfterColon(k, key.length(), value, 0, text);
    }

    /**
     * Sets the name of a person ({@code owner}, {@code sponsor}): the value itself when it is a plain
     * name, the {@code name} inside when it is written as {@code {name, email, title}}.
     */
    String setPersonName(String key, String value) {
        int k = topKey(key);
        if (k < 0) {
            insertTop(key, value);
            return null;
        }
        String line = lines.get(k);
        int p = skipSpaces(line, key.length() + 1);
        if (p < line.length() && line.charAt(p) == '{') {
            Matcher m = Pattern.compile("[{,]\\s*name\\s*:").matcher(line);
            if (m.find(p)) {
                return replaceScalar(k, m.end(), value, true, 0, true);
            }
            return refuse(k, "its name is not on the same line");
        }
        if (p < line.length() && line.charAt(p) != '#') {
            return replaceAfterColon(k, key.length(), value, 0, true);
        }
        int end = blockEnd(k, 0);
        for (int i = k + 1; i <= end; i++) {
            String l = lines.get(i);
            Matcher m = Pattern.compile("(\\s+)name\\s*:").matcher(l);
            if (m.lookingAt() && m.group(1).length() == childIndent(k, 0)) {
                return replaceScalar(i, m.end(), value, false, m.group(1).length(), true);
            }
        }
        if (end > k) {
            return refuse(k, "it has no name on a line of its own");
        }
        return replaceAfterColon(k, key.length(), value, 0, true);
    }

    /** Sets one year of {@code business_review.revenue}, adding the section or the year in order. */
    String setRevenue(int year, String amount) {
        int b = topKey("business_review");
        if (b < 0) {
            insertSection(List.of("business_review:", "  revenue:", "    " + year + ": " + amount));
            return null;
        }
        if (!restIsEmpty(b, "business_review".length() + 1)) {
            return refuse(b, "the section is written on one line");
        }
        int sectionEnd = blockEnd(b, 0);
        int ci = childIndent(b, 0);
        if (ci < 0) {
            ci = 2;
        }
        int r = -1;
        for (int i = b + 1; i <= sectionEnd; i++) {
            if (indent(lines.get(i)) == ci && lines.get(i).startsWith("revenue", ci)) {
                Matcher m = Pattern.compile("\\s*revenue\\s*:").matcher(lines.get(i));
                if (m.lookingAt()) {
                    r = i;
                    break;
                }
            }
        }
        String pad = " ".repeat(ci);
        if (r < 0) {
            insert(b + 1, pad + "revenue:");
            insert(b + 2, pad + pad + year + ": " + amount);
            return null;
        }
        int colon = lines.get(r).indexOf(':');
        if (!restIsEmpty(r, colon + 1)) {
            return refuse(r, "the revenue is written on one line");
        }
        int revenueEnd = blockEnd(r, ci);
        int gi = childIndent(r, ci);
        if (gi < 0) {
            gi = ci + Math.max(2, ci);
        }
        int before = -1;
        int after = r;
        for (int i = r + 1; i <= revenueEnd; i++) {
            Matcher m = YEAR_KEY.matcher(lines.get(i));
            if (!m.matches() || m.group(1).length() != gi) {
                continue;
            }
            int y = Integer.parseInt(m.group(2));
            if (y == year) {
                return replaceScalar(i, lines.get(i).indexOf(':') + 1, amount, false, gi);
            }
            if (y < year) {
                after = i;
            } else if (before < 0) {
                before = i;
            }
        }
        String entry = " ".repeat(gi) + year + ": " + amount;
        insert(after == r && before > 0 ? before : after + 1, entry);
        return null;
    }

    private String replaceAfterColon(int line, int colonAt, String value, int keyIndent, boolean keepQuotes) {
        String l = lines.get(line);
        if (colonAt >= l.length() || l.charAt(colonAt) != ':') {
            colonAt = l.indexOf(':');
        }
        if (restIsEmpty(line, colonAt + 1) && blockEnd(line, keyIndent) > line) {
            return refuse(line, "the value is written on the lines below");
        }
        return replaceScalar(line, colonAt + 1, value, false, keyIndent, keepQuotes);
    }

    /** Replaces the one-line scalar that starts after {@code from} (spaces skipped) on {@code line}. */
    private String replaceScalar(int line, int from, String value, boolean flow, int keyIndent) {
        return replaceScalar(line, from, value, flow, keyIndent, false);
    }

    private String replaceScalar(int line, int from, String value, boolean flow, int keyIndent, boolean keepQuotes) {
        String l = lines.get(line);
        int start = skipSpaces(l, from);
        int end;
        if (start >= l.length() || l.charAt(start) == '#') {
            // No value yet: put it after the colon, keeping a comment behind it.
            String tail = l.substring(start);
            lines.set(line, l.substring(0, from) + " " + value + (tail.isEmpty() ? "" : " " + tail));
            return null;
        }
        char c = l.charAt(start);
        if (c == '"' || c == '\'') {
            end = closingQuote(l, start);
            if (c == '"' && keepQuotes && !value.startsWith("\"")) {
                value = quoted(value); // written in quotes before: stays in quotes
            }
            if (end < 0) {
                return refuse(line, "its value goes on over several lines");
            }
        } else if ("|>[{&*!".indexOf(c) >= 0) {
            return refuse(line, "its value is not a single value on one line");
        } else {
            end = l.length();
            int hash = l.indexOf(" #", start);
            if (hash >= 0) {
                end = hash;
            }
            if (flow) {
                for (int i = start; i < end; i++) {
                    if (l.charAt(i) == ',' || l.charAt(i) == '}') {
                        end = i;
                        break;
                    }
                }
            }
            while (end > start && Character.isWhitespace(l.charAt(end - 1))) {
                end--;
            }
            if (!flow && blockEnd(line, keyIndent) > line) {
                return refuse(line, "its value goes on over several lines");
            }
        }
        lines.set(line, l.substring(0, start) + value + l.substring(end));
        return null;
    }

    private static int closingQuote(String l, int start) {
        char q = l.charAt(start);
        for (int i = start + 1; i < l.length(); i++) {
            char c = l.charAt(i);
            if (q == '"' && c == '\\') {
                i++;
            } else if (c == q) {
                if (q == '\'' && i + 1 < l.length() && l.charAt(i + 1) == '\'') {
                    i++;
                    continue;
                }
                return i + 1;
            }
        }
        return -1;
    }

    private String refuse(int line, String why) {
        problemLine = line + 1;
        return why;
    }

    /** The index of the line {@code key:} at the top level, or -1. */
    private int topKey(String key) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith(key) && l.length() > key.length()) {
                int p = key.length();
                while (p < l.length() && l.charAt(p) == ' ') {
                    p++;
                }
                if (p < l.length()
                        && l.charAt(p) == ':'
                        && (p + 1 == l.length() || l.charAt(p + 1) == ' ' || l.charAt(p + 1) == '\t')) {
                    return i;
                }
            } else if (l.equals(key + ":")) {
                return i;
            }
        }
        return -1;
    }

    private boolean restIsEmpty(int line, int from) {
        String l = lines.get(line);
        int p = skipSpaces(l, from);
        return p >= l.length() || l.charAt(p) == '#';
    }

    /**
     * The last line that belongs to the value of the key on {@code line}: the following lines indented
     * deeper than {@code keyIndent} (blank lines and comments between them included, not after them).
     */
    private int blockEnd(int line, int keyIndent) {
        int end = line;
        for (int i = line + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            int in = indent(l);
            if (in <= keyIndent) {
                break;
            }
            if (l.charAt(in) != '#') {
                end = i;
            }
        }
        return end;
    }

    /** The indent of the first entry below the key on {@code line}, or -1 when it has none. */
    private int childIndent(int line, int keyIndent) {
        int end = blockEnd(line, keyIndent);
        for (int i = line + 1; i <= end; i++) {
            String l = lines.get(i);
            if (!l.isBlank() && l.charAt(indent(l)) != '#') {
                return indent(l);
            }
        }
        return -1;
    }

    private static int indent(String l) {
        int i = 0;
        while (i < l.length() && l.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String l, int from) {
        int p = from;
        while (p < l.length() && (l.charAt(p) == ' ' || l.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    /** Puts {@code key: value} after the header key before it in the spec's order, else before the first one after. */
    private void insertTop(String key, String value) {
        int at = insertionPoint(key);
        insert(at, key + ": " + value);
    }

    /** Puts a new top-level section where the spec's order puts it, a blank line apart. */
    private void insertSection(List<String> block) {
        int at = insertionPoint("business_review");
        List<String> text = new ArrayList<>();
        if (at > 0 && !lines.get(at - 1).isBlank()) {
            text.add("");
        }
        text.addAll(block);
        if (at < lines.size() && !lines.get(at).isBlank()) {
            text.add("");
        }
        for (int i = 0; i < text.size(); i++) {
            insert(at + i, text.get(i));
        }
    }

    /**
     * Where a new top-level {@code key} goes: right after the value of the closest key before it in the
     * spec's order, else before the closest key after it (and before that key's comment lines), else at
     * the end.
     */
    private int insertionPoint(String key) {
        List<String> order = Target.TOP_LEVEL_ORDER;
        int pos = order.indexOf(key);
        for (int i = pos - 1; i >= 0; i--) {
            int k = topKey(order.get(i));
            if (k >= 0) {
                return blockEnd(k, 0) + 1;
            }
        }
        for (int i = pos + 1; i < order.size(); i++) {
            int k = topKey(order.get(i));
            if (k >= 0) {
                int above = k;
                while (above > 0 && lines.get(above - 1).startsWith("#")) {
                    above--;
                }
                // The comments on top of the file (a schema line) stay on top.
                return above == 0 ? k : above;
            }
        }
        return lines.size();
    }

    private void insert(int at, String line) {
        if (at >= lines.size()) {
            if (!ends.isEmpty() && ends.get(ends.size() - 1).isEmpty()) {
                ends.set(ends.size() - 1, eol);
            }
            lines.add(line);
            ends.add(eol);
        } else {
            lines.add(at, line);
            ends.add(at, eol);
        }
    }

    /** A value as YAML: plain when it reads back as the same text, else in double quotes. */
    static String text(String value) {
        return isPlainSafe(value) ? value : quoted(value);
    }

    /** A value in double quotes, with the escapes YAML needs. */
    static String quoted(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}][\\p{L}\\p{N}\\p{M} .,&()'/+\\-_!?%@]*");
    private static final java.util.Set<String> WORDS =
            java.util.Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    private static boolean isPlainSafe(String v) {
        return PLAIN.matcher(v).matches() && !v.endsWith(" ") && !WORDS.contains(v.toLowerCase(java.util.Locale.ROOT));
    }
}
