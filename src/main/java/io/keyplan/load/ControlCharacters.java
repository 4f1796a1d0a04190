package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Printable;
import io.keyplan.model.SourceSpan;
import io.keyplan.text.ControlText;
import io.keyplan.text.LineStarts;
import io.keyplan.text.YamlEscapes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

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
 * ({@link ControlText#clean}). A text without such a character costs one look at each of its
 * characters. Which characters, and the cleaning itself, are {@link ControlText}'s.
 */
public final class ControlCharacters {
    /** The rule of the warning. */
    public static final String RULE = "control-character";

    private static final String HINT = "it usually comes with text pasted from another program;"
            + " delete it from the file (your editor may not show it) and this warning goes away";

    private static final String ESCAPE_HINT =
            "a web page cannot show this character: take the escape out of the text in quotes";

    private ControlCharacters() {}

    /**
     * {@code text} cleaned as {@link ControlText#clean} does, telling {@code forbidden} of each
     * character it leaves out or replaces, in order; {@code text} itself when it has none.
     */
    public static String clean(String text, boolean lines, IntConsumer forbidden) {
        if (ControlText.firstForbidden(text) < 0) {
            return text;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (ControlText.isForbidden(cp)) {
                forbidden.accept(cp);
            }
            i += Character.charCount(cp);
        }
        return ControlText.clean(text, lines);
    }

    /** What happened to the character, in plain words. */
    public static String message(int cp, boolean lines) {
        if (ControlText.isBreakLike(cp)) {
            return "an invisible line break character (" + Printable.code(cp) + ") was made "
                    + (lines ? "a line break" : "a space");
        }
        if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F) {
            return "an invisible control character (" + Printable.code(cp) + ") was left out";
        }
        return "a character that web pages may not hold (" + Printable.code(cp) + ") was left out";
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
        int first = ControlText.firstForbidden(body);
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
                if (!ControlText.isForbidden(cp)) {
                    b.appendCodePoint(cp);
                } else {
                    if (ControlText.isBreakLike(cp)) {
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
        return ControlText.firstForbiddenOrBackslash(text) >= 0;
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
            if (ControlText.firstForbidden(v) < 0) {
                return s;
            }
            // A text over several lines (a | block) may keep a line break; a one-line value gets a space.
            boolean lines = v.indexOf('\n') >= 0;
            int p = offset(s.at());
            boolean doubleQuoted = p >= 0 && s.quoted() && text.charAt(p) == '"';
            int start = p;
            for (int i = 0; i < v.length(); ) {
                int cp = v.codePointAt(i);
                if (ControlText.isForbidden(cp)) {
                    int at = p < 0 ? -1 : find(p, cp, doubleQuoted, start);
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
            return new YamlNode.Scalar(ControlText.clean(v, lines), s.quoted(), s.isNull(), s.at());
        }

        /**
         * Where, from {@code p} on, the file writes {@code cp}: the character itself or, in a text in
         * double quotes ({@code p} at its opening quote, {@code start}, the first time), an escape that
         * stands for it. The opening quote is skipped once, not taken for the text's end.
         */
        private int find(int p, int cp, boolean doubleQuoted, int start) {
            int j = p;
            if (doubleQuoted && j == start) {
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

        /** Where to go on looking for the value's next character after the one found at {@code at}. */
        private int next(int at, int cp) {
            if (text.charAt(at) == '\\') {
                int[] esc = YamlEscapes.at(text, at);
                return esc == null ? at + 2 : esc[1];
            }
            return at + Character.charCount(cp);
        }

        /** The offset of a value's position in the text, or -1. */
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
