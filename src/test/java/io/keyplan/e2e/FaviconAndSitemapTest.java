package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the example site, internal and public, names its favicon, so no browser asks the
 * server's root for {@code /favicon.ico} outside the site's sub-path: a relative link to the
 * theme's icon, and on {@code 404.html} (served at any depth) the icon itself as a {@code data:}
 * address. The sitemap gives every page its {@code lastmod}.
 */
class FaviconAndSitemapTest {
    @TempDir
    static Path tmp;

    static Path site;
    static Path published;

    @BeforeAll
    static void build() {
        site = ExampleBuild.build(tmp.resolve("site"), "--base-url", "https://kam.example.com/plans/");
        published = ExampleBuild.build(tmp.resolve("public"), "--profile", "public");
    }

    @Test
    void everyPageLinksTheFaviconInsideTheSite() throws IOException {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Path root : List.of(site, published)) {
            for (Path page : ExampleBuild.htmlPages(root)) {
                pages++;
                Document d = Jsoup.parse(page.toFile(), "UTF-8");
                List<Element> icons = d.select("head link[rel=icon]");
                String name = tmp.relativize(page).toString();
                if (icons.size() != 1) {
                    problems.add(name + ": " + icons.size() + " icon links");
                    continue;
                }
                String href = icons.get(0).attr("href");
                if (page.getFileName().toString().equals("404.html")) {
                    if (!href.startsWith("data:image/svg+xml;base64,")) {
                        problems.add(name + ": the 404 page's icon is not inline: " + href);
                    }
                } else if (href.startsWith("/") || href.contains(":")) {
                    problems.add(name + ": the icon's address is not relative: " + href);
                } else if (!page.getParent().resolve(href).normalize().equals(root.resolve("assets/favicon.svg"))) {
                    problems.add(name + ": the icon link does not reach assets/favicon.svg: " + href);
                }
            }
            assertTrue(Files.isRegularFile(root.resolve("assets/favicon.svg")), root + " has the icon");
        }
        assertTrue(pages > 50, "pages checked: " + pages);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        String svg = Files.readString(site.resolve("assets/favicon.svg"), StandardCharsets.UTF_8);
        String inline = Jsoup.parse(site.resolve("404.html").toFile(), "UTF-8")
                .selectFirst("link[rel=icon]")
                .attr("href");
        assertEquals(
                svg,
                new String(
                        java.util.Base64.getDecoder().decode(inline.substring(inline.indexOf(',') + 1)),
                        StandardCharsets.UTF_8),
                "the 404 page carries the theme's own icon");
    }

    @Test
    void theSitemapDatesEveryPage() throws IOException {
        String xml = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        int urls = xml.split("<url>").length - 1;
        assertTrue(urls > 40, xml);
        // SOURCE_DATE_EPOCH of the example build is 2026-11-23, and every page is written by the build.
        assertEquals(urls, xml.split("<lastmod>2026-11-23</lastmod>").length - 1, xml);
        assertTrue(
                xml.contains("<url><loc>https://kam.example.com/plans/</loc><lastmod>2026-11-23</lastmod></url>"), xml);
    }
}
