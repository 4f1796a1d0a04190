package io.keyplan.render;

import io.keyplan.analyse.AccountFigures;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.model.Account;
import io.keyplan.model.Action;
import io.keyplan.model.ActionStatus;
import io.keyplan.model.Content;
import io.keyplan.model.SectionId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The variables of {@code actions/index.html}: the open actions of every account that is not
 * archived, in three groups (overdue, due within the horizon, later or undated). {@code rows} is
 * the one table the page shows, in the spec's order: overdue first (most days overdue first), then
 * those due within the horizon, then the rest (by due date, no date last); {@code groups} has the
 * same actions grouped by owner, for themes that list them so; {@code filters} the owners and
 * accounts to filter by.
 */
final class ActionsPage {

    /** One open action; {@code daysOverdue} null unless overdue. */
    public record Item(
            String account,
            String href,
            String action,
            String owner,
            SectionId section,
            LocalDate due,
            Long daysOverdue) {}

    /** The actions of one owner in a group; {@code owner} null for actions nobody owns. */
    public record OwnerGroup(String owner, List<Item> items) {}

    /** {@code key}: overdue, soon or later. */
    public record Group(String key, List<OwnerGroup> owners, int count) {}

    /** One line of the table: the action, its group's key and its place in the default order (from 0). */
    public record Row(Item item, String group, int order) {}

    /** The values the page filters by, each sorted and without duplicates. */
    public record ActionFilters(List<String> owners, List<String> accounts) {
        public ActionFilters {
            owners = List.copyOf(owners);
            accounts = List.copyOf(accounts);
        }
    }

    private static final Comparator<Item> ORDER = Comparator.comparing(
                    Item::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Item::account, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Item::action, String.CASE_INSENSITIVE_ORDER);

    private ActionsPage() {}

    static Map<String, Object> variables(Content content, PortfolioAnalysis analysis) {
        LocalDate today = analysis.buildDate();
        LocalDate horizon = today.plusDays(content.portal().horizonDays());
        List<Item> overdue = new ArrayList<>();
        List<Item> soon = new ArrayList<>();
        List<Item> later = new ArrayList<>();
        for (Account a : content.accounts()) {
            AccountFigures f = analysis.account(a.slug());
            if (f == null || f.archived()) {
                continue;
            }
            for (Action x : a.plan().actions()) {
                if (x.effectiveStatus() != ActionStatus.OPEN) {
                    continue;
                }
                String owner = x.owner() == null || x.owner().isBlank()
                        ? null
                        : x.owner().strip();
                boolean late = x.overdueOn(today);
                Item item = new Item(
                        f.name(),
                        PortfolioPage.href(a.slug()),
                        x.action(),
                        owner,
                        x.section(),
                        x.due(),
                        late ? ChronoUnit.DAYS.between(x.due(), today) : null);
                (late ? overdue : x.due() != null && !x.due().isAfter(horizon) ? soon : later).add(item);
            }
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("groups", List.of(group("overdue", overdue), group("soon", soon), group("later", later)));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Item>> g :
                List.of(Map.entry("overdue", overdue), Map.entry("soon", soon), Map.entry("later", later))) {
            for (Item i : sorted(g.getValue())) {
                rows.add(new Row(i, g.getKey(), rows.size()));
            }
        }
        vars.put("rows", List.copyOf(rows));
        TreeSet<String> owners = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> accounts = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Row r : rows) {
            if (r.item().owner() != null) {
                owners.add(r.item().owner());
            }
            accounts.add(r.item().account());
        }
        vars.put("filters", new ActionFilters(List.copyOf(owners), List.copyOf(accounts)));
        vars.put("horizonDays", content.portal().horizonDays());
        vars.put("total", overdue.size() + soon.size() + later.size());
        return vars;
    }

    /** Owners by name, actions without an owner last; within an owner, earliest due first. */
    private static Group group(String key, List<Item> items) {
        TreeMap<String, List<Item>> byOwner = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<Item> nobody = new ArrayList<>();
        for (Item i : items) {
            if (i.owner() == null) {
                nobody.add(i);
            } else {
                byOwner.computeIfAbsent(i.owner(), k -> new ArrayList<>()).add(i);
            }
        }
        List<OwnerGroup> owners = new ArrayList<>();
        byOwner.forEach((owner, list) -> owners.add(new OwnerGroup(owner, sorted(list))));
        if (!nobody.isEmpty()) {
            owners.add(new OwnerGroup(null, sorted(nobody)));
        }
        return new Group(key, owners, items.size());
    }

    /**
     * Earliest due first: for overdue actions that is the most days overdue first; no date last;
     * ties by account, then action.
     */
    static List<Item> sorted(List<Item> list) {
        List<Item> copy = new ArrayList<>(list);
        copy.sort(ORDER);
        return List.copyOf(copy);
    }
}
