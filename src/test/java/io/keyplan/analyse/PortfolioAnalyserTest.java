package io.keyplan.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.Account;
import io.keyplan.model.Content;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A small portfolio with hand-computed figures. Build date 2026-06-01, fiscal year 2026,
 * default criteria (attractiveness weights 30/25/25/20, position 35/25/25/15), threshold 5.5,
 * tiers 50/80.
 */
class PortfolioAnalyserTest {
    private static final String ATT8_POS7 =
            "selection_scores: {revenue_potential: 8, profitability: 8, strategic_fit: 8,"
                    + " innovation_potential: 8, relationship_strength: 7, share_of_wallet: 7, competitive_advantage: 7, reputation: 7}\n";

    static Account mini(String slug, String name, String extra) {
        return Plans.account(slug, "name: " + name + "\nowner: Jan\nlast_review: 2026-05-20\n" + extra);
    }

    static Content portfolio() {
        return Plans.content(
                // acme: full plan, revenue 1 000 000 x 10 % = profit 100 000; attractiveness 8, position 7 -> 56
                Plans.account(
                        "acme",
                        Plans.FULL
                                        .replace("name: Full Co", "name: Acme")
                                        .replace("net_contribution_pct: 12", "net_contribution_pct: 10")
                                + ATT8_POS7),
                // beta: no contribution -> profit = revenue 500 000 (basis revenue); 6 x stage basic 4 = 24
                mini(
                        "beta",
                        "Beta",
                        "stage: basic\nselection_scores: {revenue_potential: 6}\n"
                                + "business_review: {revenue: {2026: 500000}}\n"),
                // gamma: at-risk, 400 000 x -25 % = -100 000; 4 x 6 = 24 (ties beta, less revenue -> after beta)
                mini(
                        "gamma",
                        "Gamma",
                        "status: at-risk\nselection_scores: {profitability: 4, reputation: 6}\n"
                                + "business_review: {revenue: {2026: 400000}, net_contribution_pct: -25}\n"
                                + "actions: [{action: Call CFO, due: 2026-05-01}]\n"),
                // delta: prospect with revenue 1 000 000: ranked (7 x 2 = 14) but kept out of the pyramid
                mini(
                        "delta",
                        "Delta",
                        "status: prospect\nselection_scores: {revenue_potential: 7, relationship_strength: 2}\n"
                                + "business_review: {revenue: {2026: 1000000}, net_contribution_pct: 10}\n"),
                // echo: 14, revenue 100 000 x 50 % = 50 000
                mini(
                        "echo",
                        "Echo",
                        "selection_scores: {revenue_potential: 7, relationship_strength: 2}\n"
                                + "business_review: {revenue: {2026: 100000}, net_contribution_pct: 50}\n"),
                // foxtrot "Cobalt" and golf "Azure": 14, no revenue -> after echo, by name: Azure, Cobalt
                mini("foxtrot", "Cobalt", "selection_scores: {revenue_potential: 7, relationship_strength: 2}\n"),
                mini("golf", "Azure", "selection_scores: {revenue_potential: 7, relationship_strength: 2}\n"),
                // hotel: archived; the highest scores and revenue, yet neither ranked nor in the pyramid
                mini(
                        "hotel",
                        "Hotel",
                        "status: archived\n" + ATT8_POS7.replace("8", "10")
                                + "business_review: {revenue: {2026: 2000000}, net_contribution_pct: 10}\n"),
                // india: not assessed (no scores, no stage), never reviewed; 300 000 x 20 % = 60 000
                Plans.account(
                        "india",
                        "name: India\nowner: Jan\n"
                                + "business_review: {revenue: {2026: 300000}, net_contribution_pct: 20}\n"));
    }

    @Test
    void ranking() {
        PortfolioAnalysis a = PortfolioAnalyser.analyse(portfolio(), Plans.TODAY);
        // 56 acme; 24 beta (500 000) before gamma (400 000); 14 delta (1 000 000), echo (100 000),
        // then no revenue: Azure (golf), Cobalt (foxtrot)
        assertEquals(
                List.of("acme", "beta", "gamma", "delta", "echo", "golf", "foxtrot"),
                a.ranking().stream().map(RankedAccount::slug).toList());
        assertEquals(
                List.of(1, 2, 3, 4, 5, 6, 7),
                a.ranking().stream().map(RankedAccount::rank).toList());
        assertEquals(56.0, a.ranking().get(0).score(), 1e-9);
        assertEquals(PositionBasis.STAGE, a.ranking().get(1).positionBasis());
        assertEquals(
                List.of("india"),
                a.notAssessed().stream().map(NotAssessed::slug).toList());
        assertTrue(a.notAssessed().get(0).attractivenessMissing()
                && a.notAssessed().get(0).positionMissing());
        assertEquals(1, a.account("acme").rank());
        assertNull(a.account("hotel").rank());
        assertNull(a.account("india").rank());
        assertEquals(Quadrant.STRATEGIC, a.account("hotel").selection().quadrant()); // analysed all the same
    }

