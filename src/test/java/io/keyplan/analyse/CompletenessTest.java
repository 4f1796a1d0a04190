package io.keyplan.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.Band;
import io.keyplan.model.SectionId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompletenessTest {
    private static final String MINIMAL = "name: Empty\nowner: Jan\n";

    private static List<String> failed(String yaml, SectionId id, SectionId... narratives) {
        return Plans.completeness(yaml, narratives).section(id).failed().stream()
                .map(Check::id)
                .toList();
    }

    @ParameterizedTest
    @EnumSource(SectionId.class)
    void everySectionPassesInAFullPlan(SectionId id) {
        SectionCompleteness s = Plans.completeness(Plans.FULL).section(id);
        assertEquals(List.of(), s.failed().stream().map(Check::id).toList());
        assertEquals(100.0, s.percent());
        assertEquals(Checklists.ids(id), s.checks().stream().map(Check::id).toList());
    }

    @ParameterizedTest
    @EnumSource(SectionId.class)
    void anAbsentSectionFailsAllItsChecks(SectionId id) {
        SectionCompleteness s = Plans.completeness(MINIMAL).section(id);
        assertEquals(0.0, s.percent());
        assertEquals(Checklists.ids(id), s.failed().stream().map(Check::id).toList());
        assertTrue(s.id().equals(id.code()) && s.checks().stream().allMatch(c -> c.id().startsWith(id.code() + ".")));
    }

    /**
     * The git history reuses the checks of every section that does not read the date for all
     * commits that hold its values: those sections must give the same checks on any day and in any
     * fiscal year, and the two that read the date must be the ones that change with it.
     */
    @ParameterizedTest
    @EnumSource(SectionId.class)
    void onlyTheDatedSectionsDependOnTheDay(SectionId id) {
        io.keyplan.model.Account full = Plans.account("a", Plans.FULL, SectionId.values());
        java.time.LocalDate later = Plans.TODAY.plusYears(5);
        List<Check> today =
                Completeness.section(id, full, Plans.PORTAL, Plans.TODAY).checks();
        List<Check> then = Completeness.section(id, full, io.keyplan.model.Portal.of(null, later.getYear()), later)
                .checks();
        if (Completeness.readsDate(id)) {
            assertFalse(today.equals(then), id + " reads the date: five years on, its checks differ");
        } else {
            assertEquals(today, then, id.code());
        }
        assertEquals(
                Completeness.of(full, Plans.PORTAL, Plans.TODAY).section(id).checks(), today);
    }

    @Test
    void thereAreFiftyFourChecks() {
        int n = 0;
        for (SectionId id : SectionId.values()) {
            n += Checklists.ids(id).size();
        }
        assertEquals(54, n);
    }

    @Test
    void overview() {
        String y = MINIMAL + "overview: {why_key: '  ', expectations: {short_term: soon}}\n";
        assertEquals(List.of("overview.why_key", "overview.long_term"), failed(y, SectionId.OVERVIEW));
        assertEquals(List.of("overview.long_term"), failed(y, SectionId.OVERVIEW, SectionId.OVERVIEW));
        // 1 of 3 passed
        assertEquals(
                100.0 / 3, Plans.completeness(y).section(SectionId.OVERVIEW).percent(), 1e-9);
    }

    @Test
    void keyPlayers() {
        String y = MINIMAL + "key_players: [{name: A, role: coach, attitude: neutral}, {name: B, our_contact: Jan}]\n";
        assertEquals(
                List.of("key_players.economic_buyer", "key_players.attitudes", "key_players.our_contacts"),
                failed(y, SectionId.KEY_PLAYERS));
        assertEquals(40.0, Plans.completeness(y).section(SectionId.KEY_PLAYERS).percent(), 1e-9);
    }

    @Test
    void businessAnalysisStrategyMayBeANarrative() {
        String y = MINIMAL + "business_analysis: {mission: m, objectives: [], agenda: [x]}\n";
        assertEquals(
                List.of(
                        "business_analysis.strategy",
                        "business_analysis.objectives",
                        "business_analysis.market_developments"),
                failed(y, SectionId.BUSINESS_ANALYSIS));
        assertEquals(
                List.of("business_analysis.objectives", "business_analysis.market_developments"),
                failed(y, SectionId.BUSINESS_ANALYSIS, SectionId.BUSINESS_ANALYSIS));
        // an absent section still passes the narrative check
        assertEquals(
                20.0,
                Plans.completeness(MINIMAL, SectionId.BUSINESS_ANALYSIS)
                        .section(SectionId.BUSINESS_ANALYSIS)
                        .percent(),
                1e-9);
    }

    @Test
    void businessReviewNeedsTheFiscalYear() {
        String y = MINIMAL + "business_review: {revenue: {2025: 10}, gross_margin_pct: 0, customer_spend: 5}\n";
        assertEquals(
                List.of("business_review.revenue", "business_review.net_contribution_pct"),
                failed(y, SectionId.BUSINESS_REVIEW));
    }

    @Test
    void competition() {
        String y = MINIMAL + "competition: {competitors: [{name: X}], purchasing_process: p}\n";
        assertEquals(List.of("competition.purchasing_strategy"), failed(y, SectionId.COMPETITION));
        assertEquals(List.of(), failed(y, SectionId.COMPETITION, SectionId.COMPETITION));
    }

    @Test
    void swot() {
        String y = MINIMAL + "swot: {strengths: [a], threats: []}\n";
        assertEquals(List.of("swot.weaknesses", "swot.opportunities", "swot.threats"), failed(y, SectionId.SWOT));
    }

    @Test
    void ambition() {
        String y = MINIMAL + "ambition: {desired_position: partner, selling_method: ' '}\n";
        assertEquals(
                List.of("ambition.current_position", "ambition.selling_method", "ambition.realistic_in_3_years"),
                failed(y, SectionId.AMBITION));
    }

    @Test
    void mission() {
        String y = MINIMAL + "mission: {goals: [g]}\n";
        assertEquals(List.of("mission.statement"), failed(y, SectionId.MISSION));
        assertEquals(List.of(), failed(y, SectionId.MISSION, SectionId.MISSION));
    }

    @Test
    void strategicFit() {
        String y = MINIMAL + "strategic_fit: {our_return: r}\n";
        assertEquals(
                List.of("strategic_fit.customer_success", "strategic_fit.added_value"),
                failed(y, SectionId.STRATEGIC_FIT));
        assertEquals(List.of("strategic_fit.added_value"), failed(y, SectionId.STRATEGIC_FIT, SectionId.STRATEGIC_FIT));
    }

    @Test
    void objectivesEveryQuantitativeNeedsATargetAndFailsWithoutOne() {
        String noQuantitative = MINIMAL + "objectives: [{objective: trust, kind: qualitative}]\n";
        assertEquals(
                List.of("objectives.quantitative", "objectives.targets"), failed(noQuantitative, SectionId.OBJECTIVES));
        String missingTarget = MINIMAL
                + "objectives: [{objective: a, kind: quantitative, target: '5'}, {objective: b, kind: quantitative}]\n";
        assertEquals(
                List.of("objectives.qualitative", "objectives.targets"), failed(missingTarget, SectionId.OBJECTIVES));
    }

    @Test
    void investments() {
        String y = MINIMAL + "investments: {by_us: [{item: x}]}\n";
        assertEquals(List.of("investments.by_customer", "investments.commitments"), failed(y, SectionId.INVESTMENTS));
    }

    @Test
    void opportunitiesOnlyOpenOnesCount() {
        String closed = MINIMAL
                + "opportunities: [{description: d, value: 1, probability: 1, close_date: 2026-07-01, stage: won}]\n";
        assertEquals(
                List.of("opportunities.open", "opportunities.open_complete", "opportunities.cross_sell_products"),
                failed(closed, SectionId.OPPORTUNITIES));
        String incomplete = MINIMAL + """
                opportunities:
                  - {description: d, value: 1, probability: 1, close_date: 2026-07-01}
                  - {description: e, value: 1, close_date: 2026-07-01, stage: qualified}
                  - {description: f, stage: lost}
                cross_sell: {products: [p]}
                """;
        assertEquals(List.of("opportunities.open_complete"), failed(incomplete, SectionId.OPPORTUNITIES));
    }

    @Test
    void forecast() {
        String y = MINIMAL + "forecast: {year_1: 1, year_3: 3, years_4_6: 9}\n";
        assertEquals(List.of("forecast.current_year_target", "forecast.year_2"), failed(y, SectionId.FORECAST));
    }

    @Test
    void actionsHorizonIsMeasuredFromTheBuildDate() {
        // build date 2026-06-01 + 90 days = 2026-08-30
        String reaches = MINIMAL
                + "actions: [{action: a, owner: Jan, due: 2026-08-30}, {action: b, owner: Jan, due: 2026-12-01, status: done}]\n";
        assertEquals(List.of(), failed(reaches, SectionId.ACTIONS));
        String short1 = MINIMAL
                + "actions: [{action: a, owner: Jan, due: 2026-08-29}, {action: b, due: 2026-12-01, status: dropped}]\n";
        assertEquals(List.of("actions.horizon"), failed(short1, SectionId.ACTIONS));
        String noOwner = MINIMAL + "actions: [{action: a, due: 2026-09-30}]\n";
        assertEquals(List.of("actions.owner_and_due"), failed(noOwner, SectionId.ACTIONS));
        String noDue = MINIMAL + "actions: [{action: a, owner: Jan}]\n";
        assertEquals(List.of("actions.owner_and_due", "actions.horizon"), failed(noDue, SectionId.ACTIONS));
        String allDone = MINIMAL + "actions: [{action: a, owner: Jan, due: 2026-12-30, status: done}]\n";
        assertEquals(Checklists.ids(SectionId.ACTIONS), failed(allDone, SectionId.ACTIONS));
    }

    @Test
    void team() {
        String y = MINIMAL + "team: {members: [{name: Jan}]}\n";
        assertEquals(List.of("team.customer_contact", "team.agreements"), failed(y, SectionId.TEAM));
    }

    @Test
    void why() {
        String y = MINIMAL + "why: {vision: v}\n";
        assertEquals(List.of("why.statement"), failed(y, SectionId.WHY));
        assertEquals(List.of(), failed(y, SectionId.WHY, SectionId.WHY));
        assertEquals(List.of("why.vision"), failed(MINIMAL, SectionId.WHY, SectionId.WHY));
    }

    @Test
    void planPercentIsTheMeanOfTheSixteenSections() {
        // overview 1/3, why 1/2 (narrative), the other fourteen 0: (33.333 + 50) / 16 = 5.2083
        Completeness c = Plans.completeness(MINIMAL + "overview: {why_key: w}\n", SectionId.WHY);
        assertEquals((100.0 / 3 + 50.0) / 16, c.percent(), 1e-9);
        assertEquals(5.2, c.shownPercent());
        assertEquals(Band.B0_20, c.band());
        assertEquals(100.0, Plans.completeness(Plans.FULL).percent(), 1e-9);
    }

    @Test
    void selfAssessedBandBesideTheComputedOneAndTwoBandsAwayIsAMismatch() {
        String y = MINIMAL + """
                completeness: {swot: 41-60, mission: 21-40, why: 81-100}
                swot: {strengths: [a]}
                mission: {goals: [g]}
                """;
        Completeness c = Plans.completeness(y);
        // swot 25 % -> 21-40, self 41-60: one band away
        assertEquals(Band.B21_40, c.section(SectionId.SWOT).band());
        assertEquals(Band.B41_60, c.section(SectionId.SWOT).selfAssessed());
        assertFalse(c.section(SectionId.SWOT).moreThanOneBandAway());
        // mission 50 % -> 41-60, self 21-40: one away; why 0 % -> 0-20, self 81-100: four away
        assertFalse(c.section(SectionId.MISSION).moreThanOneBandAway());
        assertTrue(c.section(SectionId.WHY).moreThanOneBandAway());
        assertEquals(
                List.of(SectionId.WHY),
                c.mismatches().stream().map(SectionCompleteness::section).toList());
        assertNull(c.section(SectionId.OVERVIEW).selfAssessed());
        assertFalse(c.section(SectionId.OVERVIEW).moreThanOneBandAway());
    }

    @Test
    void twoBandsAwayIsAMismatch() {
        // swot 2 of 4 = 50 % -> 41-60 (index 2); self 0-20 (index 0): exactly two bands away
        Completeness c =
                Plans.completeness(MINIMAL + "completeness: {swot: 0-20}\nswot: {strengths: [a], threats: [b]}\n");
        assertTrue(c.section(SectionId.SWOT).moreThanOneBandAway());
    }
}
