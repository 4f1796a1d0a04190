package io.keyplan.render;

import io.keyplan.analyse.TargetMet;
import io.keyplan.model.Account;
import io.keyplan.model.Action;
import io.keyplan.model.BusinessModelCanvas;
import io.keyplan.model.CellStatus;
import io.keyplan.model.CrossSell;
import io.keyplan.model.CrossSellCell;
import io.keyplan.model.Narrative;
import io.keyplan.model.Objective;
import io.keyplan.model.Origin;
import io.keyplan.model.PlanParts;
import io.keyplan.model.Product;
import io.keyplan.model.RecordWalker;
import io.keyplan.model.SectionId;
import io.keyplan.model.StrategyCanvas;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An account shaped for its page: the sections in order with their narrative and whether
 * they are empty, and the tables that need a little arranging (years, grids). Template
 * variable {@code view}; the raw plan is {@code plan}.
 */
public final class AccountView {
    private final Account account;
    private final LocalDate buildDate;
    /**
     * Worked out on first use: the account page, its printed plan and the section partials ask
     * for these several times each. A view serves one account on one thread. Transient: a page's
     * cache key ({@link PageCache}) is of the account and the date they are worked out from.
     */
    private transient List<Section> sections;

    private transient List<Integer> revenueYears;
    private transient List<String> crossSellProducts;

    public AccountView(Account account, LocalDate buildDate) {
        this.account = account;
        this.buildDate = buildDate;
    }

    /** One section of the plan; {@code narrative} is the Markdown of {@code <id>.md} or null. */
    public record Section(SectionId id, int number, String code, String narrative, boolean empty) {}

    public record Row(String name, List<Double> values) {}

    public record Cell(String product, CellStatus status, Double potential) {}

    public record CrossRow(String department, List<Cell> cells) {}

    /** A block of the business model canvas; {@code area} is its place in the CSS grid. */
    public record CanvasBlock(String key, String area, List<String> items) {}

    public List<Section> sections() {
        if (sections == null) {
            sections = computeSections();
        }
        return sections;
    }

    private List<Section> computeSections() {
        List<Section> out = new ArrayList<>();
        for (SectionId id : SectionId.values()) {
            Narrative n = account.narrative(id);
            String md = n == null || n.isBlank() ? null : n.markdown();
            out.add(new Section(id, id.number(), id.code(), md, md == null && !hasData(id)));
        }
        return List.copyOf(out);
    }

