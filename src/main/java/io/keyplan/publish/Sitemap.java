package io.keyplan.publish;

import io.keyplan.site.BuildInfo;
import io.keyplan.text.Escape;
import java.util.List;
import java.util.Optional;

/**
 * {@code sitemap.xml} for search engines. The sitemap protocol requires absolute URLs, so
 * without {@code base_url} there is no sitemap at all (see docs/decisions.md).
 * A folder's {@code index.html} is listed as the folder ({@code accounts/acme/}), the address
 * people bookmark; {@code 404.html} is never listed. The protocol asks for all five XML
 * specials to be escaped in a URL, so it gets the attribute set although it is text.
 */
public final class Sitemap {
    private Sitemap() {}

    /** The sitemap for these site pages, or empty when {@code baseUrl} is blank. */
    public static Optional<String> xml(String baseUrl, List<String> pages) {
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
                        .append("</loc></url>\n"));
        return Optional.of(out.append("</urlset>\n").toString());
    }

    static String address(String page) {
        return BuildInfo.address(page);
    }

    static String encodePath(String path) {
        return BuildInfo.encodePath(path);
    }
}
