package io.keyplan.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.cache.Fingerprint;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.load.PlanDigests;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Content;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An account's plan is keyed by the bytes the loader read ({@link PlanDigests}) instead of a walk of
 * the record: the digest must tell every two different plans apart, and everything a page shows
 * that is not made from those bytes (portal defaults, the date) must still reach the page's key.
 */
class PlanKeysTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String CODE = "code under test";
    /** The example's largest plan: every section filled. */
    private static final String FULL = "noordzee-foods";

    @TempDir
    Path dir;

    private record Loaded(Content content, PlanDigests digests, Diagnostics found) {
        Account account(String slug) {
            return content.accounts().stream()
                    .filter(a -> a.slug().equals(slug))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no account " + slug + ": " + found.all()));
        }

        byte[] digest(String slug) {
            return digests.of(account(slug).plan());
        }
    }

    private static Loaded load(Path content, LocalDate date, String code) {
        PlanDigests digests = new PlanDigests(code);
        Diagnostics found = new Diagnostics();
        Content c = new ContentLoader(digests).load(content, date, found);
        return new Loaded(c, digests, found);
    }

    /** Keys as a page's key sees a plan: by its digest when it has one, else by a walk. */
    private static String key(Object value, PlanDigests digests) {
        Fingerprint f = new Fingerprint(Map.of(), Set.of(AccountPlan.class), digests::of);
        return HexFormat.of().formatHex(f.of(value));
    }

    private static String walked(Object value) {
        return HexFormat.of().formatHex(new Fingerprint(Map.of(), Set.of(AccountPlan.class)).of(value));
    }

    private Path copyOfTheExample() throws IOException {
        Path content = dir.resolve("content");
        try (Stream<Path> all = Files.walk(Path.of("content"))) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path to = content.resolve(Path.of("content").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return content;
    }

    @Test
    void everyPlanTheLoaderMadeHasADigestAndOnlyThose() {
        Loaded l = load(Path.of("content"), TODAY, CODE);
        assertFalse(l.found.hasErrors(), () -> l.found.all().toString());
        assertEquals(l.content.accounts().size(), l.digests.size());
        for (Account a : l.content.accounts()) {
            assertEquals(32, l.digests.of(a.plan()).length, a.slug());
        }
        // Found by identity: an equal record made elsewhere is walked, not taken for the loaded one.
        Loaded again = load(Path.of("content"), TODAY, CODE);
        AccountPlan same = again.account(FULL).plan();
        assertEquals(l.account(FULL).plan(), same);
        assertNull(l.digests.of(same));
        assertNull(l.digests.of(l.account(FULL)));
    }

    @Test
    void theSameBytesAtTheSamePathAreTheSamePlanWhateverThePortalAndTheDate() throws IOException {
        // The argument for leaving them out of the digest: the plan is made from the file alone.
        Path content = copyOfTheExample();
        Loaded before = load(content, TODAY, CODE);
        Path portal = content.resolve("portal.yaml");
        String text = Files.readString(portal);
        Files.writeString(
                portal,
                text.replace("language: en", "language: de")
                        .replace("currency: EUR", "currency: CHF")
                        .replace("fiscal_year: 2026", "fiscal_year: 2027"));
        Loaded after = load(content, LocalDate.of(2031, 2, 3), CODE);
        assertNotEquals(before.content.portal(), after.content.portal());
        for (Account a : before.content.accounts()) {
            AccountPlan b = after.account(a.slug()).plan();
            assertArrayEquals(before.digest(a.slug()), after.digest(a.slug()), a.slug());
            assertEquals(a.plan(), b, a.slug());
            assertEquals(walked(a.plan()), walked(b), a.slug());
        }
    }

    @Test
    void everyValueChangedInThePlanFileChangesItsKey() throws IOException {
        Path content = copyOfTheExample();
        Path file = content.resolve("accounts").resolve(FULL).resolve("account.yaml");
        String original = Files.readString(file);
        Loaded base = load(content, TODAY, CODE);
        String baseKey = key(base.account(FULL).plan(), base.digests);
        // A value after "key:" or "- ": a number gets another last digit, a text one more letter.
        Pattern value = Pattern.compile("^(\\s*(?:- )?(?:[a-z_]+: ?)?)(\\S.*)$");
        List<String> lines = original.lines().toList();
        Set<String> keys = new HashSet<>(Set.of(baseKey));
        int changed = 0;
        int bound = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = value.matcher(lines.get(i));
            if (!m.matches()
                    || lines.get(i).trim().startsWith("#")
                    || m.group(2).endsWith(":")) {
                continue;
            }
            String v = m.group(2);
            String other = v.matches(".*\\d")
                    ? v.substring(0, v.length() - 1) + (v.endsWith("1") ? "2" : "1")
                    : v.endsWith("\"") ? v.substring(0, v.length() - 1) + "x\"" : v + "x";
            List<String> edited = new ArrayList<>(lines);
            edited.set(i, m.group(1) + other);
            Files.writeString(file, String.join("\n", edited) + "\n");
            // The one account, read as load() reads it (ContentPartsTest holds the two to each other).
            PlanDigests digests = new PlanDigests(CODE);
            Account account = new ContentLoader(digests).account(content, FULL, new Diagnostics());
            changed++;
            if (account == null) {
                continue; // the edit made the file unreadable: no plan, no page
            }
            AccountPlan plan = account.plan();
            bound++;
            String k = key(plan, digests);
            assertTrue(keys.add(k), "line " + (i + 1) + " changed to '" + other + "' kept a key seen before");
            if (!plan.equals(base.account(FULL).plan())) {
                assertNotEquals(walked(plan), walked(base.account(FULL).plan()), "line " + (i + 1));
            }
        }
        Files.writeString(file, original);
        assertTrue(changed > 150, "values changed: " + changed);
        assertTrue(bound > 100, "plans made from the changed files: " + bound);
    }

    @Test
    void identicalBytesAtTwoPathsDoNotShareADigest() throws IOException {
        Path content = copyOfTheExample();
        Path twin = content.resolve("accounts/noordzee-twin");
        Files.createDirectories(twin);
        Files.copy(content.resolve("accounts").resolve(FULL).resolve("account.yaml"), twin.resolve("account.yaml"));
        Loaded l = load(content, TODAY, CODE);
        assertArrayEquals(
                Files.readAllBytes(content.resolve("accounts").resolve(FULL).resolve("account.yaml")),
                Files.readAllBytes(twin.resolve("account.yaml")));
        // The plans differ where the path shows (every position names its file) and so do their digests.
        assertNotEquals(l.account(FULL).plan(), l.account("noordzee-twin").plan());
        assertFalse(java.util.Arrays.equals(l.digest(FULL), l.digest("noordzee-twin")));
        assertNotEquals(
                key(l.account(FULL).plan(), l.digests),
                key(l.account("noordzee-twin").plan(), l.digests));
    }

    @Test
    void anotherCodeIdentityGivesAnotherDigest() {
        Loaded a = load(Path.of("content"), TODAY, CODE);
        Loaded b = load(Path.of("content"), TODAY, CODE + " 2");
        assertFalse(java.util.Arrays.equals(a.digest(FULL), b.digest(FULL)));
    }

    @Test
    void aDigestStandsForThePlanNotForAWalkOfIt() {
        Loaded l = load(Path.of("content"), TODAY, CODE);
        AccountPlan plan = l.account(FULL).plan();
        assertNotNull(l.digests.of(plan));
        // Not a walk: the key with the digest is not the walked key, and the plan's records are not visited.
        assertNotEquals(walked(plan), key(plan, l.digests));
        assertNotEquals(
                key(List.of(plan), l.digests), key(List.of(l.digests.of(plan)), l.digests), "a plan is not its bytes");
    }
}