    @Test
    void pyramidAndWhaleCurve() {
        PortfolioAnalysis a = PortfolioAnalyser.analyse(portfolio(), Plans.TODAY);
        // active/at-risk with revenue, by profit: beta 500 000, acme 100 000, india 60 000, echo 50 000, gamma -100 000
        // positive total 710 000; shares before: beta 0 -> platinum; acme 500/710 = 70.4 % -> gold;
        // india 600/710 = 84.5 % -> iron; echo 660/710 = 93.0 % -> iron; gamma -> lead
        assertEquals(
                List.of("beta", "acme", "india", "echo", "gamma"),
                a.pyramid().entries().stream().map(Pyramid.Entry::slug).toList());
        assertEquals(
                List.of(Tier.PLATINUM, Tier.GOLD, Tier.IRON, Tier.IRON, Tier.LEAD),
                a.pyramid().entries().stream().map(Pyramid.Entry::tier).toList());
        assertEquals(ProfitBasis.REVENUE, a.pyramid().entries().get(0).basis());
        assertEquals(710_000.0, a.pyramid().totalPositiveProfit(), 1e-6);
        assertEquals(Tier.GOLD, a.account("acme").tier());
        assertNull(a.account("delta").tier());
        assertNull(a.account("hotel").tier());
        // total incl. the loss 610 000; y = 500/610 = 81.97, 600/610 = 98.36, 660/610 = 108.20,
        // 710/610 = 116.39, 610/610 = 100; x = 20, 40, 60, 80, 100; only beta is in the top 20 %
        List<WhaleCurve.Point> w = a.whaleCurve().points();
        assertEquals(
                List.of(20.0, 40.0, 60.0, 80.0, 100.0),
                w.stream().map(WhaleCurve.Point::x).toList());
        double[] y = {81.967, 98.361, 108.197, 116.393, 100.0};
        for (int i = 0; i < y.length; i++) {
            assertEquals(y[i], w.get(i).y(), 0.001);
        }
        assertEquals(
                List.of(
                        WhaleKind.TOP,
                        WhaleKind.PROFITABLE,
                        WhaleKind.PROFITABLE,
                        WhaleKind.PROFITABLE,
                        WhaleKind.LOSS),
                w.stream().map(WhaleCurve.Point::kind).toList());
    }

    @Test
    void healthAndCounts() {
        PortfolioAnalysis a = PortfolioAnalyser.analyse(portfolio(), Plans.TODAY);
        assertEquals(Health.GREEN, a.account("acme").health()); // 100 %, reviewed 12 days ago, nothing overdue
        assertEquals(Health.RED, a.account("beta").health()); // completeness below 30 %
        assertEquals(Health.RED, a.account("hotel").health()); // archived accounts are analysed too
        assertTrue(a.account("india").review().neverReviewed());
        assertEquals(1, a.account("gamma").overdueCount());
        PortfolioCounts c = a.counts();
        assertEquals(9, c.accounts());
        assertEquals(8, c.portfolio());
        assertEquals(7, c.ranked());
        assertEquals(1, c.notAssessed());
        assertEquals(Map.of("green", 1, "amber", 0, "red", 7), c.health());
        assertEquals(List.of("green", "amber", "red"), List.copyOf(c.health().keySet()));
        assertEquals(Map.of("strategic", 1, "star", 5, "status", 1, "streamline", 0), c.quadrants());
        assertEquals(Map.of("platinum", 1, "gold", 1, "iron", 2, "lead", 1), c.tiers());
        assertEquals(1, c.stale()); // india, never reviewed
        assertEquals(1, c.overdueActions());
        // acme has a sound buying centre; the seven others have no players and no sponsor
        assertEquals(7, c.risks().get("no-sponsor"));
        assertEquals(0, c.risks().get("hostile-influencer"));
        assertEquals(
                List.of("acme", "beta", "gamma", "delta", "echo", "foxtrot", "golf", "hotel", "india"),
                List.copyOf(a.accounts().keySet()));
        assertFalse(a.account("acme").archived());
    }

    @Test
    void emptyPortfolio() {
        PortfolioAnalysis a = PortfolioAnalyser.analyse(Plans.content(), Plans.TODAY);
        assertTrue(a.ranking().isEmpty());
        assertTrue(a.pyramid().entries().isEmpty());
        assertTrue(a.whaleCurve().points().isEmpty());
        assertEquals(0, a.counts().accounts());
    }
}
