package io.keyplan.render;

import io.keyplan.analyse.AccountFigures;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.analyse.SectionCompleteness;
import io.keyplan.history.History;
import io.keyplan.model.Account;
import io.keyplan.model.ActionStatus;
import io.keyplan.model.Band;
import io.keyplan.model.Content;
import io.keyplan.model.SectionId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The variables of {@code completeness/index.html}: accounts (not archived) down, the sixteen
 * sections across (spec 6.1), with the averages, and the portfolio's warnings (spec 5) in the
 * portal's language.
 */
final class CompletenessPage {

    /**
     * One cell; {@code percent} unrounded, {@code mismatch} when the self-assessment is 2+ bands away,
     * {@code age} when git last changed the section (null without history).
     */
    public record Cell(
            SectionId section,
            double percent,
            Band band,
            Band self,
            boolean mismatch,
            int passed,
            int checks,
            HistoryPages.Age age) {}

    /** One account; {@code trend} its completeness now against 90 days ago (null without a figure then). */
    public record Row(
            String name, String href, List<Cell> cells, double plan, Band planBand, HistoryPages.Trend trend) {}

    /** A section column with its average over the rows; null without rows. */
    public record Column(SectionId section, Double average) {}

    /** A warning in words about one account; {@code kind}: overdue, stale, mismatch or horizon. */
    public record Warning(String kind, String account, String href, String text) {}

    private CompletenessPage() {}

    static Map<String, Object> variables(Content content, PortfolioAnalysis analysis, RenderContext rc) {
        return variables(content, analysis, History.none(), rc);
    }

    /**
     * As {@link #variables(Content, PortfolioAnalysis, RenderContext)}; with history also {@code history}
     * (true), {@code staleDays}, and each cell's age and each row's trend.
     */
    static Map<String, Object> variables(
            Content content, PortfolioAnalysis analysis, History history, RenderContext rc) {
        HistoryPages.Completeness changes = history.available()
                ? HistoryPages.completeness(content, analysis, history, analysis.buildDate(), rc)
                : null;
        List<Row> rows = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (Account a : content.accounts()) {
            AccountFigures f = analysis.account(a.slug());
            if (f == null || f.archived()) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            List<HistoryPages.Age> ages =
                    changes == null ? null : changes.ages().get(a.slug());
            for (SectionCompleteness s : f.completeness().sections()) {
                cells.add(new Cell(
                        s.section(),
                        s.percent(),
                        s.band(),
                        s.selfAssessed(),
                        s.moreThanOneBandAway(),
                        s.passedCount(),
                        s.checks().size(),
                        ages == null ? null : ages.get(s.section().ordinal())));
            }
            String href = PortfolioPage.href(a.slug());
            rows.add(new Row(
                    f.name(),
                    href,
                    cells,
                    f.completeness().percent(),
                    f.completeness().band(),
                    changes == null ? null : changes.trends().get(a.slug())));
            warnings.addAll(warnings(a, f, content.portal().horizonDays(), analysis.buildDate(), href, rc));
        }
        rows.sort(java.util.Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER));
        List<Column> columns = new ArrayList<>();
        for (SectionId id : SectionId.values()) {
            columns.add(new Column(
                    id,
                    rows.isEmpty()
                            ? null
                            : rows.stream()
                                    .mapToDouble(
                                            r -> r.cells().get(id.ordinal()).percent())
                                    .average()
                                    .orElse(0)));
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("rows", rows);
        vars.put("columns", columns);
        vars.put(
                "portfolioAverage",
                rows.isEmpty()
                        ? null
                        : rows.stream().mapToDouble(Row::plan).average().orElse(0));
        vars.put("warnings", warnings);
        vars.put("history", changes != null);
        vars.put("staleDays", changes == null ? null : changes.staleDays());
        return vars;
    }

    /** The four warnings of spec 5, computed from the analysis so they can be shown translated. */
    private static List<Warning> warnings(
            Account a, AccountFigures f, int horizonDays, LocalDate today, String href, RenderContext rc) {
        Messages m = rc.messages();
        Formats fmt = rc.formats();
        List<Warning> out = new ArrayList<>();
        for (var action : f.overdueActions()) {
            out.add(new Warning(
                    "overdue",
                    f.name(),
                    href,
                    m.get(
                            "warning.overdue",
                            action.action(),
                            fmt.date(action.due()),
                            ChronoUnit.DAYS.between(action.due(), today))));
        }
        if (f.review().neverReviewed()) {
            out.add(new Warning("stale", f.name(), href, m.get("warning.never")));
        } else if (f.review().stale()) {
            out.add(new Warning(
                    "stale",
                    f.name(),
                    href,
                    m.get(
                            "warning.stale",
                            fmt.date(f.review().lastReview()),
                            f.review().daysSince())));
        }
        for (SectionCompleteness s : f.completeness().mismatches()) {
            out.add(new Warning(
                    "mismatch",
                    f.name(),
                    href,
                    m.get(
                            "warning.mismatch",
                            m.get("section." + s.id()),
                            s.selfAssessed().code(),
                            Math.round(s.percent()),
                            s.band().code())));
        }
        LocalDate latest = a.plan().actions().stream()
                .filter(x -> x.effectiveStatus() == ActionStatus.OPEN)
                .map(io.keyplan.model.Action::due)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
        LocalDate reach = today.plusDays(horizonDays);
        if (latest == null) {
            out.add(new Warning("horizon", f.name(), href, m.get("warning.noHorizon", horizonDays)));
        } else if (latest.isBefore(reach)) {
            out.add(new Warning(
                    "horizon",
                    f.name(),
                    href,
                    m.get("warning.horizon", fmt.date(latest), horizonDays, fmt.date(reach))));
        }
        return out;
    }
}
