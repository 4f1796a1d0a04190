package io.keyplan.render;

import io.keyplan.analyse.AccountFigures;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.history.AccountHistory;
import io.keyplan.history.Change;
import io.keyplan.history.CommitEntry;
import io.keyplan.history.History;
import io.keyplan.history.HistoryQueries;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Portal;
import io.keyplan.model.SectionId;
import io.keyplan.model.Status;
import io.keyplan.render.chart.CompletenessTrend;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the pages show of the content's git history (issue 14), shaped for the templates: the account
 * page's "changed since the last review" block, {@code accounts/<slug>/history.html}, {@code
 * changes/index.html}, the completeness page's section ages, stale marks and trend arrows, and the
 * home cards' "updated N days ago". The figures are {@link HistoryQueries}'; this class only arranges
 * and words them.
 */
final class HistoryPages {
    /** The windows of the changes page, in days before the build date. */
    static final List<Integer> WINDOWS = List.of(30, 90);
    /** How far back the completeness page's trend arrow looks. */
    static final int TREND_DAYS = 90;

    private HistoryPages() {}

    /** {@code review.section_stale_days} of {@code portal.yaml} (default 365). */
    static int sectionStaleDays(Portal portal) {
        return portal.sectionStaleDays();
    }

    /** "today", "1 day ago", "N days ago" or "not yet committed"; null without a change or a date. */
    static String ago(Change change, LocalDate today, RenderContext rc) {
        Messages m = rc.messages();
        if (change == null) {
            return null;
        }
        if (!change.committed()) {
            return m.get("history.uncommitted");
        }
        Long days = HistoryQueries.daysAgo(change, today);
        if (days == null) {
            return null;
        }
        return days == 0
                ? m.get("history.today")
                : m.plural("history.daysAgo", days, rc.formats().number(days, 0));
    }

    // --- the account page ------------------------------------------------------------------------

    /** One changed section, with its address on the account page ({@code #s-<code>}). */
    public record SectionItem(SectionId section, String code, int number, Change change) {
        static SectionItem of(SectionId id, Change c) {
            return new SectionItem(id, id.code(), id.number(), c);
        }
    }

    /**
     * The account page's block, template variable {@code hist}: {@code last} the plan's last change
     * ({@code lastAgo} in words), {@code review} the review the list is measured from (null: never
     * reviewed), {@code since} the sections changed after it, {@code historyPage} whether the account
     * has a history page to link to.
     */
    public record AccountBlock(
            Change last, String lastAgo, LocalDate review, List<SectionItem> since, boolean historyPage) {
        public AccountBlock {
            since = List.copyOf(since);
        }
    }

    /** The block; null when it would be empty (a public site where git never saw the plan's released sections). */
    static AccountBlock accountBlock(
            Account a, AccountHistory h, Set<SectionId> shown, boolean historyPage, LocalDate today, RenderContext rc) {
        LocalDate review = a.plan().effectiveLastReview();
        List<SectionItem> since = new ArrayList<>();
        for (HistoryQueries.SectionChange s : HistoryQueries.changedSince(h, review)) {
            if (shown.contains(s.section())) {
                since.add(SectionItem.of(s.section(), s.change()));
            }
        }
        if (h.lastChanged() == null && since.isEmpty() && !historyPage) {
            return null; // nothing to say, and no page to link to (a public site)
        }
        return new AccountBlock(h.lastChanged(), ago(h.lastChanged(), today, rc), review, since, historyPage);
    }

    // --- accounts/<slug>/history.html ------------------------------------------------------------

    /**
     * One commit on the history page; {@code sections} in section order. {@code shownDate} and {@code
     * shownCompleteness} are the date and the completeness as the filters {@code date} and {@code percent(1)}
     * write them (null without a figure): the page shows each twice (the list and the chart's table), and a
     * plan's history has hundreds of rows.
     */
    public record CommitRow(
            String id,
            LocalDate date,
            String author,
            String subject,
            List<SectionItem> sections,
            Double completeness,
            String shownDate,
            String shownCompleteness) {
        public CommitRow {
            sections = List.copyOf(sections);
        }
    }