    /** True when the plan holds anything for the section (its narrative aside). */
    public boolean hasData(SectionId id) {
        for (Object part : PlanParts.of(id, account.plan())) {
            if (filled(part)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value holds anything: not null, not blank, not an empty list, map or record. */
    public static boolean filled(Object value) {
        // The walk stops at the first value that is something.
        return !RecordWalker.visit(value, (v, at) -> v instanceof Origin || v instanceof String s && s.isBlank());
    }

    /** Open and due before the build date (spec 6.6). */
    public boolean overdue(Action action) {
        return action.overdueOn(buildDate);
    }

    public long overdueCount() {
        return account.plan().actions().stream().filter(this::overdue).count();
    }

    /** The action plan by due date, earliest first, actions without a date last (stable otherwise). */
    public List<Action> actionsByDue() {
        return account.plan().actions().stream()
                .sorted(java.util.Comparator.comparing(
                        Action::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /** Whether the objective's actual reaches its target; null when they cannot be compared (see TargetMet). */
    public Boolean targetMet(Objective objective) {
        return TargetMet.of(objective.target(), objective.actual());
    }

    /** True when at least one objective can be judged met or not, so the column is worth showing. */
    public boolean anyTargetJudged() {
        return account.plan().objectives().stream().anyMatch(o -> targetMet(o) != null);
    }

    /** Every year in the revenue of the account or of a product, oldest first. */
    public List<Integer> revenueYears() {
        if (revenueYears != null) {
            return revenueYears;
        }
        TreeSet<Integer> years = new TreeSet<>();
        var review = account.plan().businessReview();
        if (review != null) {
            years.addAll(review.revenue().keySet());
            for (Product p : review.products()) {
                years.addAll(p.revenue().keySet());
            }
        }
        revenueYears = List.copyOf(years);
        return revenueYears;
    }

    /** Revenue per year for the account as a whole; a missing year is null. */
    public List<Double> revenueByYear() {
        var review = account.plan().businessReview();
        List<Double> out = new ArrayList<>();
        for (Integer y : revenueYears()) {
            out.add(review == null ? null : review.revenue().get(y));
        }
        return out;
    }

    /** One row per product, one value per year of {@link #revenueYears()}. */
    public List<Row> productRows() {
        var review = account.plan().businessReview();
        List<Row> rows = new ArrayList<>();
        if (review == null) {
            return rows;
        }
        List<Integer> years = revenueYears();
        for (Product p : review.products()) {
            List<Double> values = new ArrayList<>();
            for (Integer y : years) {
                values.add(p.revenue().get(y));
            }
            rows.add(new Row(p.name(), values));
        }
        return rows;
    }

    /** Factors down, players across: one row per factor with each player's score. */
    public List<String> canvasPlayers() {
        StrategyCanvas c = strategyCanvas();
        return c == null ? List.of() : List.copyOf(c.curves().keySet());
    }

    public List<Row> canvasRows() {
        StrategyCanvas c = strategyCanvas();
        List<Row> rows = new ArrayList<>();
        if (c == null) {
            return rows;
        }
        for (int i = 0; i < c.factors().size(); i++) {
            List<Double> scores = new ArrayList<>();
            for (List<Double> curve : c.curves().values()) {
                scores.add(i < curve.size() ? curve.get(i) : null);
            }
            rows.add(new Row(c.factors().get(i), scores));
        }
        return rows;
    }

    private StrategyCanvas strategyCanvas() {
        var a = account.plan().businessAnalysis();
        return a == null ? null : a.strategyCanvas();
    }

    /** The nine blocks in the canvas's usual reading order; empty blocks are kept, they show the gap. */
    public List<CanvasBlock> canvasBlocks() {
        var a = account.plan().businessAnalysis();
        BusinessModelCanvas c = a == null ? null : a.businessModelCanvas();
        if (!filled(c)) {
            return List.of();
        }
        return List.of(
                new CanvasBlock("key_partners", "kp", c.keyPartners()),
                new CanvasBlock("key_activities", "ka", c.keyActivities()),
                new CanvasBlock("key_resources", "kr", c.keyResources()),
                new CanvasBlock("value_propositions", "vp", c.valuePropositions()),
                new CanvasBlock("customer_relationships", "cr", c.customerRelationships()),
                new CanvasBlock("channels", "ch", c.channels()),
                new CanvasBlock("customer_segments", "cs", c.customerSegments()),
                new CanvasBlock("cost_structure", "cost", c.costStructure()),
                new CanvasBlock("revenue_streams", "rev", c.revenueStreams()));
    }

    /** The cross-sell products: those listed, then any named only in a department. */
    public List<String> crossSellProducts() {
        if (crossSellProducts != null) {
            return crossSellProducts;
        }
        CrossSell cs = account.plan().crossSell();
        if (cs == null) {
            crossSellProducts = List.of();
            return crossSellProducts;
        }
        List<String> products = new ArrayList<>(cs.products());
        for (Map<String, CrossSellCell> row : cs.departments().values()) {
            for (String p : row.keySet()) {
                if (!products.contains(p)) {
                    products.add(p);
                }
            }
        }
        crossSellProducts = List.copyOf(products);
        return crossSellProducts;
    }

    public List<CrossRow> crossSellRows() {
        CrossSell cs = account.plan().crossSell();
        List<CrossRow> rows = new ArrayList<>();
        if (cs == null) {
            return rows;
        }
        List<String> products = crossSellProducts();
        for (Map.Entry<String, Map<String, CrossSellCell>> dept :
                cs.departments().entrySet()) {
            List<Cell> cells = new ArrayList<>();
            for (String p : products) {
                CrossSellCell c = dept.getValue().get(p);
                cells.add(c == null ? new Cell(p, null, null) : new Cell(p, c.status(), c.potential()));
            }
            rows.add(new CrossRow(dept.getKey(), cells));
        }
        return rows;
    }

    /** The statuses in the order the legend shows them. */
    public List<CellStatus> cellStatuses() {
        return List.of(CellStatus.values());
    }
}
