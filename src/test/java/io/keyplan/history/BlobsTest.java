package io.keyplan.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.analyse.Completeness;
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

/** A plan read section by section must say exactly what the whole file says. */
class BlobsTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 23);

    @Test
    void sectionBySectionEqualsTheWholeFileForEveryExamplePlan() throws IOException {
        List<Path> plans;
        try (Stream<Path> s = Files.list(Path.of("content/accounts"))) {
            plans = s.map(p -> p.resolve("account.yaml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
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
}
