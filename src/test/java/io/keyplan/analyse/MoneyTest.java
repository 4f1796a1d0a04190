package io.keyplan.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.keyplan.testing.Records;
import org.junit.jupiter.api.Test;

class MoneyTest {
    private static Money money(String yaml) {
        return Money.of(Records.plan("name: X\nowner: Jan\n" + yaml), 2026);
    }

    @Test
    void allFiguresFromAFullPlan() {
        Money m = Money.of(Records.plan(Plans.FULL), 2026);
        assertEquals(1_000_000.0, m.currentRevenue());
        assertEquals(25.0, m.shareOfWallet(), 1e-9); // 1 000 000 / 4 000 000
        assertEquals(120_000.0, m.profit(), 1e-9); // 1 000 000 x 12 / 100
        assertEquals(100_000.0, m.weightedPipeline(), 1e-9); // 200 000 x 50 %; the won deal does not count
        assertEquals(10.0, m.growth(), 1e-9); // (1 331 000 / 1 000 000)^(1/3) = 1.1
    }

    @Test
    void nothingKnownIsNoneNeverZero() {
        Money m = money("");
        assertNull(m.currentRevenue());
        assertNull(m.shareOfWallet());
        assertNull(m.profit());
        assertNull(m.weightedPipeline());
        assertNull(m.growth());
    }

    @Test
    void revenueOfAnotherYearIsNoCurrentRevenue() {
        Money m = money("business_review: {revenue: {2025: 100}, net_contribution_pct: 10, customer_spend: 1000}\n");
        assertNull(m.currentRevenue());
        assertNull(m.shareOfWallet());
        assertNull(m.profit());
    }

    @Test
    void profitMayBeNegativeAndIsNoneWithoutANetContribution() {
        assertEquals(
                -5_000.0,
                money("business_review: {revenue: {2026: 100000}, net_contribution_pct: -5}\n")
                        .profit(),
                1e-9);
        // spec 6.2 (revised 2026-11-29): revenue is never passed off as profit
        Money noMargin = money("business_review: {revenue: {2026: 100000}}\n");
        assertNull(noMargin.profit());
        assertEquals(100_000.0, noMargin.currentRevenue());
        assertNull(money("business_review: {net_contribution_pct: 10}\n").profit());
        assertEquals(
                0.0,
                money("business_review: {revenue: {2026: 100000}, net_contribution_pct: 0}\n")
                        .profit());
    }

    @Test
    void shareOfWalletNeedsAPositiveSpend() {
        assertNull(money("business_review: {revenue: {2026: 100}, customer_spend: 0}\n")
                .shareOfWallet());
        assertEquals(
                0.0,
                money("business_review: {revenue: {2026: 0}, customer_spend: 50}\n")
                        .shareOfWallet());
    }

    @Test
    void pipelineCountsMissingValueOrProbabilityAsZero() {
        Money m = money("""
                opportunities:
                  - {description: a, value: 1000, probability: 30}
                  - {description: b, value: 500}
                  - {description: c, probability: 80}
                  - {description: d, value: 2000, probability: 10, stage: negotiation}
                  - {description: e, value: 9000, probability: 100, stage: lost}
                """);
        assertEquals(300.0 + 200.0, m.weightedPipeline(), 1e-9);
    }

    @Test
    void pipelineIsNoneWithoutOpportunitiesAndZeroWhenAllAreClosed() {
        assertNull(money("").weightedPipeline());
        assertEquals(
                0.0,
                money("opportunities: [{description: a, value: 10, probability: 50, stage: won}]\n")
                        .weightedPipeline());
    }

    @Test
    void growthEdges() {
        assertNull(money("business_review: {revenue: {2026: 0}}\nforecast: {year_3: 100}\n")
                .growth());
        assertNull(money("business_review: {revenue: {2026: -10}}\nforecast: {year_3: 100}\n")
                .growth());
        assertNull(money("business_review: {revenue: {2026: 100}}\n").growth());
        assertNull(money("forecast: {year_3: 100}\n").growth());
        // 1000 -> 125 over three years: (0.125)^(1/3) = 0.5, so -50 %
        assertEquals(
                -50.0,
                money("business_review: {revenue: {2026: 1000}}\nforecast: {year_3: 125}\n")
                        .growth(),
                1e-9);
        assertEquals(
                -100.0,
                money("business_review: {revenue: {2026: 1000}}\nforecast: {year_3: 0}\n")
                        .growth(),
                1e-9);
    }
}
