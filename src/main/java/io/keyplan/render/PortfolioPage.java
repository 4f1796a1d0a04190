package io.keyplan.render;

import io.keyplan.analyse.AccountFigures;
import io.keyplan.analyse.Health;
import io.keyplan.analyse.NotAssessed;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.analyse.PositionBasis;
import io.keyplan.analyse.Quadrant;
import io.keyplan.analyse.RankedAccount;
import io.keyplan.analyse.Tier;
import io.keyplan.analyse.WhaleKind;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Content;
import io.keyplan.render.chart.MatrixChart;
import io.keyplan.render.chart.Pyramid;
import io.keyplan.render.chart.WhaleCurve;
import io.keyplan.site.SiteLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables of {@code portfolio/index.html}: the matrix, the ranking, the accounts not
 * assessed, the pyramid and the whale curve (spec 6.3, 6.4), charts rendered to SVG here.
 */
final class PortfolioPage {

    /** One line of the ranking; money and percentages null when none. */
    public record Row(
            int rank,
            String slug,
            String name,
            String href,
            Quadrant quadrant,
            double attractiveness,
            double position,
            boolean derived,
            Double revenue,
            Double shareOfWallet,
            Double pipeline,
            Double growth,
            Tier tier,
            Health health,
            Facets facets) {}

    /** An account listed apart; {@code reasonKey} says which axis is missing. */
    public record Apart(String name, String href, String reasonKey, Facets facets) {}

    /**
     * An account named in a list: one the pyramid cannot place (basis profit, no net contribution;
     * spec 6.4), or one with a relationship risk (spec 6.5). {@code href} is relative to the site root.
     */
    public record Listed(String name, String href, Facets facets) {}

    /** One relationship risk across the portfolio: its code, how many accounts have it, and which. */
    public record RiskRow(String code, int count, List<Listed> accounts) {}

    /** The filterable header fields of an account, for data attributes. */
    public record Facets(String owner, String region, String industry, String unit) {
        static Facets of(AccountPlan p) {
            return new Facets(
                    p.owner() == null ? null : p.owner().name(),
                    strip(p.region()),
                    strip(p.industry()),
                    strip(p.businessUnit()));
        }

