package io.keyplan.render;

import io.keyplan.analyse.AccountFigures;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.analyse.PositionBasis;
import io.keyplan.analyse.RankedAccount;
import io.keyplan.model.Account;
import io.keyplan.render.chart.MatrixChart;
import io.keyplan.render.chart.PrintTimeline;
import io.keyplan.site.SiteLayout;
import io.keyplan.site.SiteWriter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The printed views (issue 4): per account {@code print.html} (the whole plan on A4) and
 * {@code one-page.html} (the condensed plan on exactly one page), and
 * {@code portfolio/booklet.html} (every non-archived account's one-page plan behind a cover,
 * a table of contents and the portfolio matrix). Kept apart from {@link SiteRenderer} so
 * the screen pages and the paper pages can change independently. {@link SiteRenderer} calls it
 * from the task that renders an account's screen page, so both share the account's views; both
 * write through a {@link PageWriter}.
 */
final class PrintPages {
    /** Rows of the booklet's table of contents per printed page; fixed so page numbers can be computed. */
    static final int TOC_ROWS_PER_PAGE = 30;

    private final PageWriter pages;

    PrintPages(PageWriter pages) {
        this.pages = Objects.requireNonNull(pages);
    }

    /** A line of the booklet's table of contents; {@code page} is the printed page number. */
    public record TocEntry(OnePagePlan plan, int page) {}

    /** False for a theme copied before the printed views existed: its site simply has none. */
    boolean available() {
        Theme theme = pages.theme();
        return theme.hasTemplate("print.peb") && theme.hasTemplate("one-page.peb") && theme.hasTemplate("booklet.peb");
    }

    /**
     * {@code accounts/<slug>/print.html} and {@code one-page.html}, with the views the account's
     * screen page was made from and its section contents ({@code bodies}; null: render them here);
     * returns the one-page plan for the booklet.
     */
    OnePagePlan renderAccount(
            Account a,
            AccountFigures figures,
            AccountView view,
            AccountFiguresView fig,
            SectionBodies bodies,
            SiteModel site,
            RenderContext rc,
            SiteWriter out) {
        String printPath = SiteLayout.printPage(a.slug());
        String onePagePath = SiteLayout.onePagePlan(a.slug());
        OnePagePlan one = onePage(a, figures, site, rc, pages);

        Map<String, Object> ctx = base(site, rc, printPath, a.plan().name());
        ctx.put("account", a);
        ctx.put("plan", a.plan());
        ctx.put("view", view);
        ctx.put("sections", view.sections());
        ctx.put("figures", figures);
        // The section partials are shared with the screen page; they draw the revenue chart and organigram from it.
        ctx.put("fig", fig);
        ctx.put("one", one);
        ctx.put("bodies", bodies != null ? bodies : new SectionBodies(pages.theme(), ctx));
        pages.write(out, printPath, "print.peb", ctx);

        Map<String, Object> octx = base(site, rc, onePagePath, a.plan().name());
        octx.put("one", one);
        octx.put("fullPlan", SiteLayout.PRINT);
        pages.write(out, onePagePath, "one-page.peb", octx);
        return one;
    }

    /**
     * The account's one-page plan: a pure function of the four arguments, which {@code pages} is told
     * so that a key of the plan is made of them ({@link PageWriter#madeFrom}).
     */
    static OnePagePlan onePage(Account a, AccountFigures figures, SiteModel site, RenderContext rc, PageWriter pages) {
        return pages.madeFrom(onePage(a, figures, site, rc), a, figures, site, rc);
    }

    private static OnePagePlan onePage(Account a, AccountFigures figures, SiteModel site, RenderContext rc) {
        LocalDate date = site.build().buildDate();
        return OnePagePlan.of(
                a,
                figures,
                rc.markdown(),
                date,
                site.fiscalYear(),
                actions -> PrintTimeline.render(
                        a.slug(),
                        markers(actions),
                        date,
                        rc.formats().locale(),
                        rc.messages().get("print.timeline.today"),
                        rc.messages().get("print.one.timeline")));
    }

    private static List<PrintTimeline.Marker> markers(List<OnePagePlan.NumberedAction> actions) {
        return actions.stream()
                .map(n -> new PrintTimeline.Marker(n.number(), n.due(), n.overdue()))
                .toList();
    }

    /**
     * {@code portfolio/booklet.html} of the non-archived accounts' one-page plans, in slug order:
     * variables {@code plans}, {@code toc} (pages of entries), {@code matrix}.
     */
    void renderBooklet(
            List<OnePagePlan> plans,
            PortfolioAnalysis analysis,
            double threshold,
            SiteModel site,
            RenderContext rc,
            SiteWriter out) {
        LocalDate printDate = site.build().buildDate();
        String path = SiteLayout.BOOKLET;
        List<List<TocEntry>> toc = new ArrayList<>();
        int tocPages = Math.max(1, (plans.size() + TOC_ROWS_PER_PAGE - 1) / TOC_ROWS_PER_PAGE);
        // Cover, the contents pages, the matrix page, then one page per account.
        int first = 1 + tocPages + 1 + 1;
        for (int i = 0; i < plans.size(); i++) {
            if (i % TOC_ROWS_PER_PAGE == 0) {
                toc.add(new ArrayList<>());
            }
            toc.get(toc.size() - 1).add(new TocEntry(plans.get(i), first + i));
        }
        Map<String, Object> ctx = base(site, rc, path, rc.messages().get("print.booklet.title"));
        ctx.put("plans", plans);
        ctx.put("toc", toc);
        ctx.put("matrix", new SafeString(matrix(analysis, threshold, rc)));
        ctx.put("matrixLabels", MatrixChart.MAX_LABELS);
        ctx.put("ranking", analysis.ranking());
        ctx.put("printDate", printDate);
        pages.stream(out, path, "booklet.peb", ctx);
    }

    /** The portfolio matrix with each bubble linking to the account's page in the booklet. */
    static String matrix(PortfolioAnalysis analysis, double threshold, RenderContext rc) {
        Messages m = rc.messages();
        MatrixChart.Labels labels = new MatrixChart.Labels(
                m.get("print.matrix.title"),
                null,
                m.get("figure.position"),
                m.get("figure.attractiveness"),
                m.get("print.matrix.high"),
                m.get("print.matrix.low"),
                PortfolioPage.quadrant(m, "strategic"),
                PortfolioPage.quadrant(m, "star"),
                PortfolioPage.quadrant(m, "status"),
                PortfolioPage.quadrant(m, "streamline"),
                m.get("print.matrix.bubble_area"),
                m.get("print.matrix.derived"),
                m.get("print.matrix.no_revenue"));
        List<MatrixChart.Point> points = new ArrayList<>();
        for (RankedAccount r : analysis.ranking()) {
            points.add(new MatrixChart.Point(
                    r.name(),
                    SiteLayout.bookletAnchor(r.slug()),
                    r.position(),
                    r.attractiveness(),
                    r.currentRevenue(),
                    r.currentRevenue() == null ? null : rc.formats().money(r.currentRevenue()),
                    r.positionBasis() == PositionBasis.STAGE));
        }
        return MatrixChart.render(new MatrixChart.Input(
                "booklet-matrix", labels, threshold, rc.formats().locale(), points));
    }

    /** The variables every template gets; a printed page has no navigation entry. */
    private static Map<String, Object> base(SiteModel site, RenderContext rc, String path, String title) {
        return PageWriter.base(site, rc, path, "", title);
    }
}
