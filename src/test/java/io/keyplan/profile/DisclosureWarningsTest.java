package io.keyplan.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Content;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each figure in released text is reported at the line and column where it is written: in YAML
 * values of every style (plain, quoted, folded, literal, list items, several lines), in
 * narratives and free pages below their front matter, and in a page's title.
 */
class DisclosureWarningsTest {
    @TempDir
    Path root;

    private List<String> warnings(String yaml, String why, String page) throws IOException {
        Path account = Files.createDirectories(root.resolve("accounts/acme"));
        Files.writeString(account.resolve("account.yaml"), yaml);
        if (why != null) {
            Files.writeString(account.resolve("why.md"), why);
        }
        if (page != null) {
            Files.createDirectories(root.resolve("pages"));
            Files.writeString(root.resolve("pages/about.md"), page);
        }
        Diagnostics loading = new Diagnostics();
        Content content = new ContentLoader().load(root, LocalDate.of(2026, 11, 29), loading);
        assertEquals(
                List.of(), loading.all().stream().filter(Diagnostic::isError).toList());
        Diagnostics d = new Diagnostics();
        PublicProfile.filter(content, d);
        String prefix = root.toString().replace('\\', '/') + "/";
        return d.all().stream()
                .map(x -> x.at().toString().replace(prefix, "").replace(root.toString(), "") + " " + x.rule() + " "
                        + x.message().replaceAll(".*\\(\"(.*)\"\\).*", "$1"))
                .toList();
    }

    @Test
    void yamlValuesOfEveryStyle() throws IOException {
        String yaml = """
                name: Acme
                owner:
                  name: Jan Smit
                  email: jan.smit@ourco.example
                visibility: public
                overview:
                  why_key: Our largest customer (EUR 2.9m in 2026).
                  expectations:
                    short_term: "Grow by 12 % \\"fast\\", \\u20AC 3m more"
                    long_term: 'It''s 40 % of the market'
                why:
                  statement: >-
                    A long folded text
                    that says EUR 1bn and
                    call +31 20 123 4567.
                  vision: plain on
                    two lines with 5 %
                business_analysis:
                  objectives:
                    - OEE from 71 % to 80 %
                    - Energy down 15 %
                  business_model_canvas:
                    cost_structure: [Raw fish 52 %, "Labour 21 %", Energy 9 %]
                  strategy: |
                    Line one.
                      Indented EUR 5m.
                swot:
                  strengths: [Internal sections are not looked at, EUR 7m]
                """;
        assertEquals(
                List.of(
                        "accounts/acme/account.yaml:7:34 public-amount EUR 2.9m",
                        "accounts/acme/account.yaml:9:26 public-percentage 12 %",
                        "accounts/acme/account.yaml:9:41 public-amount \u20AC 3m",
                        "accounts/acme/account.yaml:10:23 public-percentage 40 %",
                        "accounts/acme/account.yaml:14:15 public-amount EUR 1bn",
                        "accounts/acme/account.yaml:15:10 public-phone +31 20 123 4567",
                        "accounts/acme/account.yaml:17:20 public-percentage 5 %",
                        "accounts/acme/account.yaml:20:16 public-percentage 71 %",
                        "accounts/acme/account.yaml:20:24 public-percentage 80 %",
                        "accounts/acme/account.yaml:21:19 public-percentage 15 %",
                        "accounts/acme/account.yaml:23:31 public-percentage 52 %",
                        "accounts/acme/account.yaml:23:45 public-percentage 21 %",
                        "accounts/acme/account.yaml:23:59 public-percentage 9 %",
                        "accounts/acme/account.yaml:26:16 public-amount EUR 5m"),
                warnings(yaml, null, null));
    }

    @Test
    void narrativesAndPagesBelowTheirFrontMatter() throws IOException {
        String yaml = "name: Acme\nowner: Jan\nvisibility: public\n";
        String why = "---\n---\nWe grew **12 %**.\r\n\r\nCall (020) 123-4567 or mail <jan@acme.example>.\n";
        String page = """
                ---
                title: "Our EUR 3m story"
                visibility: public
                ---
                # Our EUR 3m story

                About 1.234.567 customers.
                """;
        assertEquals(
                List.of(
                        "accounts/acme/why.md:3:11 public-percentage 12 %",
                        "accounts/acme/why.md:5:6 public-phone (020) 123-4567",
                        "accounts/acme/why.md:5:30 public-email jan@acme.example",
                        "pages/about.md:5:7 public-amount EUR 3m",
                        "pages/about.md:7:7 public-amount 1.234.567"),
                warnings(yaml, why, page));
    }

    @Test
    void aTitleOnlyInTheFrontMatterIsReportedThere() throws IOException {
        String yaml = "name: Acme\nowner: Jan\n";
        String page = "---\nvisibility: public\ntitle: Growing 15 % a year\n---\nText.\n";
        assertEquals(List.of("pages/about.md:3:16 public-percentage 15 %"), warnings(yaml, null, page));
    }

    /** Columns count characters as an editor shows them: a letter outside the BMP is one column, not two. */
    @Test
    void columnsCountCharacters() throws IOException {
        String yaml =
                "name: Acme\nowner: Jan\nvisibility: public\nwhy:\n  statement: \"\uD835\uDC07\u00E9 r\u00E9sum\u00E9 EUR 3m\"\n";
        String why = "\uD835\uDC07 \uD835\uDC07 12 %\n";
        assertEquals(
                List.of(
                        "accounts/acme/account.yaml:5:25 public-amount EUR 3m",
                        "accounts/acme/why.md:1:5 public-percentage 12 %"),
                warnings(yaml, why, null));
    }

    @Test
    void anInternalPageIsNotLookedAt() throws IOException {
        String page = "---\ntitle: Internal\n---\nEUR 3m and jan@acme.example.\n";
        assertTrue(warnings("name: Acme\nowner: Jan\n", null, page).isEmpty());
    }
}
