package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.SourceSpan;
import io.keyplan.text.LineStarts;
import io.keyplan.text.YamlEscapes;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps characters that HTML5 forbids in text out of the model: C0 controls other than tab, line
 * feed and carriage return, DEL, C1 controls (U+0080 to U+009F), noncharacters (U+FDD0 to U+FDEF
 * and every U+xFFFE, U+xFFFF) and half characters. They come with text pasted from other programs
 * or from a YAML escape such as {@code "\x01"}, and would otherwise reach every page, the search
 * index and the data files. Each is left out with a warning at the character itself; a vertical
 * tab (what Word writes for Shift+Enter) or a form feed becomes a line break where the text may
 * hold one (Markdown, a YAML text over several lines) and a space in a one-line value.
 *
 * <p>Every value from a user's file passes here once, when it is read: the YAML reader's tree
 * ({@link #yaml}), a Markdown body ({@link #markdown}) and, for the import, each cell
 * ({@link #clean}). A text without such a character costs one look at each of its characters.
 */
public final class ControlCharacters {
    /** The rule of the warning. */
    public static final String RULE = "control-character";

    private static final String HINT = "it usually comes with text pasted from another program;"
            + " delete it from the file (your editor may not show it) and this warning goes away";

    private static final String ESCAPE_HINT =
            "a web page cannot show this character: take the escape out of the text in quotes";

    private ControlCharacters() {}

    /** True for a code point a web page may not hold as text, or that is cleaned into a break or a space. */
    public static boolean isForbidden(int cp) {
        if (cp < 0x20) {
            return cp != '\t' && cp != '\n' && cp != '\r';
        }
        return (cp >= 0x7F && cp <= 0x9F)
                || (cp >= 0xFDD0 && cp <= 0xFDEF)
                || (cp & 0xFFFE) == 0xFFFE
                || (cp >= 0xD800 && cp <= 0xDFFF);
    }

    /** Vertical tab and form feed: a break the writer meant, kept as one. */
    private static boolean isBreakLike(int cp) {
        return cp == 0x0B || cp == 0x0C;
    }

    /** The index of the first forbidden character of {@code s}, or -1. */
    public static int firstForbidden(CharSequence s) {
        return scan(s, false);
    }

    /**
     * The first forbidden character of {@code s} or, when {@code orBackslash}, the first backslash
     * if that comes first; -1 when there is none. One pass over every content file: printable ASCII
     * and line breaks are decided in a comparison or two.
     */
    private static int scan(CharSequence s, boolean orBackslash) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x7F) {
                if (c >= 0x20 ? c != '\\' || !orBackslash : c == '\n' || c == '\r' || c == '\t') {
                    continue;
                }
                return i;
            }
            if (c < 0xA0) {
                return i;
            }
            if (c < 0xD800) {
                continue;
            }
            int cp = Character.codePointAt(s, i);
            if (isForbidden(cp)) {
                return i;
            }
            if (cp > 0xFFFF) {
                i++;
            }
        }
        return -1;
    }

    /**
     * {@code s} without its forbidden characters; a vertical tab or form feed becomes a line break
     * when {@code lines} is true, a space otherwise. {@code s} itself when it has none.
     */
    public static String clean(String s, boolean lines) {
        int first = firstForbidden(s);
        if (first < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isBreakLike(cp)) {
                b.append(lines ? '\n' : ' ');
            } else if (!isForbidden(cp)) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /**
     * Where in {@code file}, a Markdown file as it is on the disk, the character at {@code offset} of
     * {@code body} is, when {@code body} is the file's tail as {@link #markdown} cleaned it; -1 when
     * it is not. Lets a later finding in a cleaned text name the file's own line and column.
     */
    public static int rawOffset(String file, String body, int offset) {
        String cleaned = clean(file, true);
        if (!cleaned.endsWith(body)) {
            return -1;
        }
        int target = cleaned.length() - body.length() + Math.max(0, Math.min(offset, body.length()));
        int made = 0;
        int i = 0;
        while (i < file.length() && made < target) {
            int cp = file.codePointAt(i);
            made += isBreakLike(cp) ? 1 : isForbidden(cp) ? 0 : Character.charCount(cp);
            i += Character.charCount(cp);
        }
        // Past characters left out: the next one kept is where the cleaned text goes on.
        while (i < file.length() && isForbidden(file.codePointAt(i)) && !isBreakLike(file.codePointAt(i))) {
            i += Character.charCount(file.codePointAt(i));
        }
        return i;
    }

    /** The character as a code: {@code \x01}, {@code \u0085}, {@code \uFDD0}, {@code \U0001FFFE}. */
    public static String code(int cp) {
        if (cp <= 0xFF) {
            return String.format("\\x%02X", cp);
        }
        return cp <= 0xFFFF ? String.format("\\u%04X", cp) : String.format("\\U%08X", cp);
    }

    /** What happened to the character, in plain words. */
    public static String message(int cp, boolean lines) {
        if (isBreakLike(cp)) {
            return "an invisible line break character (" + code(cp) + ") was made "
                    + (lines ? "a line break" : "a space");
        }
        if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F) {
            return "an invisible control character (" + code(cp) + ") was left out";
        }
        return "a character that web pages may not hold (" + code(cp) + ") was left out";
    }

    /** The message of the one warning that stands for the characters past the first {@link Diagnostics#PER_FILE}. */
    private static String more(int n) {
        return n + " more invisible " + (n == 1 ? "character was" : "characters were") + " left out of this file";
    }

    // --- Markdown ---------------------------------------------------------------------------------

    /**
     * The Markdown {@code body} cleaned, with a warning for each character left out or changed; the
     * body is the end of {@code text}, the whole file, so lines and columns are the file's (lines
     * as Markdown counts them: LF, CR LF or a CR alone; columns in code points).
     */
    static String markdown(String text, String body, String display, Diagnostics diagnostics) {
        int first = firstForbidden(body);
        if (first < 0) {
            return body;
        }
        int from = text.length() - body.length();
        int line = 1;
        int column = 1;
        StringBuilder b = new StringBuilder(body.length());
        int reported = 0;
        int more = 0;
        SourceSpan moreAt = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (i >= from) {
                if (!isForbidden(cp)) {
                    b.appendCodePoint(cp);
                } else {
                    if (isBreakLike(cp)) {
                        b.append('\n');
                    }
                    if (reported < Diagnostics.PER_FILE) {
                        reported++;
                        diagnostics.warning(new SourceSpan(display, line, column), RULE, message(cp, true), HINT);
                    } else {
                        more++;
                        moreAt = moreAt == null ? new SourceSpan(display, line, column) : moreAt;
                    }
                }
            }
            if (cp == '\n' || cp == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else if (cp != '\r') {
                column++;
            }
            i += width;
        }
        if (more > 0) {
            diagnostics.warning(moreAt, RULE, more(more), HINT);
        }
        return b.toString();
    }

    // --- YAML -------------------------------------------------------------------------------------

    /**
     * {@code root}, read from {@code text}, with every key and value cleaned; a warning for each
     * character goes to {@code problems}, at the character in the file (the start of its escape in a
     * double-quoted text) or, where it cannot be found, at its value. {@code root} itself when no
     * value holds such a character.
     */
    static YamlNode.Mapping yaml(YamlNode.Mapping root, String text, int lineOffset, List<LoadProblem> problems) {
        if (!mayHold(text)) {
            return root;
        }
        Yaml y = new Yaml(text, lineOffset);
        YamlNode.Mapping out = (YamlNode.Mapping) y.node(root);
        if (y.more > 0) {
            problems.add(new LoadProblem(RULE, more(y.more), HINT, y.moreAt.line(), y.moreAt.column(), true));
        }
        problems.addAll(y.found);
        return out;
    }

    /**
     * False when no value read from {@code text} can hold a forbidden character: the text has none
     * itself and no backslash, without which a YAML escape cannot make one.
     */
    private static boolean mayHold(String text) {
        return scan(text, true) >= 0;
    }

    /** One YAML text's cleaning. */
    private static final class Yaml {
        private final String text;
        private final int lineOffset;
        private final List<LoadProblem> found = new ArrayList<>();
        /** Where each line (as YAML counts them) starts; made when the first value needs it. */
        private int[] lineStarts;

        private int more;
        private SourceSpan moreAt;

        Yaml(String text, int lineOffset) {
            this.text = text;
            this.lineOffset = lineOffset;
        }

        YamlNode node(YamlNode n) {
            if (n instanceof YamlNode.Scalar s) {
                return scalar(s);
            }
            if (n instanceof YamlNode.Sequence q) {
                List<YamlNode> items = new ArrayList<>(q.items().size());
                boolean changed = false;
                for (YamlNode item : q.items()) {
                    YamlNode c = node(item);
                    changed |= c != item;
                    items.add(c);
                }
                return changed ? new YamlNode.Sequence(items, q.at()) : q;
            }
            YamlNode.Mapping m = (YamlNode.Mapping) n;
            List<YamlNode.Entry> entries = new ArrayList<>(m.entries().size());
            boolean changed = false;
            for (YamlNode.Entry e : m.entries()) {
                YamlNode.Scalar key = scalar(e.key());
                YamlNode value = node(e.value());
                if (key != e.key() || value != e.value()) {
                    changed = true;
                    entries.add(new YamlNode.Entry(key, value));
                } else {
                    entries.add(e);
                }
            }
            return changed ? new YamlNode.Mapping(entries, m.at()) : m;
        }

        private YamlNode.Scalar scalar(YamlNode.Scalar s) {
            String v = s.text();
            if (firstForbidden(v) < 0) {
                return s;
            }
            // A text over several lines (a | block) may keep a line break; a one-line value gets a space.
            boolean lines = v.indexOf('\n') >= 0;
            int p = offset(s.at());
            boolean doubleQuoted = p >= 0 && s.quoted() && text.charAt(p) == '"';
            for (int i = 0; i < v.length(); ) {
                int cp = v.codePointAt(i);
                if (isForbidden(cp)) {
                    int at = p < 0 ? -1 : find(p, cp, doubleQuoted);
                    SourceSpan where = at < 0 ? s.at() : span(at);
                    if (at >= 0) {
                        p = next(at, cp);
                    }
                    if (found.size() < Diagnostics.PER_FILE) {
                        // An escape was written on purpose: the hint says what to do with it.
                        String hint = at >= 0 && text.charAt(at) == '\\' ? ESCAPE_HINT : HINT;
                        found.add(new LoadProblem(RULE, message(cp, lines), hint, where.line(), where.column(), true));
                    } else {
                        more++;
                        moreAt = moreAt == null ? where : moreAt;
                    }
                }
                i += Character.charCount(cp);
            }
            return new YamlNode.Scalar(clean(v, lines), s.quoted(), s.isNull(), s.at());
        }

        /**
         * Where, from {@code p} on, the file writes {@code cp}: the character itself or, in a text in
         * double quotes ({@code p} at its opening quote the first time), an escape that stands for it.
         */
        private int find(int p, int cp, boolean doubleQuoted) {
            int j = p;
            if (doubleQuoted && j < text.length() && text.charAt(j) == '"' && j == quoteStart) {
                j++;
            }
            while (j < text.length()) {
                char c = text.charAt(j);
                if (doubleQuoted && c == '"') {
                    return -1; // the end of the text
                }
                if (doubleQuoted && c == '\\' && j + 1 < text.length()) {
                    int[] esc = YamlEscapes.at(text, j);
                    if (esc != null && esc[0] == cp) {
                        return j;
                    }
                    j = esc == null ? j + 2 : esc[1];
                    continue;
                }
                int here = text.codePointAt(j);
                if (here == cp) {
                    return j;
                }
                j += Character.charCount(here);
            }
            return -1;
        }

        /** The opening quote of the double-quoted text being searched: skipped once, not taken for its end. */
        private int quoteStart = -1;

        /** Where to go on looking for the value's next character after the one found at {@code at}. */
        private int next(int at, int cp) {
            if (text.charAt(at) == '\\') {
                int[] esc = YamlEscapes.at(text, at);
                return esc == null ? at + 2 : esc[1];
            }
            return at + Character.charCount(cp);
        }

        /** The offset of a value's position in the text, or -1; remembers a double-quoted text's opening quote. */
        private int offset(SourceSpan at) {
            int line = at.line() - lineOffset;
            if (lineStarts == null) {
                lineStarts = LineStarts.yaml(text);
            }
            if (line < 1 || line > lineStarts.length) {
                return -1;
            }
            int end = line < lineStarts.length ? lineStarts[line] : text.length();
            int o = lineStarts[line - 1];
            for (int c = 1; c < at.column() && o < end; c++) {
                o += Character.charCount(text.codePointAt(o));
            }
            if (o >= text.length()) {
                return -1;
            }
            quoteStart = text.charAt(o) == '"' ? o : -1;
            return o;
        }

        private SourceSpan span(int offset) {
            int line = java.util.Arrays.binarySearch(lineStarts, offset);
            line = line >= 0 ? line : -line - 2;
            int column = 1 + text.codePointCount(lineStarts[line], offset);
            return new SourceSpan("", line + 1 + lineOffset, column);
        }
    }
}
