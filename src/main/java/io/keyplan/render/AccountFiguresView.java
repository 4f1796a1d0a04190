package io.keyplan.render;

import io.keyplan.analyse.AccountFigures;
import io.keyplan.analyse.SectionCompleteness;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Forecast;
import io.keyplan.model.KeyPlayer;
import io.keyplan.render.chart.Organigram;
import io.keyplan.render.chart.RevenueChart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The computed side of an account page: its figures, the completeness of each section by id,
 * and the revenue chart and the key-player organigram as SVG. Template variable {@code fig}.
 *
 * <p>Its non-transient fields are what it is made from; the rest are {@code transient}, worked out
 * from those alone (the charts are pure functions of the plan, the fiscal year and the texts and
 * formats of {@code rc}), so {@code build --cache} keys it by the plan and the figures instead of
 * hashing the SVG strings (cache.Fingerprint skips transient fields).
 */
public final class AccountFiguresView {
    private final AccountFigures figures;
    private final AccountPlan plan;
    private final int fiscalYear;
    private final RenderContext rc;
    private final transient Map<String, SectionCompleteness> sections = new HashMap<>();
    // The charts are drawn when a page first asks for them: a page taken from build --cache never does.
    private transient String revenueSvg;
    private transient boolean revenueDrawn;
    private transient String organigramSvg;
    private transient boolean organigramDrawn;

    AccountFiguresView(AccountPlan plan, AccountFigures figures, int fiscalYear, RenderContext rc) {
        this.figures = figures;
        this.plan = plan;
        this.fiscalYear = fiscalYear;
        this.rc = rc;
        if (figures != null) {
            figures.completeness().sections().forEach(s -> sections.put(s.id(), s));
        }
    }

    /** Null when the analysis has no figures for the account. */
    public AccountFigures getFigures() {
        return figures;
    }

    /** The completeness of a section by its id ({@code key_players}); null without figures. */
    public SectionCompleteness section(String id) {
        return sections.get(id);
    }

    /** Null when there is neither revenue history nor a forecast. */
    public synchronized String getRevenueSvg() {
        if (!revenueDrawn) {
            revenueSvg = revenue(plan, fiscalYear, rc);
            revenueDrawn = true;
        }
        return revenueSvg;
    }

    /** Null without key players. */
    public synchronized String getOrganigramSvg() {
        if (!organigramDrawn) {
            organigramSvg = organigram(plan, rc);
            organigramDrawn = true;
        }
        return organigramSvg;
    }

    /** History from {@code business_review.revenue}, then target and years 1..3 as forecast bars. */
    private static String revenue(AccountPlan plan, int fiscalYear, RenderContext rc) {
        Messages m = rc.messages();
        List<RevenueChart.Bar> bars = new ArrayList<>();
        if (plan.businessReview() != null) {
            new java.util.TreeMap<>(plan.businessReview().revenue())
                    .forEach((year, amount) -> bars.add(new RevenueChart.Bar(String.valueOf(year), amount, false)));
        }
        Forecast f = plan.forecast();
        boolean anyForecast = f != null
                && (f.currentYearTarget() != null || f.year1() != null || f.year2() != null || f.year3() != null);
        if (anyForecast) {
            bars.add(new RevenueChart.Bar(m.get("chart.target", fiscalYear), f.currentYearTarget(), true));
            bars.add(new RevenueChart.Bar(String.valueOf(fiscalYear + 1), f.year1(), true));
            bars.add(new RevenueChart.Bar(String.valueOf(fiscalYear + 2), f.year2(), true));
            bars.add(new RevenueChart.Bar(String.valueOf(fiscalYear + 3), f.year3(), true));
        }
        if (bars.isEmpty()) {
            return null;
        }
        RevenueChart.Labels labels =
                new RevenueChart.Labels(m.get("chart.revenue"), null, m.get("chart.actual"), m.get("chart.forecast"));
        return RevenueChart.render(
                new RevenueChart.Input("revenue", labels, v -> rc.formats().money(v), bars));
    }

    private static String organigram(AccountPlan plan, RenderContext rc) {
        if (plan.keyPlayers().isEmpty()) {
            return null;
        }
        List<Organigram.Node> nodes = new ArrayList<>();
        for (KeyPlayer k : plan.keyPlayers()) {
            nodes.add(new Organigram.Node(
                    k.name(),
                    k.name(),
                    k.title(),
                    k.attitude() == null
                            ? rc.messages().get("chart.attitudeUnknown")
                            : KeyPlanExtension.label(rc, k.attitude()),
                    k.attitude(),
                    k.role() == null ? null : KeyPlanExtension.label(rc, k.role()),
                    k.reportsTo()));
        }
        return Organigram.render(
                new Organigram.Input("organigram", rc.messages().get("chart.organigram"), null, nodes));
    }
}
