package io.keyplan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Content;
import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkChecksTest {
    static final String ACCOUNT_PAGE = "accounts/acme/index.html";

    @Test
    void linksInsideThePortalAndWebAddressesAreFine() {
        assertNull(LinkChecks.problem("organigram.svg", ACCOUNT_PAGE));
        assertNull(LinkChecks.problem("../other/index.html#s-swot", ACCOUNT_PAGE));
        assertNull(LinkChecks.problem("../../pages/how-we-work.md", ACCOUNT_PAGE));
        assertNull(LinkChecks.problem("https://example.com/x", ACCOUNT_PAGE));
        assertNull(LinkChecks.problem("mailto:a@b.c", ACCOUNT_PAGE));
        assertNull(LinkChecks.problem("#s-why", ACCOUNT_PAGE));
    }

    @Test
    void linksThatCannotWorkOnThePortalAreErrors() {
        assertTrue(LinkChecks.problem("../../../etc/passwd", ACCOUNT_PAGE).contains("leads out of the portal"));
        assertTrue(LinkChecks.problem("../../etc/passwd", "pages/p.html").contains("leads out of the portal"));
        assertTrue(LinkChecks.problem("file:///etc/passwd", ACCOUNT_PAGE).contains("one computer"));
        assertTrue(LinkChecks.problem("/accounts/x/index.html", ACCOUNT_PAGE).contains("starts with '/'"));
        assertTrue(LinkChecks.problem("mission.md", ACCOUNT_PAGE).contains("'#s-mission'"));
    }

    @Test
    void reportsTheLineOfTheLink() {
        Diagnostics d = new Diagnostics();
        LinkChecks.check(
                "Intro\n\nSee [x](../../../etc/passwd) and ![i](/logo.png).\n",
                new SourceSpan("nowhere/swot.md", 0, 0),
                ACCOUNT_PAGE,
                d);
        List<String> found = d.all().stream().map(Diagnostic::toString).toList();
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("nowhere/swot.md:3:"), found.toString());
    }

    static final List<String> LEAVING = List.of(
            "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "%2E%2E/%2E%2E/%2E%2E/etc/passwd",
            ".%2e/.%2e/.%2e/etc/passwd",
            "%2e./%2e./%2e./etc/passwd",
            "..%2f..%2f..%2fetc/passwd",
            "..%5c..%5c..%5cetc",
            "%252e%252e/%252e%252e/%252e%252e/etc/passwd",
            "..\\..\\..\\etc\\passwd",
            "../..\\../etc",
            "./../../../x",
            "a/../../../../x",
            "&#46;&#46;/&#46;&#46;/&#46;&#46;/etc/passwd",
            ".. /.. /.. /x",
            "../../../",
            "../../..");

    static final List<String> ROOTED = List.of(
            "/etc/passwd", "\\etc\\passwd", "&#47;etc/passwd", "&#x2F;etc/passwd", "%2fetc/passwd", " /etc/passwd");

    static final List<String> ON_ONE_COMPUTER = List.of(
            "file:///etc/passwd",
            "FILE:///etc/passwd",
            "fi&#108;e:///etc/passwd",
            "f&#x69;le:///etc/passwd",
            "fi\tle:///etc/passwd",
            "C:\\Users\\jan\\plan.pdf",
            "c:/x.pdf",
            "\\\\server\\share\\plan.pdf",
            "\\/server/share",
            "/\\server\\share");

    static final List<String> NOT_A_LINK = List.of(
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java&#x09;script:alert(1)",
            "&#106;avascript:alert(1)",
            "javascript&colon;alert(1)",
            "vbscript:x",
            "data:text/html,x",
            "blob:https://x/y",
            "ftp://example.com/x",
            "x-made-up:thing");

    @Test
    void decodedAndNormalisedLinksThatLeaveThePortalAreErrors() {
        for (String url : LEAVING) {
            String p = LinkChecks.problem(url, ACCOUNT_PAGE);
            assertTrue(p != null && p.contains("leads out of the portal"), url + ": " + p);
        }
        for (String url : ROOTED) {
            String p = LinkChecks.problem(url, ACCOUNT_PAGE);
            assertTrue(p != null && p.contains("starts with '/'"), url + ": " + p);
        }
        for (String url : ON_ONE_COMPUTER) {
            String p = LinkChecks.problem(url, ACCOUNT_PAGE);
            assertTrue(p != null && p.contains("one computer"), url + ": " + p);
        }
        for (String url : NOT_A_LINK) {
            String p = LinkChecks.problem(url, ACCOUNT_PAGE);
            assertTrue(p != null && p.contains("not a web, e-mail or phone address"), url + ": " + p);
        }
        assertNull(LinkChecks.problem("../../x.html", ACCOUNT_PAGE), "the site's root is inside");
        assertNull(LinkChecks.problem("notes/../organigram.svg", ACCOUNT_PAGE));
        assertNull(
                LinkChecks.problem("https://example.com/../../../../etc", ACCOUNT_PAGE),
                "a web address is not a path of the portal");
        assertNull(LinkChecks.problem("tel:+31101234567", ACCOUNT_PAGE));
        assertTrue(LinkChecks.problem("../../../x", "pages/p.html").contains("leads out"));
        assertNull(LinkChecks.problem("../accounts/acme/index.html", "pages/p.html"));
    }

    @Test
    void messagesShowNoRawControlCharacters() {
        String p = LinkChecks.problem("../../../\u001b[31mx\u0007", ACCOUNT_PAGE);
        assertTrue(p.contains("%1B[31m") && p.contains("%07") && p.chars().noneMatch(c -> c < 0x20), p);
    }

    @Test
    void everyRouteOfANarrativeIsCheckedAtItsLine() {
        String text = String.join(
                "\n",
                "Intro",
                "",
                "[a](%2e%2e/%2e%2e/%2e%2e/etc/passwd)",
                "<file:///etc/passwd>",
                "[ref][p] and ![img](&#47;etc/passwd)",
                "see file:///etc/hosts here",
                "",
                "[p]: fi&#108;e:///etc/passwd",
                "");
        Diagnostics d = new Diagnostics();
        LinkChecks.check(text, new SourceSpan("nowhere/swot.md", 0, 0), ACCOUNT_PAGE, d);
        List<String> found = d.all().stream().map(Diagnostic::toString).toList();
        assertEquals(
                List.of(
                        "nowhere/swot.md:3:",
                        "nowhere/swot.md:4:",
                        "nowhere/swot.md:5:",
                        "nowhere/swot.md:6:",
                        "nowhere/swot.md:8:"),
                found.stream()
                        .map(s -> s.replaceAll("^(nowhere/swot.md:\\d+:).*", "$1"))
                        .sorted()
                        .toList(),
                found.toString());
    }

    @Test
    void rawHtmlLinksAreCheckedWhenHtmlIsAllowed() {
        String text = "<a href=\"../../../etc/passwd\">x</a>\n\n<img src=\"file:///etc/passwd\">\n";
        Diagnostics off = new Diagnostics();
        LinkChecks.check(text, new SourceSpan("n.md", 0, 0), ACCOUNT_PAGE, false, off);
        assertEquals(0, off.all().size(), "escaped HTML is text, not a link");
        Diagnostics on = new Diagnostics();
        LinkChecks.check(text, new SourceSpan("n.md", 0, 0), ACCOUNT_PAGE, true, on);
        assertEquals(2, on.all().size(), on.all().toString());
    }

    @TempDir
    Path tmp;

    @Test
    void linksInYamlTextFieldsAreCheckedAtTheirValue() throws IOException {
        Path acme = Files.createDirectories(tmp.resolve("accounts/acme"));
        Files.writeString(
                acme.resolve("account.yaml"),
                String.join(
                        "\n",
                        "name: Acme",
                        "owner: Jan",
                        "overview:",
                        "  why_key: \"See [the file](%2e%2e/%2e%2e/%2e%2e/etc/passwd)\"",
                        "swot:",
                        "  strengths:",
                        "    - Service",
                        "    - \"[x](javascript:alert(1))\"",
                        "key_players:",
                        "  - name: Eva",
                        "    notes: |",
                        "      First line",
                        "      and <file:///etc/passwd>",
                        "actions:",
                        "  - action: \"Call [p][ref]\\n\\n[ref]: \\\\etc\\\\passwd\"",
                        "opportunities:",
                        "  - description: \"Ok [fine](https://example.com) and [bad](fi&#108;e:///etc/passwd)\"",
                        "why:",
                        "  statement: \"[home](../../index.html) is fine\"",
                        ""));
        Diagnostics d = new Diagnostics();
        Content c = new ContentLoader().load(tmp, LocalDate.of(2026, 6, 1), d);
        assertEquals(
                List.of(),
                d.all().stream()
                        .filter(x -> x.severity() == io.keyplan.diagnostic.Severity.ERROR)
                        .toList());
        Diagnostics links = new Diagnostics();
        LinkChecks.check(c, links);
        String f = tmp.resolve("accounts/acme/account.yaml").toString().replace('\\', '/');
        List<String> found = links.all().stream()
                .map(Diagnostic::toString)
                .map(s -> s.replace('\\', '/'))
                .toList();
        assertEquals(5, found.size(), found.toString());
        assertTrue(
                found.stream().anyMatch(s -> s.contains("account.yaml:4:") && s.contains("leads out of the portal")),
                found.toString());
        assertTrue(
                found.stream().anyMatch(s -> s.contains("account.yaml:8:") && s.contains("not a web")),
                found.toString());
        assertTrue(
                found.stream().anyMatch(s -> s.contains("account.yaml:13:") && s.contains("one computer")),
                found.toString());
        assertTrue(
                found.stream().anyMatch(s -> s.contains("account.yaml:15:") && s.contains("starts with '/'")),
                found.toString());
        assertTrue(
                found.stream().anyMatch(s -> s.contains("account.yaml:17:") && s.contains("one computer")),
                found.toString());
        assertTrue(found.stream().allMatch(s -> s.matches(".*account\\.yaml:\\d+:\\d+: error: .*")), found.toString());
    }

    /** The same bad link twice is reported at each place; CR-only line ends and front matter do not shift lines. */
    @Test
    void eachLinkIsReportedAtItsOwnLineWhateverTheLineEnds(@TempDir Path dir) throws IOException {
        for (String nl : List.of("\n", "\r\n", "\r")) {
            String front = String.join(nl, "---", "title: Visit", "date: 2026-01-01", "---", "");
            String body =
                    String.join(nl, "Intro", "", "[a](../../../etc/passwd)", "", "again [b](../../../etc/passwd)", "");
            Path file = Files.writeString(dir.resolve("visit.md"), front + body);
            Diagnostics d = new Diagnostics();
            LinkChecks.check(body, new SourceSpan(file.toString(), 5, 1), ACCOUNT_PAGE, d);
            List<String> lines = d.all().stream()
                    .map(x -> x.at().line() + ":" + x.at().column())
                    .toList();
            assertEquals(
                    List.of("7:5", "9:11"),
                    lines,
                    "line ends " + nl.replace("\r", "CR").replace("\n", "LF"));
        }
    }

    /** "//server/x" takes the page's scheme (file: from a share); "http:../x" is a path on the portal's own server. */
    @Test
    void addressesWithoutTheirSchemeOrWithoutTheirServerAreErrors() {
        for (String url : List.of(
                "//evil.example/",
                "//server/share/x.pdf",
                "\\/evil.example",
                "/\\evil.example",
                "&#47;&#47;evil.example",
                "http:../../../../x",
                "https:x.pdf",
                "HTTP:..\\..\\x",
                "http:/evil.example")) {
            assertTrue(LinkChecks.problem(url, ACCOUNT_PAGE) != null, url);
        }
        for (String url : List.of(
                "https://example.com/x", "http://example.com", "HTTPS://example.com", "https:\\\\example.com")) {
            assertNull(LinkChecks.problem(url, ACCOUNT_PAGE), url);
        }
    }
}
