package io.keyplan.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Facts about this run that pages show or compute with; template variable {@code build}.
 * {@code buildDate} is today, or the date of {@code SOURCE_DATE_EPOCH} when set, so that builds
 * are reproducible; {@code audience} is who the site is for; {@code baseUrl} is where the site
 * will be published ({@code --base-url}), or "" when the command line does not say, in which case
 * {@code base_url} of {@code portal.yaml} is used ({@link #baseUrlOr}).
 */
public record BuildInfo(LocalDate buildDate, String version, Audience audience, String baseUrl) {
    public BuildInfo {
        Objects.requireNonNull(audience);
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
    }

    /** A site whose address only {@code portal.yaml} may give. */
    public BuildInfo(LocalDate buildDate, String version, Audience audience) {
        this(buildDate, version, audience, "");
    }

    /** An internal site. */
    public BuildInfo(LocalDate buildDate, String version) {
        this(buildDate, version, Audience.INTERNAL);
    }

    /** True for {@code --profile public}; templates ask {@code build.publicSite}. */
    public boolean publicSite() {
        return audience == Audience.PUBLIC;
    }

    /** The site's address: {@code --base-url} when given, else {@code portalBaseUrl} (may be blank). */
    public String baseUrlOr(String portalBaseUrl) {
        return baseUrl.isEmpty() ? (portalBaseUrl == null ? "" : portalBaseUrl.strip()) : baseUrl;
    }

    /** This run with {@code baseUrl} as the site's address. */
    public BuildInfo withBaseUrl(String baseUrl) {
        return new BuildInfo(buildDate, version, audience, baseUrl);
    }

    /**
     * The absolute address of a page for {@code <link rel="canonical">}: the base URL (only an
     * http or https one) and the page's address as the sitemap lists it ({@link #address});
     * "" without such a base URL and for {@code 404.html}, which is shown at any address.
     */
    public String canonical(String page) {
        if (!baseUrl.matches("(?i)https?://\\S+") || page.equals(SiteLayout.NOT_FOUND)) {
            return "";
        }
        return withSlash(baseUrl) + encodePath(address(page));
    }

    /** {@code base} ending in exactly the one slash a page path is appended to. */
    public static String withSlash(String base) {
        String b = base.strip();
        return b.endsWith("/") ? b : b + "/";
    }

    /** The address people bookmark: a folder's {@code index.html} is the folder ({@code accounts/acme/}). */
    public static String address(String page) {
        if (page.equals(SiteLayout.HOME)) {
            return "";
        }
        return page.endsWith("/index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
    }

    /** A site path percent-encoded as a URL path. */
    public static String encodePath(String path) {
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable page path: " + path, e);
        }
    }
}