    /**
     * The history page's variables: {@code commits} (newest first), {@code last} and {@code lastAgo}
     * (the plan's last change), {@code chart} (the completeness line, oldest commit first; null without
     * a commit that has a figure), {@code points} (the chart's table alternative, oldest first).
     */
    static Map<String, Object> historyPage(Account a, AccountHistory h, LocalDate today, RenderContext rc) {
        List<CommitEntry> newest = HistoryQueries.newestFirst(h);
        List<CommitRow> rows = new ArrayList<>();
        for (CommitEntry c : newest) {
            List<SectionItem> sections = c.sections().stream()
                    .sorted()
                    .map(id -> SectionItem.of(id, null))
                    .toList();
            LocalDate date = HistoryQueries.date(c);
            Double completeness = c.completeness();
            rows.add(new CommitRow(
                    c.id(),
                    date,
                    c.author(),
                    c.subject(),
                    sections,
                    completeness,
                    rc.formats().date(date),
                    completeness == null ? null : rc.formats().percent(completeness, 1)));
        }
        List<CommitRow> oldestFirst = new ArrayList<>(rows);
        java.util.Collections.reverse(oldestFirst);
        Map<String, Object> vars = new HashMap<>();
        vars.put("commits", rows);
        vars.put("points", oldestFirst);
        vars.put("last", h.lastChanged());
        vars.put("lastAgo", ago(h.lastChanged(), today, rc));
        vars.put("chart", chart(a, oldestFirst, rc));
        return vars;
    }

    /** The completeness line of the history page; null when no commit has a figure. */
    static String chart(Account a, List<CommitRow> oldestFirst, RenderContext rc) {
        List<CompletenessTrend.Point> points = new ArrayList<>();
        for (CommitRow r : oldestFirst) {
            points.add(new CompletenessTrend.Point(r.date(), r.completeness()));
        }
        if (points.stream().allMatch(p -> p.percent() == null)) {
            return null;
        }
        Messages m = rc.messages();
        Formats f = rc.formats();
        CompletenessTrend.Point first =
                points.stream().filter(p -> p.percent() != null).findFirst().orElseThrow();
        CompletenessTrend.Point last = points.stream()
                .filter(p -> p.percent() != null)
                .reduce((x, y) -> y)
                .orElseThrow();
        String desc = m.plural(
                "history.chart.desc",
                points.size(),
                f.number(points.size(), 0),
                f.percent(first.percent(), 0),
                f.date(first.date()),
                f.percent(last.percent(), 0),
                f.date(last.date()));
        return CompletenessTrend.render(new CompletenessTrend.Input(
                "trend-" + a.slug(),
                new CompletenessTrend.Labels(
                        m.get("history.chart.title", a.plan().name()), desc),
                f.locale(),
                f::date,
                points));
    }

    // --- changes/index.html ----------------------------------------------------------------------

    /**
     * One account that changed in a window: {@code sections} the sections changed (newest first, each
     * with its newest change in the window), {@code commits} how many commits, {@code authors} who,
     * {@code last} the newest change.
     */
    public record ChangeRow(
            String slug, String name, List<SectionItem> sections, int commits, List<String> authors, Change last) {
        public ChangeRow {
            sections = List.copyOf(sections);
            authors = List.copyOf(authors);
        }
    }

    /** One window: {@code days}, the accounts that changed and those (not archived) that did not. */
    public record Window(int days, LocalDate from, List<ChangeRow> rows, List<Quiet> quiet) {
        public Window {
            rows = List.copyOf(rows);
            quiet = List.copyOf(quiet);
        }
    }

    /** An account without a change in a window, linked to its page. */
    public record Quiet(String slug, String name) {}

