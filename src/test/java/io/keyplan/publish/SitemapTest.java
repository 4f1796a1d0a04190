package io.keyplan.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    /** Every URL says when it last changed, in the W3C date form the protocol asks for; today: the build date. */
    @Test
    void everyUrlHasItsLastModificationDate() {
        String xml = Sitemap.xml("https://kam.example.com/", List.of("index.html", "accounts/acme/print.html"), DAY)
                .orElseThrow();
        assertTrue(xml.contains("<url><loc>https://kam.example.com/</loc><lastmod>2026-11-23</lastmod></url>"), xml);
        assertTrue(
                xml.contains("<url><loc>https://kam.example.com/accounts/acme/print.html</loc>"
                        + "<lastmod>2026-11-23</lastmod></url>"),
                xml);
        assertEquals(2, xml.split("<lastmod>").length - 1, xml);
        assertEquals(DAY, Sitemap.lastModified("index.html", DAY));
    }

    @Test
    void listsPagesAbsoluteWithoutThe404() {
        String xml = Sitemap.xml(
                        "https://kam.example.com/portal",
                        List.of(
                                "404.html",
                                "index.html",
                                "accounts/acme/index.html",
                                "pages/how we work.html",
                                "data/portfolio.json"),
                        DAY)
                .orElseThrow();
        assertTrue(xml.contains("<loc>https://kam.example.com/portal/</loc>"), xml);
        assertTrue(xml.contains("<loc>https://kam.example.com/portal/accounts/acme/</loc>"), xml);
        assertTrue(xml.contains("<loc>https://kam.example.com/portal/pages/how%20we%20work.html</loc>"), xml);
        assertEquals(3, xml.split("<url>").length - 1, xml);
    }

    /** A page name may hold what XML gives a meaning; {@code '} is {@code &#39;}, as Pebble writes it, which XML reads as {@code &apos;}. */
    @Test
    void specialCharactersAreEscaped() {
        String xml = Sitemap.xml("https://kam.example.com/?a=1&b='2'", List.of("pages/r&d's \"plan\".html"), DAY)
                .orElseThrow();
        assertTrue(
                xml.contains(
                        "<loc>https://kam.example.com/?a=1&amp;b=&#39;2&#39;/pages/r&amp;d&#39;s%20%22plan%22.html</loc>"),
                xml);
    }

    @Test
    void noSitemapWithoutBaseUrl() {
        assertTrue(Sitemap.xml("", List.of("index.html"), DAY).isEmpty());
    }
}
