package io.keyplan.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.TierBasis;
import io.keyplan.testing.Records;
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
                // beta: no contribution -> no profit, not placed by profit; 6 x stage basic 4 = 24
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
        // basis profit (default). Active/at-risk with revenue and a net contribution, by profit:
        // acme 100 000, india 60 000, echo 50 000, gamma -100 000; beta has none: not placed.
        // positive total 210 000; shares before: acme 0 -> platinum; india 100/210 = 47.6 % -> platinum;
        // echo 160/210 = 76.2 % -> gold; gamma -> lead
        assertEquals(TierBasis.PROFIT, a.pyramid().basis());
        assertEquals(
                List.of("acme", "india", "echo", "gamma"),
                a.pyramid().entries().stream().map(Pyramid.Entry::slug).toList());
        assertEquals(
                List.of(Tier.PLATINUM, Tier.PLATINUM, Tier.GOLD, Tier.LEAD),
                a.pyramid().entries().stream().map(Pyramid.Entry::tier).toList());
        assertEquals(210_000.0, a.pyramid().totalPositive(), 1e-6);
        assertEquals(List.of(new NotPlaced("beta", "Beta")), a.pyramid().notPlaced());
        assertEquals(Tier.PLATINUM, a.account("acme").tier());
        assertNull(a.account("beta").tier(), "no net contribution: no tier");
        assertTrue(a.account("beta").notPlaced());
        assertFalse(a.account("delta").notPlaced(), "a prospect is not covered by the pyramid");
        assertFalse(a.account("acme").notPlaced());
        assertNull(a.account("beta").money().profit());
        assertNull(a.account("delta").tier());
        assertNull(a.account("hotel").tier());
        // total incl. the loss 110 000; y = 100/110 = 90.91, 160/110 = 145.45, 210/110 = 190.91,
        // 110/110 = 100; x = cumulative % of the 4 placed accounts; only acme is in the top 20 %
        List<WhaleCurve.Point> w = a.whaleCurve().points();
        assertEquals(
                List.of(25.0, 50.0, 75.0, 100.0),
                w.stream().map(WhaleCurve.Point::x).toList());
        double[] y = {90.909, 145.455, 190.909, 100.0};
        for (int i = 0; i < y.length; i++) {
            assertEquals(y[i], w.get(i).y(), 0.001);
        }
        assertEquals(190.909, a.whaleCurve().peak(), 0.001);
        assertEquals(
                List.of(WhaleKind.TOP, WhaleKind.PROFITABLE, WhaleKind.PROFITABLE, WhaleKind.LOSS),
                w.stream().map(WhaleCurve.Point::kind).toList());
    }

    @Test
    void pyramidByRevenuePlacesEveryAccountWithARevenue() {
        Content byProfit = portfolio();
        Content byRevenue = new Content(
                byProfit.root(),
                io.keyplan.model.Portal.of(
                        Records.fromYaml(io.keyplan.model.PortalFile.class, "tiers: {basis: revenue}"), 2026),
                byProfit.accounts(),
                byProfit.pages());
        PortfolioAnalysis a = PortfolioAnalyser.analyse(byRevenue, Plans.TODAY);
        // by current revenue: acme 1 000 000, beta 500 000, gamma 400 000, india 300 000, echo 100 000;
        // total 2 300 000; shares before: 0 -> platinum, 43.5 % -> platinum, 65.2 % -> gold,
        // 82.6 % -> iron, 95.7 % -> iron. Nobody is left out; profit plays no part (gamma loses money).
        assertTrue(a.pyramid().byRevenue());
        assertEquals(
                List.of("acme", "beta", "gamma", "india", "echo"),
                a.pyramid().entries().stream().map(Pyramid.Entry::slug).toList());
        assertEquals(
                List.of(Tier.PLATINUM, Tier.PLATINUM, Tier.GOLD, Tier.IRON, Tier.IRON),
                a.pyramid().entries().stream().map(Pyramid.Entry::tier).toList());
        assertEquals(List.of(), a.pyramid().notPlaced());
        assertEquals(Tier.PLATINUM, a.account("beta").tier());
        assertFalse(a.account("beta").notPlaced());
        assertNull(a.account("beta").money().profit(), "the data files still show no profit for beta");
        double[] y = {43.478, 65.217, 82.609, 95.652, 100.0};
        List<WhaleCurve.Point> w = a.whaleCurve().points();
        for (int i = 0; i < y.length; i++) {
            assertEquals(y[i], w.get(i).y(), 0.001);
            assertEquals(20.0 * (i + 1), w.get(i).x(), 1e-9);
        }
        assertEquals(400_000.0, w.get(2).figure());
    }

    @Test
    void riskAccountsAreCountedAcrossThePortfolioByName() {
        PortfolioAnalysis a = PortfolioAnalyser.analyse(portfolio(), Plans.TODAY);
        Map<String, List<AccountFigures>> risks = a.riskAccounts();
        assertEquals(
                List.of(
                        "no-economic-buyer",
                        "several-economic-buyers",
                        "no-coach",
                        "no-champion",
                        "hostile-influencer",
                        "uncovered-player",
                        "no-sponsor"),
                List.copyOf(risks.keySet()));
        risks.forEach((code, list) -> assertEquals(a.counts().risks().get(code), list.size(), code));
        // every account but acme (sound buying centre) and hotel (archived) has no sponsor; by name,
        // so Azure (golf) before Beta and Cobalt (foxtrot) after
        assertEquals(
                List.of("Azure", "Beta", "Cobalt", "Delta", "Echo", "Gamma", "India"),
                risks.get("no-sponsor").stream().map(AccountFigures::name).toList());
        assertEquals(List.of(), risks.get("hostile-influencer"));
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
        // spec 6.4 as revised: beta (no net contribution) is not placed, so acme and india are platinum
        assertEquals(Map.of("platinum", 2, "gold", 1, "iron", 0, "lead", 1), c.tiers());
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
