package io.keyplan.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of a free page ({@code {{ review.cadence_days }}}): where they are in its
 * Markdown, and the text with each replaced. A placeholder is named after its key in
 * {@code portal.yaml}, so a how-we-work page can show the portal's own figures instead of typed-in
 * copies that go out of date. Text in code spans, code blocks and raw HTML is left alone, and so
 * is {@code \{{}, so a page can still show the braces themselves.
 *
 * <p>Only the names live here (validation must know them without the renderer); what each one
 * shows is the renderer's, in the portal's language.
 */
public final class Placeholders {
    /** Every placeholder a page may use: the {@code portal.yaml} key it shows. */
    public enum Name {
        TITLE("title", false),
        ORGANISATION("organisation", false),
        CURRENCY("currency", false),
        FISCAL_YEAR("fiscal_year", false),
        REVIEW_CADENCE_DAYS("review.cadence_days", false),
        REVIEW_HORIZON_DAYS("review.horizon_days", false),
        REVIEW_SECTION_STALE_DAYS("review.section_stale_days", false),
        SELECTION_THRESHOLD("selection.threshold", false),
        SELECTION_ATTRACTIVENESS("selection.attractiveness", true),
        SELECTION_POSITION("selection.position", true),
        TIERS_PLATINUM("tiers.platinum", false),
        TIERS_GOLD("tiers.gold", false);

        private final String key;
        private final boolean table;

        Name(String key, boolean table) {
            this.key = key;
            this.table = table;
        }

        /** As written between the braces, e.g. {@code review.cadence_days}. */
        public String key() {
            return key;
        }

        /** True when it shows a table, which must stand on a line of its own. */
        public boolean table() {
            return table;
        }

        /** The placeholder of this key, or null. */
        public static Name of(String key) {
            for (Name n : values()) {
                if (n.key.equals(key)) {
                    return n;
                }
            }
            return null;
        }

        /** Every key, for "did you mean" and for the list in an error's hint. */
        public static List<String> keys() {
            return Arrays.stream(values()).map(Name::key).toList();
        }
    }

    /**
     * One placeholder in a text: {@code [start, end)} covers the braces, {@code written} is what
     * stands between them (trimmed), {@code name} null when no placeholder has that name.
     * {@code alone} is true when nothing but spaces and quote markers ({@code >}) stand before it on
     * its line and nothing but spaces after it; {@code prefix} is what stands before it on its line.
     */
    public record Found(int start, int end, String written, Name name, boolean alone, String prefix) {}

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}\\r\\n]*)}}");
    private static final Parser PARSER =
            LinearInlineParser.install(Parser.builder(new MutableDataSet())).build();

    private Placeholders() {}

    /** True when the text may hold a placeholder: most pages hold none, and need no parse. */
    public static boolean mayHold(String markdown) {
        return markdown != null && markdown.contains("{{");
    }

    /** The placeholders of a Markdown text, in order; none in a text over {@link MarkdownScan}'s limits. */
    public static List<Found> find(String markdown) {
        List<Found> found = new ArrayList<>();
        if (!mayHold(markdown) || !MarkdownScan.withinLimits(markdown)) {
            return found;
        }
        List<int[]> literal = new ArrayList<>();
        for (Node node : PARSER.parse(markdown).getDescendants()) {
            if (node instanceof Code
                    || node instanceof FencedCodeBlock
                    || node instanceof IndentedCodeBlock
                    || node instanceof HtmlBlockBase
                    || node instanceof HtmlInlineBase) {
                literal.add(new int[] {node.getStartOffset(), node.getEndOffset()});
            }
        }
        Matcher m = PLACEHOLDER.matcher(markdown);
        while (m.find()) {
            int start = m.start();
            if (escaped(markdown, start) || inside(literal, start)) {
                continue;
            }
            String written = m.group(1).strip();
            int lineStart = lineStart(markdown, start);
            int lineEnd = lineEnd(markdown, m.end());
            String prefix = markdown.substring(lineStart, start);
            boolean alone = prefix.chars().allMatch(c -> c == ' ' || c == '\t' || c == '>')
                    && markdown.substring(m.end(), lineEnd).isBlank();
            found.add(new Found(start, m.end(), written, Name.of(written), alone, prefix));
        }
        return found;
    }

    /**
     * The text with every known placeholder replaced by {@code value}'s Markdown (unknown ones stay
     * as written; validation has reported them). A table's lines after the first get the prefix of
     * the placeholder's line, so a table inside a quote stays inside it, and a blank line is put
     * around it, so that it never runs into the paragraph next to it.
     */
    public static String expand(String markdown, Function<Name, String> value) {
        List<Found> found = find(markdown);
        if (found.isEmpty()) {
            return markdown;
        }
        StringBuilder b = new StringBuilder(markdown.length() + 256);
        int at = 0;
        for (Found f : found) {
            if (f.name() == null || (f.name().table() && !f.alone())) {
                continue;
            }
            b.append(markdown, at, f.start());
            String v = value.apply(f.name());
            if (f.name().table()) {
                String continuation = "\n" + f.prefix().replace('\t', ' ');
                b.append(continuation);
                for (String line : v.split("\n")) {
                    b.append(continuation).append(line);
                }
                b.append(continuation);
            } else {
                b.append(v);
            }
            at = f.end();
        }
        b.append(markdown, at, markdown.length());
        return b.toString();
    }

    /** Plain text with Markdown's ASCII punctuation backslash-escaped, so it shows as written. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                b.append(' ');
                continue;
            }
            if (c < 128 && !Character.isLetterOrDigit(c) && c > ' ') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean escaped(String s, int at) {
        int n = 0;
        for (int i = at - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        for (int[] r : ranges) {
            if (offset >= r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static int lineStart(String s, int at) {
        int i = at;
        while (i > 0 && s.charAt(i - 1) != '\n' && s.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    private static int lineEnd(String s, int at) {
        int i = at;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}