    /** The changes page's variables: {@code windows} (30 and 90 days), {@code today}, {@code shallow}. */
    static Map<String, Object> changesPage(Content content, History history, LocalDate today) {
        List<Window> windows = new ArrayList<>();
        for (int days : WINDOWS) {
            List<ChangeRow> rows = new ArrayList<>();
            List<Quiet> quiet = new ArrayList<>();
            for (Account a : content.accounts()) {
                HistoryQueries.Window w = HistoryQueries.within(history.of(a.slug()), today, days);
                if (w.empty()) {
                    // An archived plan is not expected to change: listing it would only hide the ones that should.
                    if (a.plan().effectiveStatus() != Status.ARCHIVED) {
                        quiet.add(new Quiet(a.slug(), a.plan().name()));
                    }
                    continue;
                }
                List<SectionItem> sections = w.sections().entrySet().stream()
                        .map(e -> SectionItem.of(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparing(
                                        (SectionItem s) -> s.change().committed())
                                .thenComparing(
                                        SectionItem::change,
                                        Comparator.comparing(
                                                Change::date,
                                                Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())
                                                        .reversed()))
                                .thenComparing(SectionItem::section))
                        .toList();
                rows.add(new ChangeRow(
                        a.slug(), a.plan().name(), sections, w.commits().size(), w.authors(), w.last()));
            }
            Comparator<String> byName = String.CASE_INSENSITIVE_ORDER;
            rows.sort(Comparator.comparing(ChangeRow::name, byName).thenComparing(ChangeRow::slug));
            quiet.sort(Comparator.comparing(Quiet::name, byName).thenComparing(Quiet::slug));
            windows.add(new Window(days, today.minusDays(days), rows, quiet));
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("windows", windows);
        vars.put("today", today);
        vars.put("shallow", history.state() == History.State.SHALLOW);
        return vars;
    }

    // --- the completeness page -------------------------------------------------------------------

    /** How long ago a section changed: {@code text} in words (null: no change known), {@code stale} past the setting. */
    public record Age(String text, Change change, boolean stale) {}

    static Age age(Change change, LocalDate today, int staleDays, RenderContext rc) {
        return new Age(ago(change, today, rc), change, HistoryQueries.stale(change, today, staleDays));
    }

    /**
     * The plan's completeness now against {@link #TREND_DAYS} days ago: {@code direction} up, down or
     * flat (by whole points), {@code points} the difference, {@code text} the same in words for
     * screen readers and the tooltip. Null when the plan has no figure from that long ago.
     */
    public record Trend(String direction, String arrow, long points, double then, String text) {}

    static Trend trend(AccountHistory h, AccountFigures f, LocalDate today, RenderContext rc) {
        Double then = HistoryQueries.completenessOn(h, today.minusDays(TREND_DAYS));
        if (then == null) {
            return null;
        }
        long diff = Math.round(f.completeness().percent()) - Math.round(then);
        String direction = diff > 0 ? "up" : diff < 0 ? "down" : "flat";
        String arrow = diff > 0 ? "\u2191" : diff < 0 ? "\u2193" : "\u2192";
        Formats fmt = rc.formats();
        String text = rc.messages()
                .get(
                        "history.trend." + direction,
                        fmt.percent(then, 0),
                        fmt.percent(f.completeness().percent(), 0),
                        TREND_DAYS);
        return new Trend(direction, arrow, diff, then, text);
    }

    /** The completeness page's ages and trends per account slug; empty without history. */
    record Completeness(Map<String, List<Age>> ages, Map<String, Trend> trends, int staleDays) {}

    static Completeness completeness(
            Content content, PortfolioAnalysis analysis, History history, LocalDate today, RenderContext rc) {
        int staleDays = sectionStaleDays(content.portal());
        Map<String, List<Age>> ages = new HashMap<>();
        Map<String, Trend> trends = new HashMap<>();
        for (Account a : content.accounts()) {
            AccountHistory h = history.of(a.slug());
            List<Age> row = new ArrayList<>();
            for (SectionId id : SectionId.values()) {
                row.add(age(h.section(id), today, staleDays, rc));
            }
            ages.put(a.slug(), row);
            AccountFigures f = analysis.account(a.slug());
            if (f != null) {
                Trend t = trend(h, f, today, rc);
                if (t != null) {
                    trends.put(a.slug(), t);
                }
            }
        }
        return new Completeness(ages, trends, staleDays);
    }
}
