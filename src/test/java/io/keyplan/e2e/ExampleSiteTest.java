package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the example portfolio in {@code content/} exactly as a user would (the CLI with its
 * defaults for theme) and checks the site as a whole: every account has its page, every link
 * inside the site is relative and points at a file that was written.
 */
class ExampleSiteTest {
    @TempDir
    static Path tmp;

    static Path site;
    static String stdout;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        stdout = ExampleBuild.buildForOutput(site);
    }

    @Test
    void everyAccountFolderHasItsPage() throws IOException {
        try (Stream<Path> accounts = Files.list(Path.of("content/accounts"))) {
            List<String> slugs = accounts.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .toList();
            assertTrue(slugs.size() >= 10, "the example portfolio has at least ten accounts");
            for (String slug : slugs) {
                Path page = site.resolve("accounts").resolve(slug).resolve("index.html");
                assertTrue(Files.isRegularFile(page), "missing page for " + slug);
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                assertFalse(doc.select("h1").text().isBlank(), slug + " page has a heading");
            }
        }
        assertTrue(stdout.contains("Built 13 accounts"), stdout);
    }

    /**
     * The example lives in KeyPlan's own repository, so its data files carry git dates; which dates
     * depends on the clone (and a copy without git has none), so only their shape is asserted.
     */
    @Test
    void theDataFilesCarryGitDatesWhenTheContentIsInGit() throws IOException {
        JsonNode accounts = new ObjectMapper()
                .readTree(site.resolve("data/portfolio.json").toFile())
                .get("accounts");
        boolean inGit = new FileRepositoryBuilder()
                        .findGitDir(Path.of("content").toAbsolutePath().toFile())
                        .getGitDir()
                != null;
        String header = Files.readString(site.resolve("data/portfolio.csv"))
                .lines()
                .findFirst()
                .orElseThrow();
        assertEquals(inGit, header.endsWith(",last_changed"), header);
        for (JsonNode a : accounts) {
            assertEquals(inGit, a.has("last_changed"), a.get("slug").asText());
            if (!inGit) {
                continue;
            }
            assertTrue(isDateOrNull(a.get("last_changed")), a.toString());
            JsonNode sections = a.get("sections_changed");
            assertEquals(16, sections.size());
            sections.elements().forEachRemaining(d -> assertTrue(isDateOrNull(d), sections.toString()));
        }
    }

    private static boolean isDateOrNull(JsonNode n) {
        return n.isNull() || n.isTextual() && n.asText().matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void theSiteHasItsFixedAddresses() {
        for (String path : List.of(
                "index.html",
                "404.html",
                "data/portfolio.json",
                "data/portfolio.csv",
                "schema/account.schema.json",
                "accounts/noordzee-foods/dmu-organigram.svg",
                ".keyplan-site")) {
            assertTrue(Files.isRegularFile(site.resolve(path)), "missing " + path);
        }
        assertFalse(
                Files.exists(site.resolve("accounts/noordzee-foods/account.yaml")), "plan sources are never published");
    }

    @Test
    void everyLinkInsideTheSiteIsRelativeAndResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path html : ExampleBuild.htmlPages(site)) {
            String rel = site.relativize(html).toString().replace('\\', '/');
            Document doc = Jsoup.parse(html.toFile(), "UTF-8");
            for (Element el : doc.select("[href], [src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (url.isEmpty() || url.startsWith("#") || url.matches("^(https?|mailto|tel):.*")) {
                    continue;
                }
                if (rel.equals("404.html") && el.is("link[rel=icon]") && url.startsWith("data:image/svg+xml;")) {
                    continue; // served at any depth, the 404 page carries its favicon itself
                }
                if (url.startsWith("/") || url.contains("://")) {
                    broken.add(rel + ": not relative: " + url);
                    continue;
                }
                String target = URI.create("x:/" + rel)
                        .resolve(url.replaceAll("[#?].*", ""))
                        .getPath()
                        .substring(1);
                if (!Files.isRegularFile(site.resolve(target))) {
                    broken.add(rel + ": " + url + " -> " + target + " does not exist");
                }
            }
        }
        assertEquals(List.of(), broken);
    }
}
