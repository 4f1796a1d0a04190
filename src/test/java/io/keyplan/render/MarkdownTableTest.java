package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A Markdown table scrolls in its own box, which the keyboard can reach and a screen reader names. */
class MarkdownTableTest {
    private final Markdown markdown = new Markdown();

    private static Element box(String html) {
        Element table = Jsoup.parseBodyFragment(html).selectFirst("table.md-table");
        assertTrue(table != null, html);
        return table.parent();
    }

    @Test
    void aTableSitsInAFocusableNamedScrollBox() {
        String html = markdown.block("| Player | Next step |\n|---|---|\n| CFO | Business case |\n", false);
        Element box = box(html);
        assertEquals("div", box.normalName());
        assertEquals("table-wrap md-table-wrap", box.className());
        assertEquals("0", box.attr("tabindex"));
        assertEquals("region", box.attr("role"));
        assertEquals("Player, Next step", box.attr("aria-label"));
        assertEquals(1, box.childrenSize(), "the box holds the table and nothing else");
    }

    @Test
    void theNameIsTheHeaderAsPlainTextEscaped() {
        String html = markdown.block("| **Risk** \"a\" <b> | x & y |\n|---|---|\n| 1 | 2 |\n", false);
        // Markup is left out (raw HTML is no text); quotes and ampersands are escaped in the attribute.
        assertTrue(html.contains("aria-label=\"Risk &quot;a&quot;, x &amp; y\""), html);
    }

    @Test
    void aBlankHeaderRowNamesTheBoxByItsFirstRow() {
        String html = markdown.block("| | |\n|---|---|\n| Q1 | 2.9m |\n", false);
        assertEquals("Q1, 2.9m", box(html).attr("aria-label"));
    }

    @Test
    void textWithoutATableGetsNoBox() {
        assertFalse(markdown.block("A | B is not a table", false).contains("table-wrap"));
        assertFalse(markdown.block("Plain words.", false).contains("table-wrap"));
    }

    @Test
    void withRawHtmlAllowedTheBoxKeepsItsAttributesAndUserDivsGetNone() {
        String md =
                "<div role=\"button\" tabindex=\"0\" aria-label=\"x\">hi</div>\n\n| A | B |\n|---|---|\n| 1 | 2 |\n";
        String html = markdown.block(md, true);
        Element box = box(html);
        assertEquals("0", box.attr("tabindex"));
        assertEquals("region", box.attr("role"));
        assertEquals("A, B", box.attr("aria-label"));
        Element userDiv = Jsoup.parseBodyFragment(html).selectFirst("div:not(.md-table-wrap)");
        assertTrue(userDiv != null, html);
        assertFalse(userDiv.hasAttr("tabindex") || userDiv.hasAttr("role") || userDiv.hasAttr("aria-label"), html);
    }
}
