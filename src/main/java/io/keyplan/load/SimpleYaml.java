package io.keyplan.load;

import io.keyplan.model.SourceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A direct reader for the plain YAML that content files are made of: block mappings and lists,
 * one-line plain and quoted values, one-line {@code [a, b]} and {@code {k: v}}, {@code |} and
 * {@code >} texts, comments. It gives exactly the {@link YamlNode}s, positions and duplicate-key
 * problems that {@link SafeYamlReader} gets through SnakeYAML, about five times faster, and
 * returns null for anything else (tabs, anchors, tags, multi-line plain or quoted values,
 * unusual escapes, errors of any kind), which then goes the full way. A test compares the two
 * readers on every YAML file of the project and on many damaged variants of them.
 *
 * <p>Why it exists: reading YAML through SnakeYAML was the largest single cost of a build of a
 * thousand plans (docs/performance.md).
 */
final class SimpleYaml {
    /** Leaves the quick path: the text needs the full YAML reader. */
    private static final class NotSimple extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotSimple() {
            super(null, null, false, false);
        }
    }

    private static final NotSimple NOT_SIMPLE = new NotSimple();
    /** Characters that start something other than a plain value (YAML 1.1 indicators). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private static final int MAX_DEPTH = YamlLimits.MAX_DEPTH - 5;
    /** SnakeYAML refuses keys longer than 1,024 characters; anything near that goes the full way. */
    private static final int MAX_KEY = 1000;
    /** Up to this many keys, a mapping finds a duplicate by comparing; beyond, through a hash map. */
    private static final int FEW_KEYS = 8;

    private final String file;
    private final int lineOffset;
    private final String[] lines;
    private final List<LoadProblem> duplicates = new ArrayList<>();
    private int row;

    private SimpleYaml(String file, String[] lines, int lineOffset) {
        this.file = file;
        this.lines = lines;
        this.lineOffset = lineOffset;
    }

    /** The document's top-level mapping, or null when the text needs the full reader. */
    static YamlNode.Mapping parse(String file, String text, int lineOffset, List<LoadProblem> problems) {
        if (!plainCharacters(text)) {
            return null;
        }
        SimpleYaml reader = new SimpleYaml(file, lines(text), lineOffset);
        try {
            YamlNode.Mapping root = reader.document();
            problems.addAll(reader.duplicates);
            return root;
        } catch (NotSimple e) {
            return null;
        }
    }

    /** {@code text.split("\n", -1)}, without the list that split fills and copies. */
    private static String[] lines(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        String[] lines = new String[count];
        int start = 0;
        for (int k = 0; k < count - 1; k++) {
            int end = text.indexOf('\n', start);
            lines[k] = text.substring(start, end);
            start = end + 1;
        }
        lines[count - 1] = text.substring(start);
        return lines;
    }

    /** Printable characters that YAML reads as themselves: no tab, carriage return, byte-order mark or Unicode line break. */
    private static boolean plainCharacters(String text) {
        // charAt rather than a copy of the text as an array: this runs over every file, and the copy cost more.
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || (c >= 0x20 && c <= 0x7E)
                    || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                    || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)) {
                continue; // U+2028 and U+2029 are line breaks to SnakeYAML
            }
            return false;
        }
        return true;
    }

    private YamlNode.Mapping document() {
        for (String line : lines) {
            if (line.startsWith("---") || line.startsWith("...") || line.startsWith("%")) {
                throw NOT_SIMPLE; // document markers and directives
            }
        }
        skipInsignificant();
        if (row >= lines.length || indent(lines[row]) != 0 || isDashItem(lines[row], 0)) {
            throw NOT_SIMPLE;
        }
        YamlNode.Mapping root = mapping(0, 0, 0);
        skipInsignificant();
        if (row < lines.length) {
            throw NOT_SIMPLE;
        }
        return root;
    }

    /** Block mapping whose keys start in column {@code n}; the first key may follow a "- " on its line. */
    private YamlNode.Mapping mapping(int n, int firstColumn, int depth) {
        depth(depth);
        List<YamlNode.Entry> entries = new ArrayList<>();
        // The keys seen, for duplicates: made only for a mapping of many keys; a few are compared directly.
        Map<String, SourceSpan> seen = null;
        SourceSpan at = null;
        boolean first = true;
        while (true) {
            int col;
            if (first) {
                col = firstColumn;
                first = false;
            } else {
                skipInsignificant();
                if (row >= lines.length) {
                    break;
                }
                String line = lines[row];
                int ind = indent(line);
                if (ind < n || isDashItem(line, ind)) {
                    if (ind > n) {
                        throw NOT_SIMPLE;
                    }
                    break;
                }
                if (ind > n) {
                    throw NOT_SIMPLE;
                }
                col = n;
            }
            String line = lines[row];
            int keyRow = row;
            int colon = keyEnd(line, col);
            if (colon < 0) {
                throw NOT_SIMPLE;
            }
            YamlNode.Scalar key = keyScalar(line, col, colon);
            if (at == null) {
                at = span(keyRow, col);
            }
            YamlNode value = value(line, colon + 1, n, keyRow, colon + 1, depth, true);
            SourceSpan earlier = null;
            if (seen == null && entries.size() < FEW_KEYS) {
                for (YamlNode.Entry e : entries) {
                    if (e.key().text().equals(key.text())) {
                        earlier = e.key().at();
                        break;
                    }
                }
            } else {
                if (seen == null) {
                    seen = new HashMap<>();
                    for (YamlNode.Entry e : entries) {
                        seen.put(e.key().text(), e.key().at());
                    }
                }
                earlier = seen.putIfAbsent(key.text(), key.at());
            }
            if (earlier != null) {
                duplicates.add(LoadProblem.duplicateKey(
                        key.text(), earlier.line(), key.at().line(), key.at().column()));
            } else {
                entries.add(new YamlNode.Entry(key, value));
            }
        }
        return new YamlNode.Mapping(entries, at);
    }

    /** Block list whose "- " marks are in column {@code n}. */
    private YamlNode.Sequence sequence(int n, int depth) {
        depth(depth);
        List<YamlNode> items = new ArrayList<>();
        SourceSpan at = span(row, n);
        while (true) {
            skipInsignificant();
            if (row >= lines.length) {
                break;
            }
            String line = lines[row];
            int ind = indent(line);
            if (ind < n) {
                break;
            }
            if (ind > n) {
                throw NOT_SIMPLE;
            }
            if (!isDashItem(line, n)) {
                break;
            }
            int q = skipSpaces(line, n + 1);
            if (q < line.length() && line.charAt(q) != '#' && isDashItem(line, q)) {
                throw NOT_SIMPLE; // "- - x"
            }
            if (q < line.length() && line.charAt(q) != '#' && keyEnd(line, q) >= 0) {
                items.add(mapping(q, q, depth + 1));
            } else {
                items.add(value(line, n + 1, n, row, n + 1, depth, false));
            }
        }
        return new YamlNode.Sequence(items, at);
    }

    /**
     * The value after a key's ':' or a list's '-' at {@code from} of the current line: on the
     * line itself, or below it. {@code parent} is the column of that key or '-'; an empty value
     * is placed where SnakeYAML places it, just after the ':' or '-' ({@code emptyRow}, {@code emptyColumn}).
     */
    private YamlNode value(
            String line, int from, int parent, int emptyRow, int emptyColumn, int depth, boolean inMapping) {
        int s = skipSpaces(line, from);
        if (s >= line.length() || line.charAt(s) == '#') {
            if (s < line.length() && s == from) {
                throw NOT_SIMPLE;
            }
            row++;
            skipInsignificant();
            if (row < lines.length) {
                String next = lines[row];
                int ind = indent(next);
                if (ind > parent) {
                    return isDashItem(next, ind) ? sequence(ind, depth + 1) : mapping(ind, ind, depth + 1);
                }
                if (inMapping && ind == parent && isDashItem(next, ind)) {
                    return sequence(ind, depth + 1); // a list under a key may start in the key's column
                }
            }
            return new YamlNode.Scalar(
                    "", false, false, span(emptyRow, emptyColumn)); // SnakeYAML: an empty text, not null
        }
        if (s == from && inMapping) {
            throw NOT_SIMPLE; // "key:value" is no key
        }
        char c = line.charAt(s);
        YamlNode node;
        if (c == '|' || c == '>') {
            return blockText(line, s, parent);
        } else if (c == '[' || c == '{') {
            int[] end = new int[1];
            node = flow(line, s, end, depth + 1);
            rest(line, end[0]);
        } else if (c == '"' || c == '\'') {
            int[] end = new int[1];
            String text = quoted(line, s, end);
            rest(line, end[0]);
            node = new YamlNode.Scalar(text, true, false, span(row, s));
        } else {
            node = plain(line, s);
        }
        row++;
        return node;
    }

    /** A one-line plain value in block context, up to a comment. */
    private YamlNode.Scalar plain(String line, int s) {
        startsPlain(line, s);
        int end = line.length();
        for (int i = s; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#' && line.charAt(i - 1) == ' ') {
                end = i;
                break;
            }
            if (c == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                throw NOT_SIMPLE; // "a: b: c"
            }
        }
        String text = line.substring(s, trimSpaces(line, s, end));
        return new YamlNode.Scalar(text, false, isNullWord(text), span(row, s));
    }

    private static void startsPlain(String line, int s) {
        char c = line.charAt(s);
        if (INDICATORS.indexOf(c) >= 0) {
            boolean dashNumber =
                    c == '-' && s + 1 < line.length() && line.charAt(s + 1) >= '0' && line.charAt(s + 1) <= '9';
            if (!dashNumber) {
                throw NOT_SIMPLE;
            }
        }
    }

    private static boolean isNullWord(String text) {
        return text.length() <= 4 && text.equals("null")
                || text.equals("Null")
                || text.equals("NULL")
                || text.equals("~");
    }

    /** Only spaces or a comment may follow a value on its line. */
    private static void rest(String line, int from) {
        int i = skipSpaces(line, from);
        if (i < line.length() && !(line.charAt(i) == '#' && i > from)) {
            throw NOT_SIMPLE;
        }
    }

    /**
     * Where the key starting at {@code col} ends: the index of its ':' (followed by a space or
     * the end of the line), or -1 when the line holds no simple key there.
     */
    private static int keyEnd(String line, int col) {
        char c = line.charAt(col);
        if (c == '"' || c == '\'') {
            int[] end = new int[1];
            try {
                quoted(line, col, end);
            } catch (NotSimple e) {
                return -1;
            }
            int i = skipSpaces(line, end[0]);
            boolean key =
                    i < line.length() && line.charAt(i) == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ');
            return key && i - col <= MAX_KEY ? i : -1;
        }
        if (INDICATORS.indexOf(c) >= 0) {
            return -1;
        }
        for (int i = col; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '#' && i > col && line.charAt(i - 1) == ' ') {
                return -1;
            }
            if (ch == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                return i - col > MAX_KEY ? -1 : i;
            }
        }
        return -1;
    }

    private YamlNode.Scalar keyScalar(String line, int col, int colon) {
        char c = line.charAt(col);
        if (c == '"' || c == '\'') {
            int[] end = new int[1];
            return new YamlNode.Scalar(quoted(line, col, end), true, false, span(row, col));
        }
        String text = line.substring(col, trimSpaces(line, col, colon));
        if (isNullWord(text)) {
            throw NOT_SIMPLE;
        }
        return new YamlNode.Scalar(text, false, false, span(row, col));
    }

    /** A quoted text that closes on its line; {@code end[0]} is set after the closing quote. */
    private static String quoted(String line, int s, int[] end) {
        char q = line.charAt(s);
        // Most quoted texts have no escape and no doubled quote: they are the text between the quotes.
        int close = line.indexOf(q, s + 1);
        if (close >= 0
                && (q == '"'
                        ? line.lastIndexOf('\\', close) <= s
                        : close + 1 >= line.length() || line.charAt(close + 1) != '\'')) {
            end[0] = close + 1;
            return line.substring(s + 1, close);
        }
        StringBuilder b = new StringBuilder();
        int i = s + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == q) {
                if (q == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    b.append('\'');
                    i += 2;
                    continue;
                }
                end[0] = i + 1;
                return b.toString();
            }
            if (c == '\\' && q == '"') {
                if (i + 1 >= line.length()) {
                    throw NOT_SIMPLE;
                }
                char e = line.charAt(i + 1);
                switch (e) {
                    case '\\':
                    case '"':
                        b.append(e);
                        break;
                    case 'n':
                        b.append('\n');
                        break;
                    case 't':
                        b.append('\t');
                        break;
                    case 'r':
                        b.append('\r');
                        break;
                    case '0':
                        b.append('\0');
                        break;
                    default:
                        throw NOT_SIMPLE;
                }
                i += 2;
                continue;
            }
            b.append(c);
            i++;
        }
        throw NOT_SIMPLE; // goes on to the next line
    }

    /** {@code [a, b]} or {@code {k: v}} on one line, of plain or quoted values. */
    private YamlNode flow(String line, int s, int[] end, int depth) {
        depth(depth);
        boolean isMap = line.charAt(s) == '{';
        char close = isMap ? '}' : ']';
        List<YamlNode> items = new ArrayList<>();
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, SourceSpan> seen = new HashMap<>();
        int i = skipSpaces(line, s + 1);
        if (i < line.length() && line.charAt(i) == close) {
            end[0] = i + 1;
            return isMap ? new YamlNode.Mapping(entries, span(row, s)) : new YamlNode.Sequence(items, span(row, s));
        }
        while (true) {
            if (i >= line.length()) {
                throw NOT_SIMPLE;
            }
            int[] after = new int[1];
            YamlNode.Scalar first = flowScalar(line, i, after);
            i = skipSpaces(line, after[0]);
            if (isMap) {
                if (i + 1 >= line.length()
                        || line.charAt(i) != ':'
                        || line.charAt(i + 1) != ' '
                        || first.isNull()
                        || i - (first.at().column() - 1) > MAX_KEY) {
                    throw NOT_SIMPLE;
                }
                i = skipSpaces(line, i + 1);
                if (i >= line.length()) {
                    throw NOT_SIMPLE;
                }
                YamlNode.Scalar v = flowScalar(line, i, after);
                i = skipSpaces(line, after[0]);
                SourceSpan earlier = seen.putIfAbsent(first.text(), first.at());
                if (earlier != null) {
                    throw NOT_SIMPLE;
                }
                entries.add(new YamlNode.Entry(first, v));
            } else {
                items.add(first);
            }
            if (i >= line.length()) {
                throw NOT_SIMPLE;
            }
            char c = line.charAt(i);
            if (c == close) {
                end[0] = i + 1;
                return isMap ? new YamlNode.Mapping(entries, span(row, s)) : new YamlNode.Sequence(items, span(row, s));
            }
            if (c != ',') {
                throw NOT_SIMPLE;
            }
            i = skipSpaces(line, i + 1);
            if (i < line.length() && (line.charAt(i) == close || line.charAt(i) == ',')) {
                throw NOT_SIMPLE; // "[a, ]"
            }
        }
    }

    /** A quoted or plain value inside brackets; plain ones end at ',', a bracket or ": ". */
    private YamlNode.Scalar flowScalar(String line, int i, int[] after) {
        char c = line.charAt(i);
        if (c == '"' || c == '\'') {
            return new YamlNode.Scalar(quoted(line, i, after), true, false, span(row, i));
        }
        startsPlain(line, i);
        int j = i;
        while (j < line.length()) {
            char ch = line.charAt(j);
            if (ch == ',' || ch == ']' || ch == '}') {
                break;
            }
            if (ch == ':' && j + 1 < line.length() && line.charAt(j + 1) == ' ') {
                break; // "key: value" in {...}
            }
            if (ch == '?' || ch == '[' || ch == '{' || ch == ':' || (ch == '#' && line.charAt(j - 1) == ' ')) {
                throw NOT_SIMPLE; // inside brackets SnakeYAML ends a plain value at these, or reads a comment
            }
            j++;
        }
        String text = line.substring(i, trimSpaces(line, i, j));
        after[0] = i + text.length();
        return new YamlNode.Scalar(text, false, isNullWord(text), span(row, i));
    }

    /** A {@code |} or {@code >} text below the current line, more indented than {@code parent}. */
    private YamlNode.Scalar blockText(String line, int s, int parent) {
        boolean literal = line.charAt(s) == '|';
        int i = s + 1;
        boolean strip = false;
        if (i < line.length() && line.charAt(i) == '-') {
            strip = true;
            i++;
        } else if (i < line.length() && line.charAt(i) == '+') {
            throw NOT_SIMPLE;
        }
        if (i < line.length() && line.charAt(i) != ' ') {
            throw NOT_SIMPLE; // an indentation digit, or something else
        }
        rest(line, i);
        SourceSpan at = span(row, s);
        int r = row + 1;
        int blockIndent = -1;
        List<String> content = new ArrayList<>();
        int lastContent = -1;
        for (; r < lines.length; r++) {
            String l = lines[r];
            if (onlySpaces(l)) {
                if (blockIndent < 0 || l.length() > blockIndent) {
                    throw NOT_SIMPLE; // leading empty lines, or spaces beyond the text's indentation
                }
                content.add("");
                continue;
            }
            int ind = indent(l);
            if (blockIndent < 0) {
                if (ind <= parent) {
                    throw NOT_SIMPLE; // an empty text
                }
                blockIndent = ind;
            }
            if (ind < blockIndent) {
                break;
            }
            String text = l.substring(blockIndent);
            if (!literal && text.startsWith(" ")) {
                throw NOT_SIMPLE; // more-indented lines of a folded text keep their breaks
            }
            content.add(text);
            lastContent = content.size() - 1;
        }
        if (lastContent < 0 || (row + 1 + lastContent) == lines.length - 1) {
            throw NOT_SIMPLE; // no text, or the text ends the file without a line break
        }
        List<String> used = content.subList(0, lastContent + 1);
        StringBuilder b = new StringBuilder();
        if (literal) {
            b.append(String.join("\n", used));
        } else {
            boolean previousBlank = false;
            for (int k = 0; k < used.size(); k++) {
                String t = used.get(k);
                if (t.isEmpty()) {
                    b.append('\n');
                    previousBlank = true;
                    continue;
                }
                if (k > 0 && !previousBlank) {
                    b.append(' ');
                }
                b.append(t);
                previousBlank = false;
            }
        }
        if (!strip) {
            b.append('\n');
        }
        row = row + 1 + lastContent + 1;
        return new YamlNode.Scalar(b.toString(), false, false, at);
    }

    private void skipInsignificant() {
        while (row < lines.length) {
            String line = lines[row];
            int i = skipSpaces(line, 0);
            if (i < line.length() && line.charAt(i) != '#') {
                return;
            }
            row++;
        }
    }

    private void depth(int depth) {
        if (depth > MAX_DEPTH) {
            throw NOT_SIMPLE;
        }
    }

    private static boolean isDashItem(String line, int i) {
        return i < line.length() && line.charAt(i) == '-' && (i + 1 == line.length() || line.charAt(i + 1) == ' ');
    }

    private static int indent(String line) {
        return skipSpaces(line, 0);
    }

    /** The end of {@code line[from, end)} without trailing spaces: SnakeYAML keeps other white space. */
    private static int trimSpaces(String line, int from, int end) {
        while (end > from && line.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    private static boolean onlySpaces(String line) {
        return skipSpaces(line, 0) == line.length();
    }

    private static int skipSpaces(String line, int i) {
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private SourceSpan span(int r, int col) {
        return new SourceSpan(file, r + 1 + lineOffset, col + 1);
    }
}
