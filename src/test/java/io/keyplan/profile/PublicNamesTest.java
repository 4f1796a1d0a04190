package io.keyplan.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.SectionId;
import io.keyplan.testing.ReaderText;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public profile on content read by the real loader: names withheld in every released text
 * (YAML fields of any depth, narratives, free pages, portal settings), surnames on their own
 * warned at their file, line and column, names in released file names refused.
 */
class PublicNamesTest {
    @TempDir
    Path tmp;

    static final String PLAYERS = """
            key_players:
              - {name: Hendrik Zwartkop, role: economic-buyer}
              - {name: "Seán O'Brien", role: coach}
              - {name: Anna de Boer, role: influencer}
            """;

    Path content() throws IOException {
        Path c = tmp.resolve("content");
        Files.createDirectories(c.resolve("accounts"));
        write(c.resolve("portal.yaml"), "title: Portal of Hendrik&nbsp;Zwartkop\norganisation: O’BRIEN, SEÁN Ltd\n");
        return c;
    }

    Path account(Path content, String slug, String yaml) throws IOException {
        Path dir = content.resolve("accounts").resolve(slug);
        Files.createDirectories(dir);
        write(dir.resolve("account.yaml"), yaml);
        return dir;
    }

    static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    Content load(Path content, Diagnostics d) {
        Content c = new ContentLoader().load(content, LocalDate.of(2026, 11, 23), d);
        assertFalse(d.hasErrors(), () -> d.all().toString());
        return c;
    }

    @Test
    void namesInEveryReleasedFieldAreWithheld() throws IOException {
        Path c = content();
        account(c, "open", """
                name: Hendrik Zwartkop Holding
                owner: Jan
                industry: "Zwart\u00adkop, Hendrik & Co"
                visibility: public
                overview:
                  why_key: "Ask **Hendrik** Zwartkop or hendrik.zwartkop@example.com"
                business_analysis:
                  mission: "Se\u0301an O’Brien says: [see](https://x.com/sean-obrien)"
                  objectives: ["Grow with Anna&nbsp;de&nbsp;Boer", "DE BOER, ANNA signs", "fine"]
                  agenda: ["<https://x.com/Hendrik_Zwartkop>"]
                strategic_fit: {customer_success: "Hendrik\u200bZwartkop is happy", our_return: fine}
                why: {statement: "[Anna](https://x.com) de Boer trusts us"}
                """ + PLAYERS);
        Content open = PublicProfile.filter(load(c, new Diagnostics()), new Diagnostics());
        List<String> texts = new ArrayList<>();
        collect(open.accounts().get(0).plan(), texts);
        collect(open.portal(), texts);
        assertTrue(texts.size() > 10, texts::toString);
        for (String t : texts) {
            for (String name : List.of("Hendrik Zwartkop", "Seán O'Brien", "Anna de Boer")) {
                assertNull(ReaderText.find(t, name), () -> name + " in " + t);
            }
        }
        assertEquals("[name withheld] Holding", open.accounts().get(0).plan().name());
        assertEquals("Portal of [name withheld]", open.portal().title());
        assertEquals(
                List.of("Grow with [name withheld]", "[name withheld] signs", "fine"),
                open.accounts().get(0).plan().businessAnalysis().objectives());
    }

    @Test
    void aSurnameOnItsOwnIsAWarningAtItsPlace() throws IOException {
        Path c = content();
        Path dir = account(c, "open", """
                name: Open Co
                owner: Jan Zwartkop
                visibility: public
                overview:
                  why_key: Zwartkop backs us
                business_analysis:
                  objectives:
                    - fine
                why: {statement: "Hendrik Zwartkop and Anna de Boer agree"}
                """ + PLAYERS);
        write(dir.resolve("why.md"), "---\n---\nFirst line.\nThen O'Brien,\n  and later  Boer agreed.\n");
        write(dir.resolve("swot.md"), "Zwartkop: not released, no warning.\n");
        write(c.resolve("pages/about.md"), "---\ntitle: Meeting de Boer\nvisibility: public\n---\n# About\n\nText.\n");
        Diagnostics d = new Diagnostics();
        PublicProfile.filter(load(c, new Diagnostics()), d);
        List<String> found = d.all().stream()
                .filter(x -> x.rule().equals(SurnameWarnings.RULE))
                .map(x -> x.at().toString().replace(tmp.toString().replace('\\', '/') + "/", "") + " " + x.message())
                .toList();
        String yaml = "content/accounts/open/account.yaml";
        String why = "content/accounts/open/why.md";
        assertEquals(4, found.size(), found::toString);
        assertTrue(
                found.get(0).startsWith(yaml + ":5:12 ")
                        && found.get(0).contains("'Zwartkop'")
                        && found.get(0).contains("key player of 'open'"),
                found::toString);
        assertTrue(found.get(1).startsWith(why + ":4:6 ") && found.get(1).contains("'O'Brien'"), found::toString);
        assertTrue(found.get(2).startsWith(why + ":5:14 ") && found.get(2).contains("'Boer'"), found::toString);
        assertTrue(
                found.get(3).startsWith("content/pages/about.md:2:8 ")
                        && found.get(3).contains("'de Boer'"),
                found::toString);
        assertTrue(d.all().stream()
                .allMatch(x -> x.severity() == io.keyplan.diagnostic.Severity.WARNING && x.hint() != null));
    }

