package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.cli.Main;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Content;
import io.keyplan.pipeline.Stages;
import io.keyplan.site.BuildInfo;
import io.keyplan.site.SiteWriter;
import io.keyplan.testing.BrowserUrls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Script and links that leave the portal, through narratives, notes, pages and YAML text fields:
 * {@code validate} reports each at its file, line and column and {@code build} writes nothing;
 * and should validation ever miss one, the written pages still hold no unsafe URL.
 */
class HostileLinksSiteTest {
    @TempDir
    Path tmp;

    /** One hostile link per line of the narrative; each is a content error. */
    static final List<String> NARRATIVE = List.of(
            "[plan][p]",
            "[x](java&#x09;script:alert(1))",
            "![img](&#106;avascript:alert(1))",
            "<file:///etc/passwd>",
            "[up](%2e%2e/%2e%2e/%2e%2e/etc/passwd)",
            "[back](..\\\\..\\\\..\\\\etc\\\\passwd)",
            "[root](&#47;etc/passwd)",
            "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[![i](vbscript:x)](.%2e/.%2e/.%2e/x)",
            "",
            "[p]: javascript:alert(1)&#10;");

    Path hostileContent(String portal) throws IOException {
        Path content = tmp.resolve("content");
        Path acme = Files.createDirectories(content.resolve("accounts/acme"));
        Files.writeString(content.resolve("portal.yaml"), portal);
        Files.writeString(
                acme.resolve("account.yaml"),
                String.join(
                        "\n",
                        "name: Acme",
                        "owner: {name: Jan, email: \"jan@example.com\\u2028\\u0085 x\"}",
                        "overview:",
                        "  why_key: \"See [this](JaVaScRiPt:alert(2)) now\"",
                        "swot:",
                        "  strengths: [\"[s](fi&#108;e:///etc/passwd)\"]",
                        "key_players:",
                        "  - name: Eva",
                        "    notes: \"<javascript:alert(3)>\"",
                        "opportunities:",
                        "  - description: \"[o][r]\\n\\n[r]: data:text/html,x\"",
                        "why:",
                        "  statement: \"[w](\\\\etc\\\\passwd)\"",
                        ""));
        Files.writeString(acme.resolve("swot.md"), String.join("\n", NARRATIVE) + "\n");
        Files.createDirectories(acme.resolve("notes"));
        Files.writeString(
                acme.resolve("notes/visit.md"),
                "---\ntitle: Visit\ndate: 2026-10-01\n---\n\nSee [x](&#x6A;avascript&colon;alert(4)).\n");
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(
                content.resolve("pages/how.md"),
                "---\ntitle: How\n---\n\nGo [up](../%2e%2e/etc/passwd) or ![i](javascript:alert(5)).\n");
        return content;
    }