        private static String strip(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /**
     * One tier of the pyramid table; {@code share} is its % of the positive total of the pyramid's
     * figure (profit or revenue), null when there is nothing to share.
     */
    public record TierRow(Tier tier, List<io.keyplan.analyse.Pyramid.Entry> entries, Double share) {}

    private PortfolioPage() {}

    static Map<String, Object> variables(Content content, PortfolioAnalysis analysis, RenderContext rc) {
        Messages m = rc.messages();
        Map<String, Facets> facets = new HashMap<>();
        for (Account a : content.accounts()) {
            facets.put(a.slug(), Facets.of(a.plan()));
        }
        List<Row> rows = new ArrayList<>();
        List<MatrixChart.Point> points = new ArrayList<>();
        for (RankedAccount r : analysis.ranking()) {
            AccountFigures f = analysis.account(r.slug());
            boolean derived = r.positionBasis() == PositionBasis.STAGE;
            rows.add(new Row(
                    r.rank(),
                    r.slug(),
                    r.name(),
                    href(r.slug()),
                    r.quadrant(),
                    r.attractiveness(),
                    r.position(),
                    derived,
                    r.currentRevenue(),
                    f.money().shareOfWallet(),
                    f.money().weightedPipeline(),
                    f.money().growth(),
                    f.tier(),
                    f.health(),
                    facets.get(r.slug())));
            points.add(new MatrixChart.Point(
                    r.name(),
                    SiteLayout.link(SiteLayout.PORTFOLIO, href(r.slug())),
                    r.position(),
                    r.attractiveness(),
                    r.currentRevenue(),
                    r.currentRevenue() == null ? null : rc.formats().money(r.currentRevenue()),
                    derived));
        }
        List<Apart> apart = new ArrayList<>();
        for (NotAssessed n : analysis.notAssessed()) {
            String reason = n.attractivenessMissing() && n.positionMissing()
                    ? "portfolio.reason.both"
                    : n.attractivenessMissing() ? "portfolio.reason.attractiveness" : "portfolio.reason.position";
            apart.add(new Apart(n.name(), href(n.slug()), reason, facets.get(n.slug())));
        }

        Map<String, Object> vars = new HashMap<>();
        vars.put("rows", rows);
        vars.put("apart", apart);
        vars.put("threshold", content.portal().threshold());
        vars.put(
                "filters",
                new Filters(
                        distinct(rows, apart, Facets::owner),
                        distinct(rows, apart, Facets::region),
                        distinct(rows, apart, Facets::industry),
                        distinct(rows, apart, Facets::unit)));
        MatrixChart.Rendered matrix = matrix(points, content.portal().threshold(), rc);
        vars.put("matrixSvg", matrix.svg());
        vars.put("matrixUnlabelled", matrix.unlabelled());
        vars.put("tiers", tiers(analysis));
        vars.put("pyramid", analysis.pyramid());
        List<Listed> unplaced = new ArrayList<>();
        for (var n : analysis.pyramid().notPlaced()) {
            unplaced.add(new Listed(n.name(), href(n.slug()), facets.get(n.slug())));
        }
        vars.put("notPlaced", unplaced);
        List<RiskRow> risks = new ArrayList<>();
        analysis.riskAccounts()
                .forEach((code, accounts) -> risks.add(new RiskRow(
                        code,
                        accounts.size(),
                        accounts.stream()
                                .map(f -> new Listed(f.name(), href(f.slug()) + "#risks", facets.get(f.slug())))
                                .toList())));
        vars.put("risks", risks);
        vars.put("pyramidSvg", pyramid(analysis, rc));
        vars.put("whale", analysis.whaleCurve());
        vars.put("whaleSvg", analysis.whaleCurve().points().isEmpty() ? null : whale(analysis, rc));
        vars.put("counts", analysis.counts());
        return vars;
    }

    /** An account's page, relative to the site root (templates prefix {@code root}). */
    static String href(String slug) {
        return SiteLayout.accountPage(slug);
    }

    private static MatrixChart.Rendered matrix(List<MatrixChart.Point> points, double threshold, RenderContext rc) {
        Messages m = rc.messages();
        MatrixChart.Labels labels = new MatrixChart.Labels(
                m.get("portfolio.matrix"),
                null,
                m.get("figure.position"),
                m.get("figure.attractiveness"),
                m.get("chart.high"),
                m.get("chart.low"),
                quadrant(m, "strategic"),
                quadrant(m, "star"),
                quadrant(m, "status"),
                quadrant(m, "streamline"),
                m.get("chart.bubbleArea"),
                m.get("chart.derived"),
                m.get("chart.noRevenue"));
        return MatrixChart.draw(
                new MatrixChart.Input("matrix", labels, threshold, rc.formats().locale(), points));
    }

    /** A quadrant's name and subtitle in the portal's language; the booklet's matrix uses them too. */
    static MatrixChart.Quadrant quadrant(Messages m, String code) {
        return new MatrixChart.Quadrant(m.get("quadrant." + code), m.get("quadrant." + code + ".subtitle"));
    }

    private static List<TierRow> tiers(PortfolioAnalysis analysis) {
        var p = analysis.pyramid();
        List<TierRow> out = new ArrayList<>();
        for (Tier t : Tier.values()) {
            var entries = p.tier(t.code());
            out.add(new TierRow(t, entries, share(entries, p.totalPositive())));
        }
        return out;
    }

    private static Double share(List<io.keyplan.analyse.Pyramid.Entry> entries, double total) {
        if (total <= 0) {
            return null;
        }
        return 100.0
                * entries.stream()
                        .mapToDouble(io.keyplan.analyse.Pyramid.Entry::figure)
                        .sum()
                / total;
    }

    private static String pyramid(PortfolioAnalysis analysis, RenderContext rc) {
        Messages m = rc.messages();
        List<Pyramid.Level> levels = new ArrayList<>();
        for (TierRow r : tiers(analysis)) {
            levels.add(new Pyramid.Level(
                    Pyramid.Tier.valueOf(r.tier().name()),
                    m.get("tier." + r.tier().code()),
                    r.entries().size(),
                    r.share()));
        }
        boolean byRevenue = analysis.pyramid().byRevenue();
        Pyramid.Labels labels = new Pyramid.Labels(
                m.get(byRevenue ? "portfolio.pyramidByRevenue" : "portfolio.pyramid"),
                null,
                n -> n == 1 ? m.get("chart.account") : m.get("chart.accounts", n),
                m.get(byRevenue ? "chart.ofRevenue" : "chart.ofProfit"));
        return Pyramid.render(new Pyramid.Input("pyramid", labels, rc.formats().locale(), levels));
    }

    private static String whale(PortfolioAnalysis analysis, RenderContext rc) {
        Messages m = rc.messages();
        List<WhaleCurve.Point> points = new ArrayList<>();
        for (var p : analysis.whaleCurve().points()) {
            points.add(new WhaleCurve.Point(p.name(), p.x(), p.y(), pointClass(p.kind())));
        }
        // By revenue nothing on the curve is profit: its title, axis and groups say revenue.
        boolean byRevenue = analysis.pyramid().byRevenue();
        String groups = byRevenue ? "whale.byRevenue." : "whale.";
        WhaleCurve.Labels labels = new WhaleCurve.Labels(
                m.get(byRevenue ? "portfolio.whaleByRevenue" : "portfolio.whale"),
                null,
                m.get("chart.cumAccounts"),
                m.get(byRevenue ? "chart.cumRevenue" : "chart.cumProfit"),
                m.get("whale.top-20"),
                m.get(groups + "profitable"),
                m.get(groups + "loss-making"));
        return WhaleCurve.render(
                new WhaleCurve.Input("whale", labels, rc.formats().locale(), points));
    }

    private static WhaleCurve.PointClass pointClass(WhaleKind kind) {
        switch (kind) {
            case TOP:
                return WhaleCurve.PointClass.TOP;
            case PROFITABLE:
                return WhaleCurve.PointClass.PROFITABLE;
            default:
                return WhaleCurve.PointClass.LOSS;
        }
    }

    private static List<String> distinct(
            List<Row> rows, List<Apart> apart, java.util.function.Function<Facets, String> f) {
        java.util.TreeSet<String> values = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        rows.stream()
                .map(r -> f.apply(r.facets()))
                .filter(java.util.Objects::nonNull)
                .forEach(values::add);
        apart.stream()
                .map(r -> f.apply(r.facets()))
                .filter(java.util.Objects::nonNull)
                .forEach(values::add);
        return List.copyOf(values);
    }
}
