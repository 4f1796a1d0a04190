package io.keyplan.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Parses chart SVG as XML and checks what every chart must have. */
final class SvgAssert {
    private SvgAssert() {}

    static Document parse(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    /**
     * A chart with links inside: role="group" named by its title (aria-labelledby) and described by
     * its desc (aria-describedby), otherwise as {@link #accessibleRoot}.
     */
    static Element accessibleGroup(String svg, String expectedTitle) {
        Document doc = parse(svg);
        Element root = doc.selectFirst("svg");
        assertEquals("group", root.attr("role"));
        assertEquals("title", doc.getElementById(root.attr("aria-labelledby")).tagName());
        assertEquals(
                expectedTitle, doc.getElementById(root.attr("aria-labelledby")).text());
        assertFalse(doc.getElementById(root.attr("aria-describedby")).text().isBlank());
        assertEquals("desc", doc.getElementById(root.attr("aria-describedby")).tagName());
        frame(svg, doc, root);
        return root;
    }

    /** role="img", viewBox, width 100 %, title and desc referenced by aria-labelledby, unique ids, no external references. */
    static Element accessibleRoot(String svg, String expectedTitle) {
        Document doc = parse(svg);
        Element root = doc.selectFirst("svg");
        assertEquals("img", root.attr("role"));
        assertTrue(root.attr("viewBox").matches("0 0 [0-9.]+ [0-9.]+"), root.attr("viewBox"));
        assertEquals("100%", root.attr("width"));
        String[] refs = root.attr("aria-labelledby").split(" ");
        assertEquals(2, refs.length);
        Element title = doc.getElementById(refs[0]);
        Element desc = doc.getElementById(refs[1]);
        assertEquals("title", title.tagName());
        assertEquals("desc", desc.tagName());
        assertEquals(expectedTitle, title.text());
        assertFalse(desc.text().isBlank());
        frame(svg, doc, root);
        return root;
    }

    /** viewBox, width 100 %, unique ids under the root's, defined patterns, no external reference, no script. */
    private static void frame(String svg, Document doc, Element root) {
        assertTrue(root.attr("viewBox").matches("0 0 [0-9.]+ [0-9.]+"), root.attr("viewBox"));
        assertEquals("100%", root.attr("width"));
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
            assertTrue(e.id().startsWith(root.id()), e.id());
        }
        for (Element e : doc.select("[fill^=url], [stroke^=url]")) {
            String ref = (e.attr("fill").startsWith("url") ? e.attr("fill") : e.attr("stroke"))
                    .replaceAll("url\\(#(.*)\\)", "$1");
            assertTrue(ids.contains(ref), "undefined pattern " + ref);
        }
        assertFalse(
                svg.contains("http://")
                        && svg.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "external reference");
        assertFalse(svg.contains("<script"));
    }

    static double d(Element e, String attr) {
        return Double.parseDouble(e.attr(attr));
    }
}
