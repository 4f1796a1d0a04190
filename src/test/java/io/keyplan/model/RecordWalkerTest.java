package io.keyplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.analyse.Check;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The walk over a tree of model records: what it shows, in which order, and where each value is written. */
class RecordWalkerTest {
    private static final String FILE = "content/accounts/acme/account.yaml";

    private static SourceSpan at(int line, int column) {
        return new SourceSpan(FILE, line, column);
    }

    private static Origin origin(int line, Object... keysAndPositions) {
        Map<String, SourceSpan> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndPositions.length; i += 2) {
            fields.put((String) keysAndPositions[i], (SourceSpan) keysAndPositions[i + 1]);
        }
        return new Origin(at(line, 1), fields);
    }

    /** One line per value shown: its key, map keys, value, and the record and Origin it was shown with. */
    private static List<String> shown(Object root) {
        List<String> out = new ArrayList<>();
        assertTrue(RecordWalker.visit(root, (value, at) -> {
            out.add(at.key() + at.mapKeys() + "=" + value + " in "
                    + at.record().getClass().getSimpleName()
                    + (at.origin() == null ? "" : "@" + at.origin().at().line()));
            return true;
        }));
        return out;
    }

    @Test
    void showsEveryValueInComponentOrderWithItsFieldAndItsRecordsOriginButNoNullsOrOrigins() {
        Origin member = origin(3, "name", at(3, 11), "department", at(4, 17), "customer_contact", at(5, 23));
        Team team = new Team(List.of(new TeamMember("Ann", "Sales", null, "Bob", member)), "Agreed", origin(2));
        assertEquals(
                List.of(
                        "name[]=Ann in TeamMember@3",
                        "department[]=Sales in TeamMember@3",
                        "customer_contact[]=Bob in TeamMember@3",
                        "agreements[]=Agreed in Team@2"),
                shown(team));
    }

    @Test
    void valuesBelowMapsCarryTheMapKeysWhichStartAfreshInANestedRecord() {
        StrategyCanvas canvas = new StrategyCanvas(List.of("Price"), Map.of("Us", List.of(1.0, 2.0)), origin(7));
        assertEquals(
                List.of(
                        "factors[]=Price in StrategyCanvas@7",
                        "curves[Us]=1.0 in StrategyCanvas@7",
                        "curves[Us]=2.0 in StrategyCanvas@7"),
                shown(canvas));

        CrossSellCell cell = new CrossSellCell(CellStatus.CURRENT, 5.0, origin(9));
        CrossSell crossSell = new CrossSell(List.of(), Map.of("Maintenance", Map.of("Sensors", cell)), origin(8));
        assertEquals(
                List.of("status[]=CURRENT in CrossSellCell@9", "potential[]=5.0 in CrossSellCell@9"), shown(crossSell));
    }

    @Test
    void aRecordOfAnotherPackageIsAPlainValueAndAPlainRootIsShownItself() {
        Check check = new Check("why.vision", true);
        List<Object> values = new ArrayList<>();
        RecordWalker.visit(List.of(check, "text"), (value, at) -> {
            assertEquals(null, at.record());
            assertEquals(null, at.field());
            values.add(value);
            return true;
        });
        assertEquals(List.of(check, "text"), values);
    }

    @Test
    void theSpanIsTheFieldsPositionInTheNearestRecordThatKnowsWhereItWasWritten() {
        SourceSpan outer = SourceSpan.file(FILE);
        Origin overview = origin(1, "why_key", at(2, 12), "expectations", at(4, 5));
        List<SourceSpan> spans = new ArrayList<>();
        RecordWalker.Visitor span = (value, at) -> spans.add(at.span());

        RecordWalker.visit(
                new Overview("Big", new Expectations("Grow", null, origin(4, "short_term", at(5, 17))), overview),
                outer,
                span);
        assertEquals(List.of(at(2, 12), at(5, 17)), spans);

        spans.clear();
        RecordWalker.visit(new Overview("Big", new Expectations("Grow", null, Origin.NONE), overview), outer, span);
        assertEquals(List.of(at(2, 12), at(4, 5)), spans, "an Expectations written nowhere is where overview's key is");

        spans.clear();
        RecordWalker.visit(new Overview("Big", new Expectations("Grow", null, origin(4)), overview), outer, span);
        assertEquals(List.of(at(2, 12), at(4, 1)), spans, "a key without a position of its own is at its mapping");

        spans.clear();
        RecordWalker.visit(new Overview("Big", new Expectations("Grow", null, null), null), outer, span);
        assertEquals(List.of(outer, outer), spans);
    }

    @Test
    void theVisitorStopsTheWalk() {
        List<Object> values = new ArrayList<>();
        assertFalse(RecordWalker.visit(
                new Mission("Lead", List.of("a", "b"), Origin.NONE), (value, at) -> values.add(value) && false));
        assertEquals(List.of("Lead"), values);
        assertTrue(
                RecordWalker.visit(new Mission(null, List.of(), Origin.NONE), (value, at) -> false), "nothing to show");
    }

    @Test
    void aRewriteCopiesTheTreeWithNewValuesMapKeysTooAndTheSameOrigins() {
        Origin cellOrigin = origin(9);
        Origin crossSellOrigin = origin(8, "products", at(8, 13));
        Map<String, CrossSellCell> row = new LinkedHashMap<>();
        row.put("sensors", new CrossSellCell(CellStatus.CURRENT, 5.0, cellOrigin));
        row.put("pumps", new CrossSellCell(CellStatus.UNKNOWN, null, cellOrigin));
        CrossSell before = new CrossSell(List.of("sensors"), Map.of("maintenance", row), crossSellOrigin);

        List<String> calls = new ArrayList<>();
        CrossSell after = RecordWalker.rewrite(before, SourceSpan.file(FILE), (value, at) -> {
            calls.add((at.isMapKey() ? "key " : "") + value + " " + at.key() + at.mapKeys() + " " + at.span());
            return value instanceof String s ? s.toUpperCase(java.util.Locale.ROOT) : value;
        });

        assertEquals(
                List.of(
                        "sensors products[] " + FILE + ":8:13",
                        "key maintenance departments[] " + FILE + ":8:1",
                        "key sensors departments[maintenance] " + FILE + ":8:1",
                        "CURRENT status[] " + FILE + ":9:1",
                        "5.0 potential[] " + FILE + ":9:1",
                        "key pumps departments[maintenance] " + FILE + ":8:1",
                        "UNKNOWN status[] " + FILE + ":9:1"),
                calls);
        assertEquals(List.of("SENSORS"), after.products());
        assertEquals(
                List.of("SENSORS", "PUMPS"),
                List.copyOf(after.departments().get("MAINTENANCE").keySet()));
        assertEquals(
                new CrossSellCell(CellStatus.CURRENT, 5.0, cellOrigin),
                after.departments().get("MAINTENANCE").get("SENSORS"));
        assertSame(crossSellOrigin, after.origin());
        assertSame(
                cellOrigin, after.departments().get("MAINTENANCE").get("PUMPS").origin());
        assertThrows(
                UnsupportedOperationException.class, () -> after.departments().put("x", Map.of()));
        assertThrows(UnsupportedOperationException.class, () -> after.products().add("x"));
        assertEquals(before, RecordWalker.rewrite(before, SourceSpan.file(FILE), (value, at) -> value));
    }

    @Test
    void aRewriteBuildsRecordsThroughTheirConstructors() {
        Portal portal = Portal.of(null, 2026);
        Portal copy = RecordWalker.rewrite(
                portal, SourceSpan.file(""), (value, at) -> value instanceof String s ? s + "!" : value);
        assertEquals("Key Account Portal!", copy.title());
        assertEquals("Revenue potential!", copy.attractiveness().get(0).label());
        assertEquals(portal.fiscalYear(), copy.fiscalYear());
        assertEquals(portal.publicSections(), copy.publicSections());
    }
}
