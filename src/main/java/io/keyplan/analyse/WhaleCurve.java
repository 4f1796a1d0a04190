package io.keyplan.analyse;

import java.util.ArrayList;
import java.util.List;

/**
 * The whale curve of spec 6.4: one point per account in pyramid order (most profitable first).
 * x is the cumulative % of accounts, y the cumulative profit as % of the total profit of all
 * these accounts, losses included, so y rises above 100 % when some accounts lose money and
 * falls back to 100 % at the last account. The curve starts at (0, 0), which is not a point.
 *
 * @param totalProfit the sum of all profits, losses included
 * @param points empty when the total profit is 0 or less: a share of a total that is not a gain
 *     has no meaning, so no curve is drawn
 */
public record WhaleCurve(List<Point> points, double totalProfit) {

    /** One account on the curve; x and y are percentages. */
    public record Point(String slug, String name, double profit, double x, double y, WhaleKind kind) {}

    public WhaleCurve {
        points = List.copyOf(points);
    }

    /**
     * An account belongs to the top 20 % when the accounts before it are fewer than 20 % of all
     * (with 10 accounts: the first 2; with 3: the first one), and it makes a profit. The others
     * are profitable (profit above 0) or loss-making (profit 0 or less: they earn nothing).
     */
    public static WhaleCurve of(List<ProfitEntry> accounts) {
        List<ProfitEntry> sorted = new ArrayList<>(accounts);
        sorted.sort(ProfitEntry.ORDER);
        double total = sorted.stream().mapToDouble(ProfitEntry::profit).sum();
        if (total <= 0) {
            return new WhaleCurve(List.of(), total);
        }
        int n = sorted.size();
        List<Point> out = new ArrayList<>();
        double cumulative = 0;
        for (int i = 0; i < n; i++) {
            ProfitEntry e = sorted.get(i);
            cumulative += e.profit();
            WhaleKind kind =
                    e.profit() <= 0 ? WhaleKind.LOSS : 100.0 * i / n < 20.0 ? WhaleKind.TOP : WhaleKind.PROFITABLE;
            out.add(new Point(e.slug(), e.name(), e.profit(), 100.0 * (i + 1) / n, 100.0 * cumulative / total, kind));
        }
        return new WhaleCurve(out, total);
    }

    /** The highest y of the curve (the "hump"); 0 without points. */
    public double peak() {
        return points.stream().mapToDouble(Point::y).max().orElse(0);
    }
}
