package io.keyplan.analyse;

import java.util.ArrayList;
import java.util.List;

/**
 * The whale curve of spec 6.4: one point per placed account in pyramid order (largest figure
 * first; the figure is profit or current revenue, as the pyramid's basis says). x is the
 * cumulative % of placed accounts, y the cumulative figure as % of the total of all placed
 * accounts, losses included, so y rises above 100 % when some accounts lose money and falls back
 * to 100 % at the last account. The curve starts at (0, 0), which is not a point.
 *
 * @param total the sum of all figures, losses included
 * @param points empty when the total is 0 or less: a share of a total that is not a gain has no
 *     meaning, so no curve is drawn
 */
public record WhaleCurve(List<Point> points, double total) {

    /** One account on the curve; x and y are percentages, {@code figure} its profit or revenue. */
    public record Point(String slug, String name, double figure, double x, double y, WhaleKind kind) {}

    public WhaleCurve {
        points = List.copyOf(points);
    }

    /**
     * An account belongs to the top 20 % when the accounts before it are fewer than 20 % of all
     * (with 10 accounts: the first 2; with 3: the first one), and its figure is above 0. The
     * others are profitable (figure above 0) or loss-making (0 or less: they earn nothing).
     */
    public static WhaleCurve of(List<TierEntry> placed) {
        List<TierEntry> sorted = new ArrayList<>(placed);
        sorted.sort(TierEntry.ORDER);
        double total = sorted.stream().mapToDouble(TierEntry::figure).sum();
        if (total <= 0) {
            return new WhaleCurve(List.of(), total);
        }
        int n = sorted.size();
        List<Point> out = new ArrayList<>();
        double cumulative = 0;
        for (int i = 0; i < n; i++) {
            TierEntry e = sorted.get(i);
            cumulative += e.figure();
            WhaleKind kind =
                    e.figure() <= 0 ? WhaleKind.LOSS : 100.0 * i / n < 20.0 ? WhaleKind.TOP : WhaleKind.PROFITABLE;
            out.add(new Point(e.slug(), e.name(), e.figure(), 100.0 * (i + 1) / n, 100.0 * cumulative / total, kind));
        }
        return new WhaleCurve(out, total);
    }

    /** The highest y of the curve (the "hump"); 0 without points. */
    public double peak() {
        return points.stream().mapToDouble(Point::y).max().orElse(0);
    }
}
