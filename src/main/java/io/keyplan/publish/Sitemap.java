package io.keyplan.publish;

import io.keyplan.site.BuildInfo;
import io.keyplan.text.Escape;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code sitemap.xml} for search engines. The sitemap protocol requires absolute URLs, so
 * without {@code base_url} there is no sitemap at all (see docs/decisions.md).
 * A folder's {@code index.html} is listed as the folder ({@code accounts/acme/}), the address
 * people bookmark; {@code 404.html} is never listed. The protocol asks for all five XML
 * specials to be escaped in a URL, so it gets the attribute set although it is text. Each
 * page's {@code lastmod} comes from {@link #lastModified} alone.
 */
public final class Sitemap {
    private Sitemap() {}

    /** The sitemap for these site pages built on {@code buildDate}, or empty when {@code baseUrl} is blank. */
    public static Optional<String> xml(String baseUrl, List<String> pages, LocalDate buildDate) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return Optional.empty();
        }
        String base = BuildInfo.withSlash(baseUrl);
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream()
                .filter(p -> p.endsWith(".html") && !p.equals("404.html"))
                .sorted()
                .forEach(p -> out.append("  <url><loc>")
                        .append(Escape.attribute(base + encodePath(address(p))))
                        .append("</loc><lastmod>")
                        .append(lastModified(p, buildDate))
                        .append("</lastmod></url>\n"));
        return Optional.of(out.append("</urlset>\n").toString());
    }

    /**
     * When {@code page} last changed, for its {@code lastmod}: for now the build date, as every page
     * is written again by every build. The one place to ask the content's history instead.
     */
    static LocalDate lastModified(String page, LocalDate buildDate) {
        return buildDate;
    }

    static String address(String page) {
        return BuildInfo.address(page);
    }

    static String encodePath(String path) {
        return BuildInfo.encodePath(path);
    }
}
