package io.keyplan.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapTest {
    @Test
    void listsPagesAbsoluteWithoutThe404() {
        String xml = Sitemap.xml(
                        "https://kam.example.com/portal",
                        List.of(
                                "404.html",
                                "index.html",
                                "accounts/acme/index.html",
                                "pages/how we work.html",
                                "data/portfolio.json"))
                .orElseThrow();
        assertTrue(xml.contains("<loc>https://kam.example.com/portal/</loc>"), xml);
        assertTrue(xml.contains("<loc>https://kam.example.com/portal/accounts/acme/</loc>"), xml);
        assertTrue(xml.contains("<loc>https://kam.example.com/portal/pages/how%20we%20work.html</loc>"), xml);
        assertEquals(3, xml.split("<url>").length - 1, xml);
    }

    /** A page name may hold what XML gives a meaning; {@code '} is {@code &#39;}, as Pebble writes it, which XML reads as {@code &apos;}. */
    @Test
    void specialCharactersAreEscaped() {
        String xml = Sitemap.xml("https://kam.example.com/?a=1&b='2'", List.of("pages/r&d's \"plan\".html"))
                .orElseThrow();
        assertTrue(
                xml.contains(
                        "<loc>https://kam.example.com/?a=1&amp;b=&#39;2&#39;/pages/r&amp;d&#39;s%20%22plan%22.html</loc>"),
                xml);
    }

    @Test
    void noSitemapWithoutBaseUrl() {
        assertTrue(Sitemap.xml("", List.of("index.html")).isEmpty());
    }
}
