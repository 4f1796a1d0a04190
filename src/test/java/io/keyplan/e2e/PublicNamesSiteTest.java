package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.cli.Main;
import io.keyplan.pipeline.Stages;
import io.keyplan.testing.ReaderText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A public build of content that writes key players' names in every form the attack found (and
 * raw HTML allowed): no file of the site holds any of them, read the way a reader would. The
 * internal build of the same content does show them, so the search is known to work.
 */
class PublicNamesSiteTest {
    @TempDir
    Path tmp;

    static final List<String> NAMES = List.of("Hendrik Zwartkop", "Seán O'Brien", "Anna de Boer");

    Path content() throws IOException {
        Path c = tmp.resolve("content");
        write(c.resolve("portal.yaml"), """
                title: Portal
                markdown: {allow_html: true}
                public_sections: [overview, business_analysis, mission, strategic_fit, why, swot, team, actions]
                """);
        write(c.resolve("accounts/open/account.yaml"), """
                name: Open Co
                owner: Jan Jansen
                visibility: public
                last_review: 2026-11-20
                overview:
                  why_key: "Ask **Hendrik** Zwartkop, or hendrik.zwartkop@example.com"
                business_analysis:
                  mission: "Se\u0301an O’Brien: [profile](https://example.com/sean-obrien)"
                  objectives: ["Grow with Anna&nbsp;de&nbsp;Boer", "DE BOER, ANNA signs"]
                swot:
                  strengths: ["Hendrik\u200bZwartkop likes us", "<b>Hen</b>drik Zwartkop"]
                team:
                  members: [{name: Piet, customer_contact: Hendrik Zwartkop}]
                actions:
                  - {action: "Call Zwart\u00adkop, Hendrik", owner: Piet, due: 2027-03-01}
                key_players:
                  - {name: Hendrik Zwartkop, role: economic-buyer}
                  - {name: "Seán O'Brien", role: coach}
                  - {name: Anna de Boer, role: influencer}
                """);
        write(c.resolve("accounts/open/why.md"), """
                We met Hendrik **Zwartkop** and [Anna](https://example.com) de Boer.

                ![Hendrik Zwartkop](photo.png) <span title="Hendrik&#32;Zwartkop">x</span>

                See <https://example.com/Hendrik_Zwartkop> and [cv](https://example.com/hendrik%20zwartkop).

                | first | last |
                |---|---|
                | Seán | O'Brien |

                # Zwartkop, Hendrik

                Ｈｅｎｄｒｉｋ Ｚｗａｒｔｋｏｐ and Hend&shy;rik&nbsp;ZWARTKOP and Hen<b>drik</b> Zwartkop.
                """);
        write(
                c.resolve("pages/about.md"),
                "---\ntitle: About Hendrik Zwartkop\nvisibility: public\n---\n[Anna de Boer][a]\n\n[a]: https://x.com/anna-de-boer\n");
        return c;
    }

    static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    record Run(int code, String out) {}

    Run build(Path content, Path output, String... extra) {
        List<String> args =
                new ArrayList<>(List.of("build", "--content", content.toString(), "--output", output.toString()));
        args.addAll(List.of(extra));
        return run(args);
    }

    Run validate(Path content, String... extra) {
        List<String> args = new ArrayList<>(List.of("validate", "--content", content.toString()));
        args.addAll(List.of(extra));
        return run(args);
    }

