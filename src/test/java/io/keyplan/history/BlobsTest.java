package io.keyplan.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.analyse.Completeness;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.BoundPlans;
import io.keyplan.load.ContentLoader;
import io.keyplan.load.Snapshots;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Narrative;
import io.keyplan.model.Portal;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan read section by section must say exactly what the whole file says. */
class BlobsTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 23);

    @Test
    void sectionBySectionEqualsTheWholeFileForEveryExamplePlan() throws IOException {
        List<Path> plans = examplePlans();
        assertTrue(plans.size() >= 10);
        for (Path file : plans) {
            byte[] bytes = Files.readAllBytes(file);
            assertNotNull(PlanText.sections(new String(bytes, StandardCharsets.UTF_8)), file + " is cut into sections");
            Blobs.Version parts = new Blobs().version(bytes);
            AccountPlan whole = Snapshots.plan(bytes, file.toString());
            assertArrayEquals(SectionPrints.of(whole), new Blobs().prints(bytes), file.toString());
            Portal portal = Portal.of(null, DATE.getYear());
            Account all = new Account("x", whole, Map.of(), List.of(), List.of(), SourceSpan.file("x"));
            double expected = Completeness.of(all, portal, DATE).shownPercent();
            double got = Blobs.completeness(parts, Set.of(), portal, DATE, null);
            assertEquals(expected, got, file.toString());
            // With every narrative written: the checks kept per section are those with a narrative.
            Map<SectionId, Narrative> narratives = new EnumMap<>(SectionId.class);
            for (SectionId id : SectionId.values()) {
                narratives.put(id, new Narrative(id, "text", SourceSpan.file(id.code() + ".md")));
            }
            Account narrated = new Account("x", whole, narratives, List.of(), List.of(), SourceSpan.file("x"));
            assertEquals(
                    Completeness.of(narrated, portal, DATE).shownPercent(),
                    Blobs.completeness(parts, narratives.keySet(), portal, DATE, null),
                    file.toString());
            // The dated sections are measured on the day asked for, not on the day the version was read.
            LocalDate later = DATE.plusYears(3);
            Portal then = Portal.of(null, later.getYear());
            assertEquals(
                    Completeness.of(all, then, later).shownPercent(),
                    Blobs.completeness(parts, Set.of(), then, later, null),
                    file.toString());
        }
    }

    @Test
    void crossSellBelongsToOpportunities() {
        Map<SectionId, String> s = PlanText.sections(
                "# plan\nname: A\nopportunities:\n  - description: x\ncross_sell:\n  products: [a]\nwhy:\n  statement: s\n");
        assertEquals(
                "opportunities:\n  - description: x\ncross_sell:\n  products: [a]\n", s.get(SectionId.OPPORTUNITIES));
        assertEquals("why:\n  statement: s\n", s.get(SectionId.WHY));
        assertNull(s.get(SectionId.OVERVIEW));
    }

    @Test
    void linesAreCutWhereTheyStartAtTheFirstColumn() {
        // A BOM, blank and indented-blank lines before the first key, CRLF line ends, a comment and a
        // last line without a line break.
        Map<SectionId, String> s =
                PlanText.sections("\uFEFF \t\n\nname: A\r\n# c\r\nwhy:\r\n  statement: s\r\n#end\nswot: {}");
        assertEquals("why:\r\n  statement: s\r\n#end\n", s.get(SectionId.WHY));
        assertEquals("swot: {}\n", s.get(SectionId.SWOT));
        assertNull(PlanText.sections("name:A\n"), "a key without a space after its colon");
        assertNull(PlanText.sections("1name: A\n"), "a key that starts with a digit");
        assertNull(PlanText.sections("Name: A\n"), "an upper-case key");
        assertNull(PlanText.sections("name\n"), "a line without a colon");
        assertEquals(Map.of(), PlanText.sections("name: A\nowner2: B\n"));
    }

    @Test
    void aLayoutThatIsNotPlainIsReadWhole() {
        assertNull(PlanText.sections("---\nname: A\n"));
        assertNull(PlanText.sections("{name: A, owner: B}\n"));
        assertNull(PlanText.sections("  name: A\n"));
        // A syntax error in any part, the header too, is a version that does not load.
        assertNull(new Blobs()
                .version("name: A\nowner: [unclosed\nswot:\n  strengths: [a]\n".getBytes(StandardCharsets.UTF_8)));
        assertNull(new Blobs().version("name: A\nswot:\n  strengths: [a\n".getBytes(StandardCharsets.UTF_8)));
        // A section's own text that does not parse alone is read with the whole file.
        Blobs.Version v =
                new Blobs().version("name: A\nwhy: {statement: s,\n  vision: v}\n".getBytes(StandardCharsets.UTF_8));
        assertNotNull(v);
        assertEquals(
                "v",
                Snapshots.plan("name: A\nwhy: {statement: s,\n  vision: v}\n", "x")
                        .why()
                        .vision());
        assertEquals(
                SectionPrints.print(SectionId.WHY, Snapshots.plan("name: A\nwhy: {statement: s,\n  vision: v}\n", "x")),
                v.prints()[SectionId.WHY.ordinal()]);
        assertNotEquals(
                SectionPrints.print(SectionId.WHY, Snapshots.plan("name: A\nwhy: {statement: s}\n", "x")),
                v.prints()[SectionId.WHY.ordinal()],
                "the vision counts");
    }

    /**
     * The first version of a plan is parsed whole once instead of section by section
     * ({@code Blobs.wholeOnce}): on many random edits of the example plans, the two give the same
     * fingerprints, the same checks per section with and without a narrative, and the same
     * completeness on two dates, or both do not load.
     */
    @Test
    void oneParseOfTheWholeFileEqualsTheSectionsOneByOneOnManyRandomEdits() throws IOException {
        List<Path> plans = examplePlans();
        java.util.Random random = new java.util.Random(22);
        int compared = 0;
        int wholeOnce = 0;
        for (int round = 0; round < 600; round++) {
            String text = Files.readString(plans.get(random.nextInt(plans.size())), StandardCharsets.UTF_8);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                text = edit(text, random);
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Blobs.Version parts = new Blobs().versionByParts(bytes);
            Blobs.Version once = new Blobs().versionWholeOnce(bytes);
            compared++;
            if (once == null) {
                continue; // declined: the build reads it section by section, as parts did
            }
            wholeOnce++;
            String what = "edit " + round + ":\n" + text;
            assertNotNull(parts, "one parse loads only what the sections load: " + what);
            assertArrayEquals(parts.prints(), once.prints(), what);
            AccountPlan whole = Snapshots.plan(bytes, "account.yaml");
            for (SectionId id : SectionId.values()) {
                if (!Completeness.readsDate(id)) {
                    assertEquals(parts.part(id).bare(), once.part(id).bare(), id + " " + what);
                    assertEquals(parts.part(id).narrated(), once.part(id).narrated(), id + " " + what);
                }
            }
            for (LocalDate day : List.of(DATE, DATE.plusYears(3))) {
                Portal portal = Portal.of(null, day.getYear());
                for (Set<SectionId> narratives : List.of(Set.<SectionId>of(), Set.of(SectionId.values()))) {
                    assertEquals(
                            Blobs.completeness(parts, narratives, portal, day, parts.whole() ? whole : null),
                            Blobs.completeness(once, narratives, portal, day, null),
                            day + " " + what);
                }
            }
        }
        assertEquals(600, compared);
        assertTrue(wholeOnce > 300, "most edits are read with one parse: " + wholeOnce);
        // And the path the build takes: a new Blobs reads a first version whole, the next one by its parts.
        Blobs blobs = new Blobs();
        byte[] first = Files.readAllBytes(plans.get(0));
        assertArrayEquals(new Blobs().versionByParts(first).prints(), blobs.prints(first));
        byte[] second = (new String(first, StandardCharsets.UTF_8) + "why:\n  statement: changed\n")
                .getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(new Blobs().versionByParts(second).prints(), blobs.prints(second));
    }

    /**
     * A version whose bytes the loader bound is made from the loader's plan ({@code Blobs.versionLoaded}):
     * on many random edits of the example plans, loaded by the real loader from a content folder, it
     * gives the same fingerprints, checks and completeness on two dates as the sections read one by one,
     * or neither loads.
     */
    @Test
    void theLoadersPlanGivesWhatTheSectionsOneByOneGiveOnManyRandomEdits(@TempDir Path tmp) throws Exception {
        List<Path> plans = examplePlans();
        java.util.Random random = new java.util.Random(23);
        Path content = tmp.resolve("content");
        Path file = content.resolve("accounts/x/account.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(content.resolve("portal.yaml"), "title: Test portal\n");
        int fromLoader = 0;
        for (int round = 0; round < 300; round++) {
            String text = Files.readString(plans.get(random.nextInt(plans.size())), StandardCharsets.UTF_8);
            int edits = random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                text = edit(text, random);
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            BoundPlans bound = new BoundPlans();
            new ContentLoader(null, null, bound).load(content, DATE, new Diagnostics());
            bound.finish();
            List<BoundPlans.Bound> loaded = bound.await();
            String what = "edit " + round + ":\n" + text;
            Blobs.Version parts = new Blobs().versionByParts(bytes);
            if (loaded.isEmpty()) {
                assertNull(parts, "the loader binds every plan that loads: " + what);
                continue;
            }
            assertEquals(1, loaded.size());
            assertArrayEquals(bytes, loaded.get(0).bytes(), "the bytes the loader bound");
            Blobs.Version given = new Blobs().versionLoaded(bytes, loaded.get(0).plan());
            if (parts == null) {
                assertNull(given, what);
                continue;
            }
            fromLoader++;
            assertNotNull(given, what);
            assertArrayEquals(parts.prints(), given.prints(), what);
            AccountPlan whole = Snapshots.plan(bytes, "account.yaml");
            for (SectionId id : SectionId.values()) {
                if (!Completeness.readsDate(id)) {
                    assertEquals(parts.part(id).bare(), given.part(id).bare(), id + " " + what);
                    assertEquals(parts.part(id).narrated(), given.part(id).narrated(), id + " " + what);
                }
            }
            for (LocalDate day : List.of(DATE, DATE.plusYears(3))) {
                Portal portal = Portal.of(null, day.getYear());
                for (Set<SectionId> narratives : List.of(Set.<SectionId>of(), Set.of(SectionId.values()))) {
                    assertEquals(
                            Blobs.completeness(parts, narratives, portal, day, parts.whole() ? whole : null),
                            Blobs.completeness(given, narratives, portal, day, given.whole() ? whole : null),
                            day + " " + what);
                }
            }
        }
        assertTrue(fromLoader > 150, "most edits load: " + fromLoader);
    }

    /** The loader's plan stands for its bytes: the version is made of that plan, not parsed again. */
    @Test
    void aVersionTheLoaderBoundIsNotParsedAgain() throws IOException {
        byte[] bytes = Files.readAllBytes(examplePlans().get(0));
        // A plan with other values in a section the file has (and none in the others it has).
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\nswot:"));
        AccountPlan other = Snapshots.plan("name: Other\nswot:\n  strengths: [something else]\n", "account.yaml");
        Blobs.Version v = new Blobs().versionLoaded(bytes, other);
        assertArrayEquals(SectionPrints.of(other), v.prints());
        assertNotEquals(
                new Blobs().versionByParts(bytes).part(SectionId.SWOT).print(),
                v.part(SectionId.SWOT).print());
        // Without a final line break the loader parsed another text than the sections' parts: read as usual.
        byte[] cut = new String(bytes, StandardCharsets.UTF_8).stripTrailing().getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(
                new Blobs().versionByParts(cut).prints(),
                new Blobs().versionLoaded(cut, other).prints());
    }

    /** One random edit of a plan's text: what people and tools do to YAML, good and bad. */
    private static String edit(String text, java.util.Random random) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        switch (random.nextInt(16)) {
            case 0 -> lines.remove(at); // a line gone (may break the YAML)
            case 1 -> lines.add(at, line); // a line twice (duplicate keys, list items)
            case 2 -> lines.add(at, "# a comment");
            case 3 -> lines.add(at, "");
            case 4 -> lines.set(at, line.replace(":", ": &a")); // an anchor
            case 5 -> lines.set(at, line + " *a"); // an alias
            case 6 -> {
                // A block text as the very last thing, with and without the final line break.
                String tail = "why:\n  statement: |\n    Last words\n    and more";
                return text.stripTrailing() + "\n" + tail + (random.nextBoolean() ? "\n" : "");
            }
            case 7 -> {
                return "\uFEFF" + text;
            }
            case 8 -> {
                return text.replace("\n", "\r\n");
            }
            case 9 -> lines.set(at, line.replace(" ", "\r")); // a carriage return alone
            case 10 -> lines.set(at, line + "\u2028more");
            case 11 -> lines.set(at, "\t" + line);
            case 12 -> lines.add(at, "mission:\n  statement: moved here");
            case 13 -> lines.set(at, line.replaceFirst("^(\\s*)(\\w+):", "$1$2_x:")); // an unknown key
            case 14 -> lines.set(at, line.replace("2026", "twenty")); // a value of the wrong type
            default -> {
                return text.stripTrailing(); // no final line break
            }
        }
        return String.join("\n", lines);
    }

    /** The example's {@code account.yaml} files, in a fixed order. */
    private static List<Path> examplePlans() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("content/accounts"))) {
            return s.map(p -> p.resolve("account.yaml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }
}