    @Test
    void validateReportsEveryLinkAtItsPlaceAndBuildWritesNothing() throws IOException {
        Path content = hostileContent("organisation: Test BV\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(1, run(Stages.standard(), out, "validate", "--content", content.toString()));
        String report = out.toString(StandardCharsets.UTF_8).replace('\\', '/');
        List<String> expected = new ArrayList<>();
        for (int line = 1; line <= NARRATIVE.size(); line++) {
            if (!NARRATIVE.get(line - 1).isEmpty() && !NARRATIVE.get(line - 1).equals("[plan][p]")) {
                expected.add("accounts/acme/swot.md:" + line + ":");
            }
        }
        for (int line : new int[] {4, 6, 9, 11, 13}) {
            expected.add("accounts/acme/account.yaml:" + line + ":");
        }
        expected.add("accounts/acme/notes/visit.md:6:");
        expected.add("pages/how.md:5:");
        for (String where : expected) {
            assertTrue(
                    report.lines().anyMatch(l -> l.contains(where) && l.matches(".*:\\d+:\\d+: error: the link .*")),
                    where + " not reported:\n" + report);
        }
        assertTrue(report.lines().filter(l -> l.contains(": error: the link")).count() >= expected.size() + 1, report);
        assertFalse(
                report.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'),
                "no raw control characters");

        Path site = tmp.resolve("site");
        assertEquals(
                1,
                run(
                        Stages.standard(),
                        new ByteArrayOutputStream(),
                        "build",
                        "--content",
                        content.toString(),
                        "--output",
                        site.toString()));
        assertFalse(Files.exists(site));
    }

    /** Validation switched off: the renderer alone must still make every link inert. */
    @Test
    void withoutValidationNoPageHoldsAnUnsafeUrl() throws IOException {
        for (String portal :
                List.of("organisation: Test BV\n", "organisation: Test BV\nmarkdown: {allow_html: true}\n")) {
            Path content = hostileContent(portal);
            Files.writeString(
                    content.resolve("accounts/acme/overview.md"),
                    String.join(
                            "\n",
                            "<a href=\"jav&#x09;ascript:alert(1)\" onclick=\"alert(2)\">a</a> <img src=x onerror=alert(3)>",
                            "",
                            "<script>alert(4)</script>",
                            "",
                            "<iframe src=\"javascript:alert(5)\"></iframe>",
                            "",
                            "<div style=\"background:url(javascript:alert(6))\">d</div>",
                            "",
                            "<svg onload=alert(7)></svg>",
                            ""));
            Path site = tmp.resolve("site-" + portal.length());
            assertEquals(
                    0,
                    run(
                            withoutValidation(),
                            new ByteArrayOutputStream(),
                            "build",
                            "--content",
                            content.toString(),
                            "--output",
                            site.toString()));
            int pages = 0;
            try (Stream<Path> all = Files.walk(site)) {
                for (Path p : all.filter(f -> f.toString().endsWith(".html")).toList()) {
                    Document d = Jsoup.parse(Files.readString(p));
                    if (p.getFileName().toString().equals("404.html")) {
                        // Served at any depth, the 404 page carries the theme's own favicon inline: exactly
                        // that file, nothing from the content; the rest of the page is checked as usual.
                        org.jsoup.nodes.Element icon = d.selectFirst("head > link[rel=icon]");
                        assertEquals(
                                "data:image/svg+xml;base64,"
                                        + java.util.Base64.getEncoder()
                                                .encodeToString(
                                                        Files.readAllBytes(Path.of("site-theme/assets/favicon.svg"))),
                                icon.attr("href"));
                        icon.remove();
                    }
                    assertEquals(List.of(), BrowserUrls.problems(d), p.toString());
                    assertTrue(
                            d.select("script:not([src]), iframe, object, embed, body svg:not(.kp-chart)")
                                    .isEmpty(),
                            p.toString());
                    for (Element e : d.getAllElements()) {
                        for (Attribute a : e.attributes()) {
                            assertFalse(a.getKey().toLowerCase().startsWith("on"), p + ": " + e);
                        }
                    }
                    pages++;
                }
            }
            assertTrue(pages >= 4, "pages: " + pages);
            Document account = Jsoup.parse(Files.readString(site.resolve("accounts/acme/index.html")));
            assertTrue(account.select("a").eachText().contains("plan"), "an inert link keeps its text");
        }
    }

    private static Stages withoutValidation() {
        Stages real = Stages.standard();
        return new Stages() {
            @Override
            public Content load(Path contentDir, LocalDate buildDate, Diagnostics diagnostics) {
                return real.load(contentDir, buildDate, diagnostics);
            }

            @Override
            public void validate(Content content, Diagnostics diagnostics) {}

            @Override
            public PortfolioAnalysis analyse(Content content, LocalDate buildDate) {
                return real.analyse(content, buildDate);
            }

            @Override
            public void planWarnings(Content content, PortfolioAnalysis analysis, Diagnostics diagnostics) {}

            @Override
            public void render(
                    Content content,
                    PortfolioAnalysis analysis,
                    io.keyplan.history.History history,
                    BuildInfo info,
                    Path theme,
                    SiteWriter out) {
                real.render(content, analysis, history, info, theme, out);
            }
        };
    }

    private static int run(Stages stages, ByteArrayOutputStream out, String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                Map.of("SOURCE_DATE_EPOCH", "1795392000"),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC),
                stages);
    }
}
