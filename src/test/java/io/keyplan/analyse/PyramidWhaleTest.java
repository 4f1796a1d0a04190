package io.keyplan.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.TierBasis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec 6.4: tiers by the cumulative share before, ties by name, lead at 0 or less, the whale curve. */
class PyramidWhaleTest {
    private static TierEntry e(String name, double figure) {
        return new TierEntry(name.toLowerCase(), name, figure);
    }

    private static Pyramid pyramid(List<TierEntry> placed, double platinum, double gold) {
        return Pyramid.of(TierBasis.PROFIT, placed, List.of(), platinum, gold);
    }

    @Test
    void tiersByCumulativeShareBefore() {
        // positive total 100: A 40 (before 0 -> platinum), B 30 (before 40 -> platinum),
        // C 20 (before 70 -> gold), D 10 (before 90 -> iron), E -5 and F 0 -> lead
        Pyramid p = pyramid(List.of(e("D", 10), e("E", -5), e("A", 40), e("F", 0), e("C", 20), e("B", 30)), 50, 80);
        assertEquals(100.0, p.totalPositive());
        assertEquals(
                List.of("A", "B", "C", "D", "F", "E"),
                p.entries().stream().map(Pyramid.Entry::name).toList());
        assertEquals(
                List.of(Tier.PLATINUM, Tier.PLATINUM, Tier.GOLD, Tier.IRON, Tier.LEAD, Tier.LEAD),
                p.entries().stream().map(Pyramid.Entry::tier).toList());
        assertEquals(70.0, p.entries().get(2).shareBefore(), 1e-9);
        assertNull(p.entries().get(5).shareBefore());
        assertEquals(
                List.of("B"),
                p.tier("platinum").stream().skip(1).map(Pyramid.Entry::name).toList());
    }

    @Test
    void tiesAreBrokenByName() {
        // two equal halves: the first by name holds nothing before it (platinum), the second 50 % (gold)
        Pyramid p = pyramid(List.of(e("Zeta", 50), e("alpha", 50)), 50, 80);
        assertEquals(
                List.of("alpha", "Zeta"),
                p.entries().stream().map(Pyramid.Entry::name).toList());
        assertEquals(
                List.of(Tier.PLATINUM, Tier.GOLD),
                p.entries().stream().map(Pyramid.Entry::tier).toList());
    }

    @Test
    void configurableCutoffs() {
        // cut-offs 30 / 60: A 40 (0 -> platinum), B 30 (40 -> gold), C 20 (70 -> iron), D 10 (90 -> iron)
        Pyramid p = pyramid(List.of(e("A", 40), e("B", 30), e("C", 20), e("D", 10)), 30, 60);
        assertEquals(
                List.of(Tier.PLATINUM, Tier.GOLD, Tier.IRON, Tier.IRON),
                p.entries().stream().map(Pyramid.Entry::tier).toList());
    }

    @Test
    void whaleCurveRisesAbove100WithALossMaker() {
        // total incl. losses = 60 + 30 + 20 - 10 = 100
        // A: x 25, y 60 (top 20 %: 0 before); B: x 50, y 90; C: x 75, y 110; D: x 100, y 100 (loss)
        WhaleCurve w = WhaleCurve.of(List.of(e("D", -10), e("B", 30), e("A", 60), e("C", 20)));
        assertEquals(100.0, w.total());
        List<WhaleCurve.Point> pts = w.points();
        assertEquals(
                List.of(25.0, 50.0, 75.0, 100.0),
                pts.stream().map(WhaleCurve.Point::x).toList());
        assertEquals(60.0, pts.get(0).y(), 1e-9);
        assertEquals(90.0, pts.get(1).y(), 1e-9);
        assertEquals(110.0, pts.get(2).y(), 1e-9);
        assertEquals(100.0, pts.get(3).y(), 1e-9);
        assertEquals(110.0, w.peak(), 1e-9);
        assertEquals(
                List.of(WhaleKind.TOP, WhaleKind.PROFITABLE, WhaleKind.PROFITABLE, WhaleKind.LOSS),
                pts.stream().map(WhaleCurve.Point::kind).toList());
    }

    @Test
    void topTwentyPercentOfTenAccountsIsTwo() {
        List<TierEntry> ten = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(e("N" + i, 100 - i));
        }
        long top = WhaleCurve.of(ten).points().stream()
                .filter(p -> p.kind() == WhaleKind.TOP)
                .count();
        assertEquals(2, top);
    }

    @Test
    void noCurveWhenThePortfolioLosesMoney() {
        WhaleCurve w = WhaleCurve.of(List.of(e("A", 10), e("B", -20)));
        assertTrue(w.points().isEmpty());
        assertEquals(-10.0, w.total());
    }

    @Test
    void aFigureOfZeroOrLessIsLeadWhateverItsPlace() {
        // only one account earns anything: it is platinum; 0 and the loss are lead, with no share before
        Pyramid p = pyramid(List.of(e("Loss", -1), e("Zero", 0), e("Win", 1)), 50, 80);
        assertEquals(
                List.of(Tier.PLATINUM, Tier.LEAD, Tier.LEAD),
                p.entries().stream().map(Pyramid.Entry::tier).toList());
        assertEquals(
                List.of("Win", "Zero", "Loss"),
                p.entries().stream().map(Pyramid.Entry::name).toList());
        assertEquals(1.0, p.totalPositive());
        assertNull(p.entries().get(1).shareBefore());
    }

    @Test
    void notPlacedAccountsAreListedApartByName() {
        Pyramid p = Pyramid.of(
                TierBasis.PROFIT,
                List.of(e("A", 10)),
                List.of(new NotPlaced("z", "zulu"), new NotPlaced("b", "Bravo")),
                50,
                80);
        assertEquals(
                List.of("Bravo", "zulu"),
                p.notPlaced().stream().map(NotPlaced::name).toList());
        assertEquals(List.of("A"), p.entries().stream().map(Pyramid.Entry::name).toList());
        assertEquals(TierBasis.PROFIT, p.basis());
        assertTrue(!p.byRevenue());
    }

    @Test
    void theFigureIsProfitOrRevenueNeverAMix() {
        Money withMargin = new Money(1000.0, null, 80.0, null, null);
        Money withoutMargin = new Money(5000.0, null, null, null, null);
        assertEquals(80.0, TierEntry.figureOf(withMargin, TierBasis.PROFIT));
        assertNull(TierEntry.figureOf(withoutMargin, TierBasis.PROFIT), "no net contribution: not placed");
        assertEquals(1000.0, TierEntry.figureOf(withMargin, TierBasis.REVENUE));
        assertEquals(5000.0, TierEntry.figureOf(withoutMargin, TierBasis.REVENUE));
    }

    @Test
    void whaleXCountsPlacedAccountsOnly() {
        // three placed accounts: x = 33.3, 66.7, 100 whatever the accounts not placed
        WhaleCurve w = WhaleCurve.of(List.of(e("A", 50), e("B", 30), e("C", 20)));
        assertEquals(100.0 / 3, w.points().get(0).x(), 1e-9);
        assertEquals(200.0 / 3, w.points().get(1).x(), 1e-9);
        assertEquals(100.0, w.points().get(2).y(), 1e-9);
        assertEquals(
                List.of("A", "B", "C"),
                w.points().stream().map(WhaleCurve.Point::name).toList());
    }
}
