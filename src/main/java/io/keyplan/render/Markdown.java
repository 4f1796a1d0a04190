package io.keyplan.render;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import io.keyplan.link.LinkPolicy;
import io.keyplan.markdown.ChildParents;
import io.keyplan.markdown.LinearAutolinks;
import io.keyplan.markdown.LinearInlineParser;
import io.keyplan.markdown.MarkdownScan;
import io.keyplan.markdown.OverLimit;
import io.keyplan.markdown.PlainTextCollector;
import io.keyplan.text.Escape;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown to HTML for everything users write: narratives, notes, free pages and free-text
 * YAML fields. The parsers and the two renderers (raw HTML escaped / allowed) are shared by all
 * threads; flexmark's parser and renderer are immutable once built. Plain text, the most common
 * case by far, skips flexmark: see {@link #plainLineHtml}.
 */
public final class Markdown {
    /** A relative link to another Markdown file: shown as the page it becomes. */
    private static final Pattern MD_LINK = Pattern.compile("^([^:/?#][^:?#]*)\\.md(#.*)?$");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    private static final List<com.vladsch.flexmark.util.misc.Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            LinearAutolinks.INSTANCE,
            StrikethroughExtension.create(),
            TaskListExtension.create(),
            TaskItems.INSTANCE,
            SafeLinks.INSTANCE,
            TableScrollBox.INSTANCE);

    private final Parser parser;
    private final Parser parserWithoutTables;
    private final HtmlRenderer escaping;
    private final HtmlRenderer raw;
    private final com.vladsch.flexmark.util.data.DataHolder options;

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, EXTENSIONS);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        // flexmark drops "javascript:" links on its own; SafeLinks decides for every route with one rule.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?!)");
        options.set(TablesExtension.CLASS_NAME, "md-table");
        this.parser = LinearInlineParser.install(Parser.builder(options)).build();
        MutableDataSet withoutTables = new MutableDataSet(options);
        withoutTables.set(
                Parser.EXTENSIONS,
                EXTENSIONS.stream().filter(e -> !(e instanceof TablesExtension)).toList());
        this.parserWithoutTables =
                LinearInlineParser.install(Parser.builder(withoutTables)).build();
        this.raw = HtmlRenderer.builder(options).build();
        MutableDataSet escapingOptions = new MutableDataSet(options);
        escapingOptions.set(HtmlRenderer.ESCAPE_HTML, true);
        this.escaping = HtmlRenderer.builder(escapingOptions).build();
        this.options = options.toImmutable();
    }

    /** Block Markdown as HTML; raw HTML is escaped unless {@code allowHtml}. Blank input gives "". */
    public String block(String markdown, boolean allowHtml) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String plain = plainParagraphs(markdown);
        if (plain != null) {
            return plain;
        }
        return parsedBlock(markdown, allowHtml);
    }

    /**
     * One free-text field as inline HTML: a single paragraph loses its {@code <p>}, so the
     * text sits in a table cell or after a label; longer texts stay blocks.
     */
    public String inline(String markdown, boolean allowHtml) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String text = markdown.strip();
        String plain = plainLineHtml(text);
        if (plain != null) {
            // Most fields are a few plain words: flexmark would give them back unchanged, at a
            // far higher cost per call (it sets up a renderer for every document).
            return plain;
        }
        return parsedInline(text, allowHtml);
    }

    /** {@link #inline} always through flexmark; package-private so a test can hold the shortcut to it. */
    String parsedInline(String markdown, boolean allowHtml) {
        Document doc = parse(markdown.strip());
        Node first = doc.getFirstChild();
        boolean html = allowHtml && hasRawHtml(doc);
        if (first instanceof Paragraph && first.getNext() == null) {
            String out = render(doc, html).strip();
            if (out.startsWith("<p>") && out.endsWith("</p>")) {
                out = out.substring(3, out.length() - 4);
            }
            return html ? HtmlSanitiser.clean(out) : out;
        }
        return html ? HtmlSanitiser.clean(render(doc, true)) : render(doc, false);
    }

    /** {@link #block} always through flexmark; package-private so a test can hold the shortcut to it. */
    String parsedBlock(String markdown, boolean allowHtml) {
        Document doc = parse(markdown);
        return withoutEmptyHeaders(
                allowHtml && hasRawHtml(doc) ? HtmlSanitiser.clean(render(doc, true)) : render(doc, false));
    }

    /** A header cell with nothing in it, as flexmark writes the corner of {@code | | A | B |}. */
    private static final Pattern EMPTY_HEADER = Pattern.compile("<th((?: [^<>]*)?)>\\s*</th>");

    /**
     * An empty header cell names nothing, and a screen reader announces it as a nameless column
     * (axe: empty-table-header): written as a data cell, the table reads as the author meant.
     */
    static String withoutEmptyHeaders(String html) {
        return html.contains("<th") ? EMPTY_HEADER.matcher(html).replaceAll("<td$1></td>") : html;
    }

    private String render(Document doc, boolean rawHtml) {
        return (rawHtml ? raw : escaping).render(doc);
    }

    /**
     * Raw HTML is the only thing the two renderers treat differently; without it the escaping
     * renderer gives the same page and the sanitiser has nothing to do.
     */
    private static boolean hasRawHtml(Document doc) {
        for (Node n : doc.getDescendants()) {
            if (n instanceof HtmlInlineBase || n instanceof HtmlBlockBase) {
                return true;
            }
        }
        return false;
    }

    /**
     * Only text with a {@code |} can hold a table, and the table extension compiles its patterns
     * for every document: the parser without it gives the same tree for everything else.
     */
    private Document parse(String markdown) {
        if (!MarkdownScan.withinLimits(markdown)) {
            return OverLimit.document(markdown, options);
        }
        Document doc = (markdown.indexOf('|') >= 0 ? parser : parserWithoutTables).parse(markdown);
        ChildParents.repair(doc);
        return doc;
    }

    /**
     * Paragraphs of plain lines (see {@link #plainLineHtml}) separated by blank lines, as flexmark
     * writes them: {@code <p>line\nline</p>\n} each. Null when any line is more than plain words,
     * or has spaces around it that Markdown could read as indentation or a hard line break.
     */
    static String plainParagraphs(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        boolean open = false;
        for (String line : LINE_BREAK.split(markdown, -1)) {
            if (spacesAndTabs(line)) { // what Markdown calls a blank line; other white space is text
                if (open) {
                    out.append("</p>\n");
                    open = false;
                }
                continue;
            }
            String html = plainLineHtml(line);
            if (html == null || line.length() != line.strip().length()) {
                return null;
            }
            out.append(open ? "\n" : "<p>").append(html);
            open = true;
        }
        if (open) {
            out.append("</p>\n");
        }
        return out.toString();
    }

    private static boolean spacesAndTabs(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** True when {@link #plainLineHtml} takes the shortcut for {@code s}. */
    static boolean isPlainLine(String s) {
        return plainLineHtml(s) != null;
    }

    /**
     * One line of words that Markdown leaves as it is, as HTML (only {@code & > "} need escaping);
     * null otherwise. Letters, digits, spaces, non-ASCII symbols and punctuation without a meaning
     * in Markdown or HTML; no list or heading start, no entity, nothing an autolink would pick up
     * ({@code www.}, {@code ://}, {@code @}). Conservative on purpose: what fails here still goes
     * through flexmark, and a test compares the two on many random lines.
     */
    static String plainLineHtml(String s) {
        if (s.isEmpty() || !Character.isLetterOrDigit(s.codePointAt(0))) {
            return null;
        }
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i > 0 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')')) {
            return null; // "1. " or "1) " starts an ordered list
        }
        boolean escape = false;
        for (int k = 0; k < s.length(); ) {
            int c = s.codePointAt(k);
            k += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                continue;
            }
            switch (c) {
                case ' ':
                case ',':
                case '.':
                case ';':
                case '?':
                case '\'':
                case '(':
                case ')':
                case '/':
                case '%':
                case '-':
                case '+':
                case '=':
                case '!':
                case '$':
                case '^':
                case '{':
                case '}':
                case '#':
                    continue;
                case ':':
                    if (s.startsWith("//", k)) {
                        return null; // a scheme: "https://"
                    }
                    continue;
                case '&':
                    if (k < s.length() && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '#')) {
                        return null; // may be an entity: "&amp;", "&#38;"
                    }
                    escape = true;
                    continue;
                case '>':
                case '"':
                    escape = true;
                    continue;
                default:
                    int type = Character.getType(c);
                    if (c < 0x80
                            || Character.isWhitespace(c)
                            || Character.isSpaceChar(c)
                            || Character.isISOControl(c)
                            || type == Character.FORMAT
                            || type == Character.PRIVATE_USE
                            || type == Character.UNASSIGNED
                            || type == Character.SURROGATE) {
                        return null;
                    }
            }
        }
        if (s.toLowerCase(java.util.Locale.ROOT).contains("www.")) {
            return null;
        }
        return escape ? Escape.text(s) : s;
    }

    /** The text of the Markdown without any markup, as one line per paragraph. */
    public String plainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        if (isPlainLine(markdown.strip())) {
            return markdown.strip();
        }
        Document doc = parse(markdown);
        StringBuilder out = new StringBuilder();
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            String text = PlainTextCollector.line(block);
            if (!text.isEmpty()) {
                out.append(text).append('\n');
            }
        }
        return out.toString().strip();
    }

    /** The first sentence of the first paragraph, markup stripped: the "why" on a card. */
    public String firstSentence(String markdown) {
        String text = plainText(markdown);
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        String[] sentences = SENTENCE_END.split(line, 2);
        return sentences[0].strip();
    }

    /** True when {@code url} may not be a link target on the portal: see {@link LinkPolicy}. */
    static boolean isUnsafeUrl(String url) {
        return url != null && !LinkPolicy.allowed(url);
    }

    /**
     * Puts every Markdown table in its own scroll box ({@code div.table-wrap}), the way the theme's
     * tables are: a wide table scrolls inside the text instead of making the whole page scroll
     * sideways on a phone. The box can take the keyboard focus (arrow keys scroll it) and is a named
     * region, named by the table's header row (or its first row), so a screen reader says what it is.
     */
    private static final class TableScrollBox implements HtmlRenderer.HtmlRendererExtension {
        static final TableScrollBox INSTANCE = new TableScrollBox();

        /** Class of the box; {@link HtmlSanitiser} keeps the box's attributes only on such a box. */
        static final String BOX_CLASS = "table-wrap md-table-wrap";

        @Override
        public void rendererOptions(MutableDataHolder options) {}

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options ->
                    () -> java.util.Set.of(new NodeRenderingHandler<>(TableBlock.class, TableScrollBox::render)));
        }

        private static void render(TableBlock table, NodeRendererContext context, HtmlWriter html) {
            // flexmark escapes attribute values itself; the label is plain text.
            html.attr("class", BOX_CLASS)
                    .attr("tabindex", "0")
                    .attr("role", "region")
                    .attr("aria-label", label(table))
                    .withAttr()
                    .tag("div");
            context.delegateRender();
            html.tag("/div").line();
        }

        /** The header row's text, cells joined by commas; the first body row when the header is blank. */
        static String label(TableBlock table) {
            for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof TableHead || part instanceof TableBody) {
                    for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                        String text = rowText(row);
                        if (!text.isEmpty()) {
                            return AccessibleName.of(text);
                        }
                    }
                }
            }
            return "Table";
        }

        private static String rowText(Node row) {
            StringBuilder out = new StringBuilder();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                String text = PlainTextCollector.line(cell);
                if (!text.isEmpty()) {
                    out.append(out.length() == 0 ? "" : ", ").append(text);
                }
            }
            return out.toString();
        }
    }

    /**
     * Makes every user link target safe, whatever route it took (inline, reference, autolink,
     * image): a target that {@link LinkPolicy} does not allow loses its attribute, so the link
     * or image stays as inert text; links to .md files point at the page they become.
     */
    private static final class SafeLinks implements HtmlRenderer.HtmlRendererExtension {
        static final SafeLinks INSTANCE = new SafeLinks();

        @Override
        public void rendererOptions(MutableDataHolder options) {}

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return SafeLinks::fix;
                }
            });
        }

        private static void fix(Node node, AttributablePart part, MutableAttributes attributes) {
            if (attributes.contains("href")) {
                String safe = LinkPolicy.forAttribute(attributes.getValue("href"));
                if (safe == null) {
                    attributes.remove("href");
                } else {
                    var m = MD_LINK.matcher(safe);
                    attributes.replaceValue(
                            "href",
                            asWritten(
                                    m.matches()
                                            ? m.group(1) + ".html" + (m.group(2) == null ? "" : m.group(2))
                                            : safe));
                }
            }
            if (attributes.contains("src")) {
                String safe = LinkPolicy.forAttribute(attributes.getValue("src"));
                if (safe == null) {
                    attributes.remove("src");
                } else {
                    attributes.replaceValue("src", asWritten(safe));
                }
            }
        }

        /**
         * flexmark writes an attribute's entities as they are ({@code &#x09;} stays), so a browser
         * would decode once more what was already decoded; escaped here, the only entities are
         * ours and the browser reads exactly the value that was checked. The text set is the one
         * flexmark escapes attributes with, so it writes the same bytes it would have written.
         */
        private static String asWritten(String value) {
            return Escape.text(value);
        }
    }
}
