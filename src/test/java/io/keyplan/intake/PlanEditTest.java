package io.keyplan.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Values changed in the text of account.yaml, every other character kept. */
class PlanEditTest {
    static String edit(String text, java.util.function.Function<PlanEdit, String> change) {
        PlanEdit e = new PlanEdit(text);
        assertNull(change.apply(e));
        return e.text();
    }

    @Test
    void aPlainValueIsReplacedAndItsCommentKept() {
        assertEquals(
                "name: Acme\nregion: Belgium   # from the CRM\nstage: basic\n",
                edit(
                        "name: Acme\nregion: Benelux   # from the CRM\nstage: basic\n",
                        e -> e.setTop("region", "Belgium", true)));
    }

    @Test
    void aQuotedValueStaysQuoted() {
        assertEquals(
                "industry: \"Steel, metals\"\n",
                edit("industry: \"Steel\"\n", e -> e.setTop("industry", "Steel, metals", true)));
        assertEquals(
                "industry: 'it''s' # x\n".replace("'it''s'", "\"Food\""),
                edit("industry: 'it''s' # x\n", e -> e.setTop("industry", "\"Food\"", true)));
    }

    @Test
    void anEmptyValueIsFilledIn() {
        assertEquals(
                "name: A\nregion: DACH # later\n",
                edit("name: A\nregion: # later\n", e -> e.setTop("region", "DACH", true)));
        assertEquals("name: A\nregion: DACH\n", edit("name: A\nregion: ~\n", e -> e.setTop("region", "DACH", true)));
    }

    @Test
    void aNewHeaderKeyGoesWhereTheSpecsOrderPutsIt() {
        assertEquals(
                "# plan\nname: A\nowner: B\nindustry: Food\nregion: DACH\n\noverview:\n  why_key: x\n",
                edit(
                        "# plan\nname: A\nowner: B\nregion: DACH\n\noverview:\n  why_key: x\n",
                        e -> e.setTop("industry", "Food", true)));
        assertEquals(
                "name: A\nowner:\n  name: B\n  email: b@x.eu\nsponsor: C\nstatus: active\n",
                edit(
                        "name: A\nowner:\n  name: B\n  email: b@x.eu\nstatus: active\n",
                        e -> e.setPersonName("sponsor", "C")));
        assertEquals(
                "# top comment\n# about overview\nname: A\noverview:\n  why_key: x\n",
                edit("# top comment\n# about overview\noverview:\n  why_key: x\n", e -> e.setTop("name", "A", true)));
    }

    @Test
    void crlfLineEndsAndAMissingLastLineEndAreKept() {
        assertEquals(
                "name: A\r\nregion: B\r\nindustry: C\r\nstatus: active",
                edit("name: A\r\nregion: B\r\nstatus: active", e -> e.setTop("industry", "C", true))
                        .replace("name: A\r\nindustry: C\r\nregion: B", "name: A\r\nregion: B\r\nindustry: C"));
        assertEquals(
                "name: A\r\nstatus: active\r\nlast_review: 2026-09-30\r\n",
                edit("name: A\r\nstatus: active", e -> e.setTop("last_review", "2026-09-30", false)));
    }

    @Test
    void anOwnerWrittenAsAMappingGetsItsNameChanged() {
        assertEquals(
                "owner:\n  name: Els  # KAM\n  email: e@x.eu\n",
                edit("owner:\n  name: Jan  # KAM\n  email: e@x.eu\n", e -> e.setPersonName("owner", "Els")));
        assertEquals(
                "owner: {name: Els, email: e@x.eu}\n",
                edit("owner: {name: Jan, email: e@x.eu}\n", e -> e.setPersonName("owner", "Els")));
    }

    @Test
    void aRevenueYearIsReplacedOrInsertedInOrder() {
        String plan = "business_review:\n  revenue:\n    2024: 1  # a\n    2026: 3\n  gross_margin_pct: 30\n";
        assertEquals(
                "business_review:\n  revenue:\n    2024: 10  # a\n    2026: 3\n  gross_margin_pct: 30\n",
                edit(plan, e -> e.setRevenue(2024, "10")));
        assertEquals(
                "business_review:\n  revenue:\n    2024: 1  # a\n    2025: 2\n    2026: 3\n  gross_margin_pct: 30\n",
                edit(plan, e -> e.setRevenue(2025, "2")));
        assertEquals(
                "business_review:\n  revenue:\n    2023: 0\n    2024: 1  # a\n    2026: 3\n  gross_margin_pct: 30\n",
                edit(plan, e -> e.setRevenue(2023, "0")));
        assertEquals(
                "business_review:\n  revenue:\n    2024: 1  # a\n    2026: 3\n    2027: 4\n  gross_margin_pct: 30\n",
                edit(plan, e -> e.setRevenue(2027, "4")));
    }

    @Test
    void revenueOrTheWholeSectionIsAddedWhenAbsent() {
        assertEquals(
                "business_review:\n    revenue:\n        2026: 5\n    gross_margin_pct: 30\n",
                edit("business_review:\n    gross_margin_pct: 30\n", e -> e.setRevenue(2026, "5")));
        assertEquals(
                "name: A\n\noverview:\n  why_key: x\n\nbusiness_review:\n  revenue:\n    2026: 5\n\n# swot\nswot:\n"
                        + "  strengths: [a]\n",
                edit(
                        "name: A\n\noverview:\n  why_key: x\n\n# swot\nswot:\n  strengths: [a]\n",
                        e -> e.setRevenue(2026, "5")));
        assertEquals(
                "name: A\n\nbusiness_review:\n  revenue:\n    2026: 5\n",
                edit("name: A\n", e -> e.setRevenue(2026, "5")));
    }

    @Test
    void whatCannotBeChangedInPlaceIsRefused() {
        PlanEdit block = new PlanEdit("name: A\nregion: >-\n  Benelux\n");
        assertEquals("its value is not a single value on one line", block.setTop("region", "X", true));
        assertEquals(2, block.problemLine());
        PlanEdit folded = new PlanEdit("name: A\nregion: Benelux\n  and France\n");
        assertEquals("its value goes on over several lines", folded.setTop("region", "X", true));
        PlanEdit flow = new PlanEdit("business_review: {revenue: {2026: 1}}\n");
        assertEquals("the section is written on one line", flow.setRevenue(2026, "2"));
    }

    @Test
    void textIsQuotedOnlyWhenYamlWouldReadItOtherwise() {
        assertEquals("Van Dijk Food Group", PlanEdit.text("Van Dijk Food Group"));
        assertEquals("Müller & Söhne GmbH", PlanEdit.text("Müller & Söhne GmbH"));
        assertEquals("\"yes\"", PlanEdit.text("yes"));
        assertEquals("\"42\"", PlanEdit.text("42"));
        assertEquals("\"a: b\"", PlanEdit.text("a: b"));
        assertEquals("\"#1 customer\"", PlanEdit.text("#1 customer"));
        assertEquals("\"say \\\"hi\\\"\"", PlanEdit.text("say \"hi\""));
        assertEquals("\"a\\u0007b\"", PlanEdit.text("a\u0007b"));
    }
}
