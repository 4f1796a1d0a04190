package io.keyplan.render;

import io.keyplan.analyse.AccountFigures;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.analyse.ReviewState;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables of {@code reviews/index.html}: plans that are not archived by review state
 * (never reviewed, stale, due within 7 days, fine), the most urgent first within each state.
 */
final class ReviewsPage {

    public record Item(
            String name, String href, String owner, LocalDate lastReview, LocalDate nextDue, Long daysSince) {}

    public record Group(ReviewState state, List<Item> items) {}

    private ReviewsPage() {}

    static Map<String, Object> variables(Content content, PortfolioAnalysis analysis) {
        Map<ReviewState, List<Item>> by = new EnumMap<>(ReviewState.class);
        for (ReviewState s : ReviewState.values()) {
            by.put(s, new ArrayList<>());
        }
        for (Account a : content.accounts()) {
            AccountFigures f = analysis.account(a.slug());
            if (f == null || f.archived()) {
                continue;
            }
            var r = f.review();
            by.get(r.state())
                    .add(new Item(
                            f.name(),
                            PortfolioPage.href(a.slug()),
                            a.plan().owner() == null ? null : a.plan().owner().name(),
                            r.lastReview(),
                            r.nextDue(),
                            r.daysSince()));
        }
        Comparator<Item> byName = Comparator.comparing(Item::name, String.CASE_INSENSITIVE_ORDER);
        Comparator<Item> byDue = Comparator.comparing(Item::nextDue, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(byName);
        List<Group> groups = new ArrayList<>();
        for (ReviewState s : ReviewState.values()) {
            List<Item> items = by.get(s);
            items.sort(s == ReviewState.NEVER ? byName : byDue);
            groups.add(new Group(s, List.copyOf(items)));
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("groups", groups);
        vars.put("cadenceDays", content.portal().cadenceDays());
        return vars;
    }
}