    @Test
    void internalAccountsAndOurOwnPeopleGetNoSurnameWarning() throws IOException {
        Path c = content();
        account(c, "closed", "name: Closed\nowner: Jan\noverview: {why_key: Zwartkop}\n" + PLAYERS);
        account(c, "open", """
                name: Open Co
                owner: Piet Zwartkop
                sponsor: {name: Els de Boer, email: els.deboer@example.com}
                visibility: public
                team:
                  members: [{name: Kees O'Brien}]
                """);
        Diagnostics d = new Diagnostics();
        Content p = PublicProfile.filter(load(c, new Diagnostics()), d);
        assertEquals(List.of(), d.all());
        assertEquals("Piet Zwartkop", p.accounts().get(0).plan().owner().name());
    }

    @Test
    void aNameInAReleasedFolderOrPageNameIsAnError() throws IOException {
        Path c = content();
        account(c, "hendrik-zwartkop", "name: Z\nowner: Jan\nvisibility: public\n" + PLAYERS);
        account(c, "zwartkop-hendrik", "name: Y\nowner: Jan\n"); // internal: its folder name is not released
        account(c, "obrien-sean", "name: X\nowner: Jan\nvisibility: public\n");
        write(c.resolve("pages/anna-de-boer.md"), "---\nvisibility: public\n---\n# Hi\n");
        write(c.resolve("pages/boer.md"), "---\nvisibility: public\n---\n# Hi\n");
        write(c.resolve("pages/hendrik-zwartkop.md"), "# Internal: its name is not released\n");
        Diagnostics d = new Diagnostics();
        PublicProfile.filter(load(c, new Diagnostics()), d);
        List<Diagnostic> errors = d.all().stream().filter(Diagnostic::isError).toList();
        assertEquals(3, errors.size(), errors::toString);
        assertTrue(errors.get(0).at().file().endsWith("accounts/hendrik-zwartkop/account.yaml"), errors::toString);
        assertTrue(errors.get(0).message().contains("'hendrik-zwartkop'")
                && errors.get(0).hint().startsWith("rename"));
        assertTrue(errors.get(1).at().file().endsWith("accounts/obrien-sean/account.yaml"), errors::toString);
        assertTrue(errors.get(2).at().file().endsWith("pages/anna-de-boer.md"), errors::toString);
    }

    @Test
    void narrativesAndPagesAreRedactedWithTheirMarkdownIntact() throws IOException {
        Path c = content();
        Path dir = account(c, "open", "name: Open\nowner: Jan\nvisibility: public\n" + PLAYERS);
        write(
                dir.resolve("why.md"),
                "We met Hendrik **Zwartkop** and [Anna](https://x.com) de Boer.\n\n| a | b |\n|---|---|\n| Seán | O'Brien |\n");
        write(
                c.resolve("pages/visit.md"),
                "---\ntitle: Visit of Zwartkop, Hendrik\nvisibility: public\n---\nSee https://x.com/hendrik-zwartkop\n");
        Content p = PublicProfile.filter(load(c, new Diagnostics()), new Diagnostics());
        Account a = p.accounts().get(0);
        assertEquals(
                "We met [name withheld]  and [[name withheld]](https://x.com) .\n\n| a | b |\n|---|---|\n| [name withheld] |  |\n",
                a.narrative(SectionId.WHY).markdown());
        assertEquals("Visit of [name withheld]", p.pages().get(0).title());
        assertEquals("See https://x.com/name-withheld\n", p.pages().get(0).markdown());
    }

    private static void collect(Object value, List<String> out) {
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collect(v, out));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                collect(k, out);
                collect(v, out);
            });
        } else if (value instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    collect(rc.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
