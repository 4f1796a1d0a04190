package io.keyplan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearAutolinksTest {
    private static final Parser FLEXMARK = parser(AutolinkExtension.create());
    private static final Parser LINEAR = parser(LinearAutolinks.INSTANCE);
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    /** Pieces a paragraph is made of: entities and escapes next to address parts, with and without spaces. */
    private static final List<String> PIECES = List.of(
            "R",
            "D",
            "&amp;",
            "&#119;",
            "&#x09;",
            "&#32;",
            "&lt;",
            "&euro;",
            " ",
            "  ",
            "www.",
            "ww",
            "w",
            "example",
            ".com",
            ".",
            "/",
            "http://",
            "https://",
            "ftp://",
            "mailto:",
            "@",
            "mail",
            ":",
            "\\*",
            "\\_",
            "\\&",
            "(",
            ")",
            "-",
            "1",
            "a",
            "<",
            ">",
            "&",
            ";",
            "#",
            "*",
            "_",
            "`",
            "[",
            "]",
            "\n",
            "?q=1",
            "%20",
            "\u00e9",
            "!");

    private static Parser parser(Extension autolinks) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(autolinks));
        return LinearInlineParser.install(Parser.builder(options)).build();
    }

    private static String html(Parser parser, String markdown) {
        return HTML.render(parser.parse(markdown));
    }

    @Test
    void makesTheSameLinksAsFlexmarkOnRandomParagraphs() {
        Random random = new Random(20261130);
        int withLinks = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(40);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String markdown = text.toString();
            String expected = html(FLEXMARK, markdown);
            assertEquals(expected, html(LINEAR, markdown), () -> "input: " + markdown.replace("\n", "\\n"));
            if (expected.contains("<a href")) {
                withLinks++;
            }
        }
        // The comparison means something only if many of the paragraphs hold links.
        assertTrue(withLinks > 2_000, "paragraphs with links: " + withLinks);
    }

    @Test
    void findsAnAddressAfterManyEntitiesInOneRun() {
        String markdown = "R&amp;D ".repeat(200) + "see www.example.com and R&amp;D at mail@example.com";
        String html = html(LINEAR, markdown);
        assertEquals(html(FLEXMARK, markdown), html);
        assertTrue(html.contains("<a href=\"http://www.example.com\">www.example.com</a>"), html);
        assertTrue(html.contains("<a href=\"mailto:mail@example.com\">mail@example.com</a>"), html);
    }

    @Test
    void readsAnAddressAcrossAnEntityAsOneLink() {
        String html = html(LINEAR, "R&amp;D: https://example.com/a?x=1&amp;y=2 today");
        assertTrue(html.contains("<a href=\"https://example.com/a?x=1&amp;y=2\">"), html);
    }

    @Test
    void runIsTheNodeAndWhatFollowsWithoutASpaceAtTheSeam() {
        Document doc = LINEAR.parse("a&amp;b c&amp;d &amp; e");
        Node first = doc.getFirstChild().getFirstChild();
        List<Node> run = LinearAutolinks.run(first);
        // "a", "&amp;", "b c", "&amp;", "d " and then a space: "&amp;" after "d " starts anew.
        assertEquals(5, run.size(), () -> run.toString());
        assertEquals("d ", run.get(4).getChars().toString());
    }

    @Test
    void firstLinkNodeIsWhereTheFirstAddressStarts() {
        Document doc = LINEAR.parse("R&amp;D R&amp;D www.example.com");
        // Parsed without the post-processor's changes: read the run off a document with no link.
        Document plain = parser(new NoExtension()).parse("R&amp;D R&amp;D www.example.com");
        List<Node> run = LinearAutolinks.run(plain.getFirstChild().getFirstChild());
        assertEquals(5, run.size(), () -> run.toString());
        assertEquals(4, LinearAutolinks.firstLinkNode(run));
        assertTrue(HTML.render(doc).contains("<a href=\"http://www.example.com\">"));
        Document none = parser(new NoExtension()).parse("R&amp;D R&amp;D no address");
        assertEquals(
                -1,
                LinearAutolinks.firstLinkNode(
                        LinearAutolinks.run(none.getFirstChild().getFirstChild())));
    }

    /** A parser with no autolinks at all, to look at the nodes as the inline parser leaves them. */
    private static final class NoExtension implements Parser.ParserExtension {
        @Override
        public void parserOptions(com.vladsch.flexmark.util.data.MutableDataHolder options) {}

        @Override
        public void extend(Parser.Builder builder) {}
    }
}
