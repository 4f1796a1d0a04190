package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Tables written in Markdown: a header cell left empty (a corner) becomes a data cell, so no column is nameless. */
class MarkdownTablesTest {
    private final Markdown md = new Markdown();

    @Test
    void anEmptyCornerIsADataCellAndNamedHeadersStay() {
        for (boolean allowHtml : new boolean[] {false, true}) {
            String html = md.block("| | Us | Them |\n|---|:-:|---|\n| Rate | 86 | 77 |\n|  | x | y |\n", allowHtml);
            Document d = Jsoup.parseBodyFragment(html);
            assertEquals(2, d.select("thead th").size(), html);
            assertEquals(1, d.select("thead td").size(), html);
            assertTrue(d.select("th").stream().noneMatch(th -> th.text().isBlank()), html);
            assertEquals("center", d.select("thead th").get(0).attr("align"), "attributes kept: " + html);
            assertEquals(2, d.select("tbody tr").size(), html);
        }
    }

    @Test
    void aHeaderCellWithTextOrMarkupIsLeftAlone() {
        String html = md.block("| **A** | B |\n|---|---|\n| 1 | 2 |\n", false);
        assertEquals(2, Jsoup.parseBodyFragment(html).select("thead th").size(), html);
        assertEquals("<td></td>", Markdown.withoutEmptyHeaders("<th></th>"));
        assertEquals("<td align=\"left\"></td>", Markdown.withoutEmptyHeaders("<th align=\"left\"> </th>"));
        assertEquals("<th><b>x</b></th>", Markdown.withoutEmptyHeaders("<th><b>x</b></th>"));
        assertEquals("<thead>", Markdown.withoutEmptyHeaders("<thead>"));
    }
}
