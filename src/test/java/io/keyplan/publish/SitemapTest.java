package io.keyplan.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapTest {
    @Test
    void listsPagesAbsoluteWithoutThe404() {
        String xml = Sitemap.xml("https://kam.example.com/portal", List.of("404.html", "index.html",
                "accounts/acme/index.html", "pages/how we work.html", "data/portfolio.json")).orElseThrow();
        assertTrue(xml.contains("<loc>https://kam.example.com/portal/</loc>"), xml);
        assertTrue(xml.contains("<loc>https://kam.example.com/portal/accounts/acme/</loc>"), xml);
        assertTrue(xml.contains("<loc>https://kam.example.com/portal/pages/how%20we%20work.html</loc>"), xml);
        assertEquals(3, xml.split("<url>").length - 1, xml);
    }

    @Test
    void noSitemapWithoutBaseUrl() {
        assertTrue(Sitemap.xml("", List.of("index.html")).isEmpty());
    }
}
