package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.analyse.PortfolioAnalyser;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Content;
import io.keyplan.site.BuildInfo;
import io.keyplan.site.SiteLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A free page shows the portal's settings where it has placeholders: in the portal's language
 * and number format, escaped, and the same in the search index.
 */
class PagePlaceholdersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path root;

    private MemorySiteWriter render(String portal, String page) throws IOException {
        Files.writeString(root.resolve("portal.yaml"), portal);
        Files.createDirectories(root.resolve("pages"));
        Files.createDirectories(root.resolve("accounts"));
        Files.writeString(root.resolve("pages/how.md"), page);
        Diagnostics d = new Diagnostics();
        Content c = new ContentLoader().load(root, TODAY, d);
        assertFalse(d.hasErrors(), d.all()::toString);
        MemorySiteWriter out = new MemorySiteWriter();
        new SiteRenderer(Theme.load(Path.of("site-theme")))
                .render(c, PortfolioAnalyser.analyse(c, TODAY), new BuildInfo(TODAY, "t"), out);
        return out;
    }

    private static String text(MemorySiteWriter out, String path) {
        return new String(out.files.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void settingsAreShownInThePortalsLanguageAndEscaped() throws IOException {
        MemorySiteWriter out = render("""
                organisation: "Kessler & <b>de Wit</b>"
                language: nl
                fiscal_year: 2027
                review: {cadence_days: 45, horizon_days: 120}
                selection:
                  threshold: 6.25
                  attractiveness:
                    - {id: omzet, label: "Omzet | *potentieel*", weight: 60}
                    - {id: marge, label: Marge, weight: 40}
                tiers: {platinum: 40, gold: 75}
                """, """
                # Werkwijze

                Bij {{ organisation }} elke {{ review.cadence_days }} dagen, {{ review.horizon_days }} vooruit,
                boekjaar {{ fiscal_year }}, drempel {{ selection.threshold }}, platina {{ tiers.platinum }}.

                {{ selection.attractiveness }}

                Letterlijk: `{{ title }}`.
                """);
        Document page = Jsoup.parse(text(out, SiteLayout.freePage("how")));
        String p = page.select("main p").first().text();
        assertTrue(p.startsWith("Bij Kessler & <b>de Wit</b> elke 45 dagen, 120 vooruit"), p);
        assertTrue(p.contains("boekjaar 2027, drempel 6,25, platina 40"), p);
        assertTrue(page.select("main b").isEmpty(), "the organisation's markup is text");
        assertEquals(
                "Klantaantrekkelijkheid Gewicht",
                page.select("main table thead tr").text());
        assertEquals(
                "Omzet | *potentieel* 60",
                page.select("main table tbody tr").get(0).text());
        assertEquals("Marge 40", page.select("main table tbody tr").get(1).text());
        assertTrue(page.select("main code").text().equals("{{ title }}"), "code is left alone");

        String index = text(out, SiteLayout.SEARCH_INDEX);
        assertTrue(index.contains("elke 45 dagen"), "the search index reads the filled-in page");
        assertFalse(index.contains("cadence_days"), index);
    }
}