    private Run run(List<String> args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        int code = Main.run(
                args.toArray(String[]::new),
                new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(o, true, StandardCharsets.UTF_8),
                Map.of("SOURCE_DATE_EPOCH", "1795392000"),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC),
                Stages.standard());
        return new Run(code, o.toString(StandardCharsets.UTF_8));
    }

    static Map<String, String> files(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(
                        site.relativize(p).toString().replace('\\', '/'),
                        Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** Every name found in any file, in any form: the bytes read as UTF-8, and HTML also as a reader sees it. */
    static List<String> leaks(Map<String, String> files) {
        List<String> leaks = new ArrayList<>();
        files.forEach((file, latin) -> {
            String raw = new String(latin.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            // A script (the search index) is read as the browser reads its strings too.
            String text = file.endsWith(".js") ? raw + "\n" + ReaderText.scriptDecoded(raw) : raw;
            ReaderText.Html html = file.endsWith(".html") ? ReaderText.html(text) : null;
            for (String name : NAMES) {
                String found = html != null ? html.find(name) : ReaderText.find(text, name);
                if (found != null) {
                    leaks.add(file + ": " + name + " as '" + found + "'");
                }
            }
        });
        return leaks;
    }

    @Test
    void noNameInAnyFormInAnyFileOfThePublicSite() throws IOException {
        Path c = content();
        Run run = build(c, tmp.resolve("public"), "--profile", "public");
        assertEquals(0, run.code(), run.out());
        Map<String, String> files = files(tmp.resolve("public"));
        assertTrue(
                files.containsKey("accounts/open/index.html") && files.containsKey("pages/about.html"),
                files.keySet()::toString);
        assertEquals(List.of(), leaks(files));
        String page = files.get("accounts/open/index.html");
        assertTrue(page.contains("[name withheld]"), "the marker shows where a name was");
        assertTrue(page.contains("Grow with [name withheld]"), "the text around a name stays");
        // The search index is searched like every file; it is there, with the account and its released texts.
        String index = ReaderText.scriptDecoded(
                new String(files.get("search/index.js").getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        assertTrue(index.contains("\"Open Co\"") && index.contains("[name withheld]"), index);
    }

    @Test
    void theInternalSiteOfTheSameContentDoesShowTheNames() throws IOException {
        Run run = build(content(), tmp.resolve("internal"));
        assertEquals(0, run.code(), run.out());
        Map<String, String> files = files(tmp.resolve("internal"));
        List<String> found = leaks(files);
        // The internal index does hold them: the search of the index file is not blind either.
        assertTrue(
                leaks(Map.of("search/index.js", files.get("search/index.js"))).size() >= NAMES.size(), found::toString);
        for (String name : NAMES) {
            assertTrue(
                    found.stream().anyMatch(l -> l.contains(": " + name + " as")),
                    name + " not found: the search is blind");
        }
    }

    @Test
    void aSurnameOnItsOwnIsWarnedAtItsLineAndFailsAStrictBuild() throws IOException {
        Path c = content();
        write(c.resolve("accounts/open/mission.md"), "Our mission.\n\nWith Zwartkop.\n");
        Run run = build(c, tmp.resolve("public"), "--profile", "public");
        assertEquals(0, run.code(), run.out());
        String mission = c.resolve("accounts/open/mission.md").toString().replace('\\', '/');
        assertTrue(run.out().contains(mission + ":3:6: warning: "), run.out());
        assertTrue(run.out().contains("'Zwartkop', the surname of a key player of 'open'"), run.out());

        Path output = tmp.resolve("strict");
        Run strict = build(c, output, "--profile", "public", "--strict");
        assertEquals(1, strict.code(), strict.out());
        assertTrue(strict.out().contains(mission + ":3:6: error: "), strict.out());
        assertTrue(!Files.exists(output), "nothing written");
    }

    @Test
    void aNameInAPublicFolderNameStopsThePublicBuild() throws IOException {
        Path c = content();
        write(c.resolve("accounts/anna-de-boer/account.yaml"), "name: AdB\nowner: Jan\nvisibility: public\n");
        Path output = tmp.resolve("public");
        Run run = build(c, output, "--profile", "public");
        assertEquals(1, run.code(), run.out());
        assertTrue(
                run.out()
                        .contains(
                                "anna-de-boer/account.yaml: error: the account folder name 'anna-de-boer' holds the name of a key player"),
                run.out());
        assertTrue(!Files.exists(output), "nothing written");
        assertNotNull(build(c, tmp.resolve("internal")).out());
        assertEquals(0, build(c, tmp.resolve("internal2")).code(), "an internal build does not mind");
    }

    /** What a public build would stop on, or warn about, {@code validate --profile public} finds without building. */
    @Test
    void validateWithThePublicProfileReportsWhatThePublicBuildWould() throws IOException {
        Path c = content();
        write(c.resolve("accounts/open/mission.md"), "Our mission.\n\nWith Zwartkop.\n");
        String mission = c.resolve("accounts/open/mission.md").toString().replace('\\', '/');
        Run internal = validate(c);
        assertEquals(0, internal.code(), internal.out());
        assertTrue(!internal.out().contains("Zwartkop"), internal.out());
        Run released = validate(c, "--profile", "public");
        assertEquals(0, released.code(), released.out());
        assertTrue(released.out().contains(mission + ":3:6: warning: "), released.out());
        Run strict = validate(c, "--profile", "public", "--strict");
        assertEquals(1, strict.code(), strict.out());

        write(c.resolve("accounts/anna-de-boer/account.yaml"), "name: AdB\nowner: Jan\nvisibility: public\n");
        Run folder = validate(c, "--profile", "public");
        assertEquals(1, folder.code(), folder.out());
        assertTrue(
                folder.out().contains("the account folder name 'anna-de-boer' holds the name of a key player"),
                folder.out());
        assertEquals(0, validate(c).code(), "the internal check does not mind");
    }

    /**
     * Amounts, percentages, e-mail addresses and phone numbers in released text: a warning at the
     * exact place, from {@code build} and {@code validate} alike, an error with {@code --strict}; the
     * e-mail address is withheld, and nothing of an internal section or page is looked at.
     */
    @Test
    void figuresInReleasedTextAreWarnedAtTheirPlaceAndFailAStrictBuild() throws IOException {
        Path c = content();
        write(c.resolve("accounts/open/mission.md"), "Our mission.\n\nA deal of **EUR 2.9m**, up 12 %.\n");
        write(c.resolve("accounts/open/competition.md"), "EUR 5m\n"); // not a public section here
        write(
                c.resolve("pages/contact.md"),
                "---\ntitle: Contact\nvisibility: public\n---\nCall +31 20 123 4567 or write to <kam@ourco.example>.\n");
        write(c.resolve("pages/internal.md"), "---\ntitle: Internal\n---\nEUR 9m, kam@ourco.example.\n");
        String mission = c.resolve("accounts/open/mission.md").toString().replace('\\', '/');
        String contact = c.resolve("pages/contact.md").toString().replace('\\', '/');
        String yaml = c.resolve("accounts/open/account.yaml").toString().replace('\\', '/');
        List<String> expected = List.of(
                mission + ":3:13: warning: the public site would show an amount of money (\"EUR 2.9m\")",
                mission + ":3:28: warning: the public site would show a percentage (\"12 %\")",
                contact + ":5:6: warning: the public site would show a phone number (\"+31 20 123 4567\")",
                contact + ":5:35: warning: the public site would show an e-mail address (\"kam@ourco.example\")",
                yaml
                        + ":6:42: warning: the public site would show an e-mail address (\"hendrik.zwartkop@example.com\")");
        for (Run run :
                List.of(build(c, tmp.resolve("public"), "--profile", "public"), validate(c, "--profile", "public"))) {
            assertEquals(0, run.code(), run.out());
            for (String line : expected) {
                assertTrue(run.out().contains(line), line + "\n" + run.out());
            }
            assertEquals(
                    5,
                    run.out()
                            .lines()
                            .filter(l -> l.contains("the public site would show"))
                            .count(),
                    run.out());
        }
        String page = Files.readString(tmp.resolve("public/pages/contact.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("[e-mail address withheld]") && !page.contains("kam@ourco.example"), page);
        assertTrue(!Files.exists(tmp.resolve("public/pages/internal.html")), "an internal page is not published");

        Path output = tmp.resolve("strict");
        Run strict = build(c, output, "--profile", "public", "--strict");
        assertEquals(1, strict.code(), strict.out());
        assertTrue(strict.out().contains(mission + ":3:13: error: the public site would show an amount"), strict.out());
        assertTrue(!Files.exists(output), "nothing written");
        assertEquals(0, validate(c).code(), "the internal check does not look for figures");
    }
}
