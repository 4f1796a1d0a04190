package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Content;
import io.keyplan.model.KeyPlayer;
import io.keyplan.model.Visibility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A public build of the example portfolio holds nothing internal, in no file at all (spec 7):
 * every byte of the output is searched for names of internal accounts, names of key players
 * and every amount of the plans' internal sections, written the ways a page could write it.
 */
class PublicSiteTest {
    @TempDir
    static Path tmp;

    static Path site;
    static Content content;
    static Map<String, String> files;
    /** What the public build reported. */
    static String findings;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("public");
        findings = ExampleBuild.buildForOutputs(site, "--profile", "public")[1];
        content = new ContentLoader().load(Path.of("content"), LocalDate.of(2026, 11, 23), new Diagnostics());
        files = new java.util.TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                // Binary files are searched as Latin-1 so that every byte is seen.
                String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                String name = site.relativize(p).toString().replace('\\', '/');
                if (name.endsWith(".js")) {
                    // A script (the search index) also as the browser reads its strings, escapes decoded.
                    String text = new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                    String decoded = io.keyplan.testing.ReaderText.scriptDecoded(text);
                    bytes = bytes + "\n"
                            + new String(decoded.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                }
                files.put(name, bytes);
            }
        }
    }

    static List<Account> publicAccounts() {
        return content.accounts().stream()
                .filter(a -> a.plan().effectiveVisibility() == Visibility.PUBLIC)
                .toList();
    }

    @Test
    void theExampleHasPublicAndInternalAccounts() {
        assertTrue(publicAccounts().size() >= 2);
        assertTrue(publicAccounts().size() < content.accounts().size());
    }

    @Test
    void onlyPublicAccountsAndFreePagesArePublished() {
        Set<String> expected = new LinkedHashSet<>(List.of("index.html", "404.html"));
        publicAccounts().forEach(a -> expected.add("accounts/" + a.slug() + "/index.html"));
        content.pages().stream()
                .filter(p -> p.visibility() == Visibility.PUBLIC) // spec 7 (revised 2026-11-29)
                .forEach(p -> expected.add("pages/" + p.name() + ".html"));
        List<String> html =
                files.keySet().stream().filter(f -> f.endsWith(".html")).toList();
        assertEquals(Set.copyOf(expected), Set.copyOf(html));
        assertTrue(files.keySet().stream().noneMatch(f -> f.startsWith("data/")), "no data files");
        for (String f : files.keySet()) {
            assertFalse(f.startsWith("accounts/") && !f.endsWith("/index.html"), "no notes or attachments: " + f);
        }
    }

    @Test
    void noInternalAccountNameAppearsAnywhere() {
        List<String> leaks = new ArrayList<>();
        for (Account a : content.accounts()) {
            if (a.plan().effectiveVisibility() != Visibility.PUBLIC) {
                find(a.plan().name(), leaks);
                find("accounts/" + a.slug() + "/", leaks);
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void noKeyPlayerNameAppearsAnywhere() {
        List<String> leaks = new ArrayList<>();
        int names = 0;
        for (Account a : content.accounts()) {
            for (KeyPlayer k : a.plan().keyPlayers()) {
                find(k.name(), leaks);
                names++;
            }
        }
        assertTrue(names > 20, "the example has key players to look for");
        assertEquals(List.of(), leaks);
    }

    /** Not only as typed in account.yaml: in any form a reader would recognise, in the text and the HTML. */
    @Test
    void noKeyPlayerNameAppearsInAnyWrittenForm() {
        List<String> names = content.accounts().stream()
                .flatMap(a -> a.plan().keyPlayers().stream())
                .map(KeyPlayer::name)
                .toList();
        assertTrue(names.size() > 20, "the example has key players to look for");
        List<String> leaks = new ArrayList<>();
        files.forEach((file, latin) -> {
            String text = new String(latin.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            io.keyplan.testing.ReaderText.Html html =
                    file.endsWith(".html") ? io.keyplan.testing.ReaderText.html(text) : null;
            for (String name : names) {
                String found = html != null ? html.find(name) : io.keyplan.testing.ReaderText.find(text, name);
                if (found != null) {
                    leaks.add(file + " holds '" + name + "' as '" + found + "'");
                }
            }
        });
        assertEquals(List.of(), leaks);
    }

    @Test
    void noAmountFromAnInternalSectionAppearsInAnyNumberFormat() {
        List<String> leaks = new ArrayList<>();
        Set<Double> amounts = new LinkedHashSet<>();
        for (Account a : content.accounts()) {
            amounts.addAll(internalAmounts(a.plan()));
        }
        assertTrue(amounts.size() > 30, "the example has amounts to look for");
        for (double v : amounts) {
            if (Math.abs(v) < 10_000) {
                continue; // small numbers (years, counts, days) appear in any text; they say nothing
            }
            for (String form : forms(v)) {
                findNumber(form, leaks);
            }
        }
        assertEquals(List.of(), leaks);
    }

    /** The example's public sections tell the story without figures: the public build warns about none. */
    @Test
    void theExamplesPublicBuildWarnsAboutNoFigureNameOrContact() {
        List<String> lines = findings.lines()
                .filter(l -> l.contains("the public site would show") || l.contains("on the public site"))
                .toList();
        assertEquals(List.of(), lines);
        assertTrue(findings.contains("warning:"), "the plan warnings are there: the findings were read");
    }

    /** Neither the header's e-mail addresses nor any other: no file of the public site holds one. */
    @Test
    void noEmailAddressInAnyFile() {
        assertTrue(
                content.accounts().stream()
                        .filter(a -> a.plan().effectiveVisibility() == Visibility.PUBLIC)
                        .anyMatch(a -> a.plan().owner().email() != null),
                "the example's public accounts have owners with an e-mail address");
        java.util.regex.Pattern email =
                java.util.regex.Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
        List<String> leaks = new ArrayList<>();
        files.forEach((file, text) -> {
            java.util.regex.Matcher m = email.matcher(text);
            if (m.find()) {
                leaks.add(file + " holds '" + m.group() + "'");
            }
        });
        assertEquals(List.of(), leaks);
    }

    /** The internal "how we work" page is not marked public: not published, not linked, not in the sitemap. */
    @Test
    void theInternalHowWeWorkPageIsNowhere() {
        assertTrue(content.pages().stream().anyMatch(p -> p.name().equals("how-we-work")), "the example has it");
        assertFalse(files.containsKey("pages/how-we-work.html"));
        List<String> leaks = new ArrayList<>();
        find("how-we-work", leaks);
        find("How we do key account management", leaks);
        assertEquals(List.of(), leaks);
    }

    /** The leak searches above read the search index too; here, that it is there and holds what the site shows. */
    @Test
    void theSearchIndexHoldsThePublicAccountsOnly() {
        String index = files.get(io.keyplan.site.SiteLayout.SEARCH_INDEX);
        assertTrue(index != null, "the public site has a search index");
        String text = new String(index.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        for (Account a : publicAccounts()) {
            assertTrue(text.contains(a.plan().name()), a.plan().name());
            assertTrue(text.contains("accounts/" + a.slug() + "/index.html"), a.slug());
            assertFalse(text.contains("accounts/" + a.slug() + "/notes/"), "no notes of " + a.slug());
        }
        content.pages().stream()
                .filter(p -> p.visibility() == Visibility.PUBLIC)
                .forEach(p -> assertTrue(text.contains("pages/" + p.name() + ".html"), p.name()));
        // No key player, note or product: the kinds the public site does not show are not in it
        // (a document's field starts with its kind: ["p",...).
        for (String kind : List.of("\"p\",", "\"N\",", "\"d\",")) {
            assertFalse(
                    java.util.regex.Pattern.compile("\\[" + kind).matcher(text).find(), kind);
        }
        // ... while the kinds it does show are found by the same pattern: the check is not blind.
        assertTrue(java.util.regex.Pattern.compile("\\[\"n\",").matcher(text).find());
    }

    @Test
    void internalSectionsAreNotShown() {
        for (Account a : publicAccounts()) {
            String page = files.get("accounts/" + a.slug() + "/index.html");
            assertFalse(page.contains("id=\"s-key_players\""), a.slug());
            assertFalse(page.contains("id=\"s-business_review\""), a.slug());
            assertFalse(page.contains("id=\"s-notes\""), a.slug());
            assertTrue(page.contains("id=\"s-overview\""), a.slug());
        }
    }

    private static void find(String needle, List<String> leaks) {
        if (needle == null || needle.isBlank()) {
            return;
        }
        String latin = new String(needle.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        files.forEach((file, text) -> {
            if (text.contains(latin)) {
                leaks.add(file + " holds '" + needle + "'");
            }
        });
    }

    /** Like {@link #find}, but a number only counts where no other digit touches it (100000 is not in 1000000000). */
    private static void findNumber(String number, List<String> leaks) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?<![0-9])"
                + java.util.regex.Pattern.quote(
                        new String(number.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                + "(?![0-9])");
        files.forEach((file, text) -> {
            if (p.matcher(text).find()) {
                leaks.add(file + " holds '" + number + "'");
            }
        });
    }

    /** The ways a page, a chart or a data file could write an amount. */
    static List<String> forms(double v) {
        long whole = Math.round(Math.abs(v));
        String digits = Long.toString(whole);
        List<String> out = new ArrayList<>(List.of(digits));
        for (String sep : List.of(",", ".", " ", "\u00a0", "\u202f", "'")) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < digits.length(); i++) {
                if (i > 0 && (digits.length() - i) % 3 == 0) {
                    b.append(sep);
                }
                b.append(digits.charAt(i));
            }
            out.add(b.toString());
        }
        return out;
    }

    /** Every amount of the sections a public build must leave out (spec 7's default public_sections). */
    static List<Double> internalAmounts(AccountPlan p) {
        List<Double> out = new ArrayList<>();
        if (p.businessReview() != null) {
            out.addAll(p.businessReview().revenue().values());
            p.businessReview().products().forEach(pr -> out.addAll(pr.revenue().values()));
            add(out, p.businessReview().customerSpend());
        }
        if (p.investments() != null) {
            p.investments().byCustomer().forEach(i -> add(out, i.amount()));
            p.investments().byUs().forEach(i -> add(out, i.amount()));
        }
        p.opportunities().forEach(o -> add(out, o.value()));
        if (p.forecast() != null) {
            add(out, p.forecast().currentYearTarget());
            add(out, p.forecast().year1());
            add(out, p.forecast().year2());
            add(out, p.forecast().year3());
            add(out, p.forecast().years4To6());
        }
        if (p.crossSell() != null) {
            p.crossSell().departments().values().forEach(row -> row.values().forEach(c -> add(out, c.potential())));
        }
        return out;
    }

    private static void add(List<Double> out, Double v) {
        if (v != null) {
            out.add(v);
        }
    }
}
