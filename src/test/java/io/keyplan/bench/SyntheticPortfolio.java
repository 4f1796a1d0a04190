package io.keyplan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic content folder of N complete, valid account plans for the benchmark
 * ({@code bench/run}). Every section is filled so every page and chart is rendered; names
 * cross-reference each other the way real plans do, so the reference checks do real work.
 * The same N always gives byte-identical files: one seeded {@link Random}, a fixed date.
 *
 * <p>Usage: {@code SyntheticPortfolio N OUTPUT_DIR}
 */
public final class SyntheticPortfolio {

    /** "Today" for the generated plans; bench/run sets SOURCE_DATE_EPOCH to the same day. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final int FISCAL_YEAR = 2026;
    private static final long SEED = 20261123L;

    private static final List<String> FIRST = List.of(
            "Anna", "Bram", "Carla", "Daan", "Eva", "Femke", "Gert", "Hanna", "Ivo", "Jana", "Koen", "Lotte", "Milan",
            "Nora", "Otto", "Petra", "Ruben", "Sofie", "Tim", "Ulla", "Vera", "Wout", "Yara", "Zeno");
    private static final List<String> LAST = List.of(
            "Bakker",
            "de Vries",
            "Jansen",
            "Visser",
            "Smit",
            "Meijer",
            "Mulder",
            "de Boer",
            "Vos",
            "Peters",
            "Hendriks",
            "Dekker",
            "Brouwer",
            "Kramer",
            "Schulz",
            "Weber",
            "Fischer",
            "Wagner",
            "Becker",
            "Hoffmann");
    private static final List<String> INDUSTRIES = List.of(
            "Food processing",
            "Chemicals",
            "Logistics",
            "Energy",
            "Pharma",
            "Public sector",
            "Automotive",
            "Water",
            "Paper and pulp",
            "Healthcare");
    private static final List<String> REGIONS = List.of("Benelux", "DACH", "Nordics", "UK & Ireland", "France");
    private static final List<String> UNITS = List.of("Asset Services", "Digital", "Projects");
    private static final List<String> STAGES =
            List.of("exploratory", "basic", "cooperative", "interdependent", "integrated");
    private static final List<String> ROLES =
            List.of("decision-maker", "economic-buyer", "technical-buyer", "user-buyer", "coach", "influencer");
    private static final List<String> TITLES =
            List.of("CEO", "CFO", "COO", "Head of Procurement", "IT/OT Manager", "Maintenance Manager");
    private static final List<String> INFLUENCE = List.of("high", "medium", "low");
    private static final List<String> ATTITUDES = List.of("champion", "supporter", "neutral", "critic", "opponent");
    private static final List<String> MODES = List.of("growth", "trouble", "even-keel", "overconfident");
    private static final List<String> POSITIONS =
            List.of("supplier", "preferred-supplier", "partner", "strategic-partner");
    private static final List<String> PRODUCTS = List.of(
            "Field service contract", "Monitoring platform", "Spare parts management", "Calibration", "Energy audit");
    private static final List<String> DEPARTMENTS =
            List.of("Plant North", "Plant South", "Central engineering", "Distribution centre");
    private static final List<String> OPEN_STAGES = List.of("identified", "qualified", "proposal", "negotiation");
    private static final List<String> CELLS = List.of("current", "competitor", "internal", "no-fit", "unknown");
    private static final List<String> SECTIONS = List.of(
            "overview",
            "key_players",
            "business_analysis",
            "business_review",
            "competition",
            "swot",
            "ambition",
            "mission",
            "strategic_fit",
            "objectives",
            "investments",
            "opportunities",
            "forecast",
            "actions",
            "team",
            "why");
    /** The default selection criteria of spec 6.3; portal.yaml leaves {@code selection} at its default. */
    static final List<String> CRITERIA = List.of(
            "revenue_potential",
            "profitability",
            "strategic_fit",
            "innovation_potential",
            "relationship_strength",
            "share_of_wallet",
            "competitive_advantage",
            "reputation");

    private SyntheticPortfolio() {}

    public static void main(String[] args) {
        if (args.length != 2 || !args[0].matches("[0-9]+")) {
            System.err.println("usage: SyntheticPortfolio N OUTPUT_DIR");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        write(n, out);
        System.out.println("wrote " + n + " plans to " + out);
    }

    /** Writes portal.yaml and N account folders into {@code out} (created when missing). */
    public static void write(int n, Path out) {
        Random random = new Random(SEED);
        write(out.resolve("portal.yaml"), portal());
        for (int i = 1; i <= n; i++) {
            Path dir = out.resolve("accounts").resolve(slug(i));
            write(dir.resolve("account.yaml"), plan(i, random));
            write(dir.resolve("swot.md"), narrative(i));
        }
    }

    static String slug(int i) {
        return String.format(Locale.ROOT, "account-%05d", i);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String portal() {
        return "# Synthetic portfolio for benchmarks (io.keyplan.bench.SyntheticPortfolio).\n"
                + "title: Synthetic Key Account Portal\n"
                + "organisation: Benchmark Industrial Services\n"
                + "language: en\n"
                + "currency: EUR\n"
                + "fiscal_year: " + FISCAL_YEAR + "\n"
                + "review:\n  cadence_days: 30\n  horizon_days: 90\n"
                + "tiers:\n  platinum: 50\n  gold: 80\n";
    }

    static String narrative(int i) {
        return "Honest picture of **Customer " + i + "** after the last review:\n\n"
                + "- The strength that matters most is our response time.\n"
                + "- The weakness that hurts most is our price per hour.\n\n"
                + "> \"Show us what it delivers.\"\n";
    }

    /** One complete plan; every random draw goes through {@code r} in a fixed order. */
    static String plan(int i, Random r) {
        Yaml y = new Yaml();
        String customer = "Customer " + i + " " + pick(r, List.of("Group", "B.V.", "GmbH", "Ltd", "SA"));
        List<String> team = names(r, 6);
        List<String> players = names(r, 6);
        y.line(0, "name", q(customer));
        y.open(0, "owner");
        y.line(1, "name", q(team.get(0)));
        y.line(1, "email", q("owner" + i + "@example.com"));
        y.line(1, "title", q("Key Account Manager"));
        y.line(0, "sponsor", q(team.get(1)));
        y.line(0, "industry", q(pick(r, INDUSTRIES)));
        y.line(0, "region", q(pick(r, REGIONS)));
        y.line(0, "business_unit", q(pick(r, UNITS)));
        y.line(0, "customer_since", 1995 + r.nextInt(30));
        y.line(0, "stage", pick(r, STAGES));
        y.line(0, "status", i % 10 == 0 ? "at-risk" : "active");
        y.line(0, "visibility", i % 2 == 0 ? "public" : "internal");
        y.line(0, "last_review", TODAY.minusDays(3 + r.nextInt(20)));

        y.open(0, "selection_scores");
        for (String c : CRITERIA) {
            y.line(1, c, 1 + r.nextInt(10));
        }
        y.open(0, "completeness");
        for (String s : SECTIONS) {
            y.line(1, s, "81-100");
        }

        y.open(0, "overview");
        y.line(1, "why_key", q(customer + " is one of our largest customers in its segment."));
        y.open(1, "expectations");
        y.line(2, "short_term", q("Renew the service contract for three years."));
        y.line(2, "long_term", q("Become the single maintenance partner for all sites."));

        y.open(0, "key_players");
        for (int p = 0; p < players.size(); p++) {
            y.item(1, "name", q(players.get(p)));
            y.line(2, "title", q(TITLES.get(p)));
            y.line(2, "department", q(p == 0 ? "Executive board" : pick(r, DEPARTMENTS)));
            y.line(2, "role", ROLES.get(p));
            y.line(2, "influence", pick(r, INFLUENCE));
            y.line(2, "attitude", pick(r, ATTITUDES));
            y.line(2, "mode", pick(r, MODES));
            y.line(2, "known", r.nextInt(5) != 0);
            y.line(2, "our_contact", q(team.get(p)));
            if (p > 0) {
                // A small tree: 0 is the top; 1 and 2 report to 0; 3 and 4 to 1; 5 to 2.
                y.line(2, "reports_to", q(players.get(p <= 2 ? 0 : p <= 4 ? 1 : 2)));
            }
            y.line(2, "notes", q("Met " + (1 + r.nextInt(12)) + " times this year."));
        }

        y.open(0, "business_analysis");
        y.line(1, "mission", q("Reliable products at a fair cost per unit."));
        y.line(1, "strategy", q("Grow revenue by 8 % a year through automation."));
        y.line(1, "value_chain", q("Inbound -> production -> storage -> distribution."));
        y.list(1, "objectives", List.of("OEE from 71 % to 80 %", "Energy per unit down 15 %"));
        y.list(1, "business_units", List.of("Production", "Logistics"));
        y.list(1, "activities", List.of("Production", "Distribution"));
        y.list(1, "market_developments", List.of("Margins under pressure", "Scarce technicians"));
        y.list(1, "agenda", List.of("ERP migration", "New distribution centre"));
        y.open(1, "business_model_canvas");
        for (String k : List.of(
                "key_partners",
                "key_activities",
                "key_resources",
                "value_propositions",
                "customer_relationships",
                "channels",
                "customer_segments",
                "cost_structure",
                "revenue_streams")) {
            y.inline(2, k, List.of(q("First " + k.replace('_', ' ')), q("Second " + k.replace('_', ' '))));
        }
        y.open(1, "strategy_canvas");
        List<String> factors = List.of("Price", "Response time", "Know-how", "Software");
        y.inline(2, "factors", factors.stream().map(SyntheticPortfolio::q).toList());
        y.open(2, "curves");
        for (String who : List.of("Us", "Competitor A")) {
            y.inline(
                    3,
                    q(who),
                    factors.stream().map(f -> String.valueOf(1 + r.nextInt(10))).toList());
        }

        int base = 200_000 + r.nextInt(50) * 50_000;
        y.open(0, "business_review");
        y.open(1, "revenue");
        for (int year = FISCAL_YEAR - 4; year <= FISCAL_YEAR; year++) {
            y.line(2, String.valueOf(year), base + (year - FISCAL_YEAR + 4) * 25_000);
        }
        y.line(1, "gross_margin_pct", 20 + r.nextInt(20));
        y.line(1, "net_contribution_pct", 5 + r.nextInt(10));
        y.line(1, "customer_spend", base * 3);
        y.open(1, "products");
        for (String product : PRODUCTS.subList(0, 3)) {
            y.item(2, "name", q(product));
            y.open(3, "revenue");
            for (int year = FISCAL_YEAR - 2; year <= FISCAL_YEAR; year++) {
                y.line(4, String.valueOf(year), base / 4 + r.nextInt(20) * 1000);
            }
        }
        y.open(1, "quotes");
        y.line(2, "won", r.nextInt(15));
        y.line(2, "lost", r.nextInt(8));

        y.open(0, "competition");
        y.open(1, "competitors");
        for (String c : List.of("Competitor A", "Own maintenance department")) {
            y.item(2, "name", q(c));
            y.line(3, "share_pct", 10 + r.nextInt(30));
            y.line(3, "strengths", q("Lower hourly rates."));
            y.line(3, "weaknesses", q("No predictive software."));
        }
        y.line(1, "purchasing_strategy", q("Preferred-supplier list, reviewed every three years."));
        y.line(1, "purchasing_process", q("Request -> technical evaluation -> negotiation -> CFO signs."));

        y.open(0, "swot");
        y.list(1, "strengths", List.of("Fast response", "Proven software"));
        y.list(1, "weaknesses", List.of("Hourly rates above market"));
        y.list(1, "opportunities", List.of("New distribution centre"));
        y.list(1, "threats", List.of("Tender driven by procurement"));

        y.open(0, "ambition");
        y.line(1, "current_position", POSITIONS.get(r.nextInt(2)));
        y.line(1, "desired_position", POSITIONS.get(2 + r.nextInt(2)));
        y.line(1, "selling_method", q("Value selling at board level."));
        y.line(1, "realistic_in_3_years", q("Partner for all plants."));

        y.open(0, "mission");
        y.line(1, "statement", q("Together we keep every line running."));
        y.list(1, "goals", List.of("OEE at 80 % by 2028"));

        y.open(0, "strategic_fit");
        y.line(1, "customer_success", q("Higher OEE and lower energy cost."));
        y.line(1, "our_return", q("A three-year contract above our average margin."));
        y.line(1, "added_value", q("Technicians, software and know-how from one supplier."));

        y.open(0, "objectives");
        y.item(1, "objective", q("Revenue " + FISCAL_YEAR));
        y.line(2, "kind", "quantitative");
        y.line(2, "year", FISCAL_YEAR);
        y.line(2, "kpi", q("Invoiced revenue (EUR)"));
        y.line(2, "target", q(String.valueOf(base + 110_000)));
        y.line(2, "actual", q(String.valueOf(base + 100_000)));
        y.item(1, "objective", q("Meet the quality manager"));
        y.line(2, "kind", "qualitative");
        y.line(2, "year", FISCAL_YEAR + 1);
        y.line(2, "kpi", q("Meeting held"));
        y.line(2, "target", q("Audit scheduled"));
        y.line(2, "actual", q("Not met yet"));

        y.open(0, "investments");
        y.open(1, "by_customer");
        y.item(2, "item", q("Sensor network"));
        y.line(3, "amount", 20_000 + r.nextInt(50) * 1000);
        y.open(1, "by_us");
        y.item(2, "item", q("Reliability engineer on site"));
        y.line(3, "amount", 30_000 + r.nextInt(50) * 1000);
        y.list(1, "commitments", List.of("Response under 4 hours", "Monthly report"));

        y.open(0, "opportunities");
        for (int o = 0; o < 5; o++) {
            boolean won = o == 4;
            y.item(1, "description", q("Opportunity " + (o + 1) + " for " + customer));
            y.line(2, "department", q(DEPARTMENTS.get(o % DEPARTMENTS.size())));
            y.line(2, "product", q(PRODUCTS.get(o)));
            y.line(2, "value", 10_000 + r.nextInt(100) * 5_000);
            y.line(2, "probability", won ? 100 : 10 + 10 * r.nextInt(8));
            y.line(2, "close_date", won ? TODAY.minusDays(30 + r.nextInt(60)) : TODAY.plusDays(30 + r.nextInt(200)));
            y.line(2, "stage", won ? "won" : pick(r, OPEN_STAGES));
        }

        y.open(0, "forecast");
        y.line(1, "current_year_target", base + 110_000);
        y.line(1, "year_1", base + 150_000);
        y.line(1, "year_2", base + 200_000);
        y.line(1, "year_3", base + 260_000);
        y.line(1, "years_4_6", (base + 300_000) * 3);

        y.open(0, "cross_sell");
        y.inline(1, "products", PRODUCTS.stream().map(SyntheticPortfolio::q).toList());
        y.open(1, "departments");
        for (String d : DEPARTMENTS) {
            y.open(2, q(d));
            for (String p : PRODUCTS) {
                if (r.nextInt(4) == 0) {
                    y.line(3, q(p), "{status: opportunity, potential: " + (5_000 + r.nextInt(40) * 5_000) + "}");
                } else {
                    y.line(3, q(p), pick(r, CELLS));
                }
            }
        }

        y.open(0, "actions");
        for (int a = 0; a < 8; a++) {
            // Two done actions in the past, six open ones reaching past the 90-day horizon.
            boolean done = a < 2;
            y.item(1, "action", q("Action " + (a + 1) + ": follow up with " + players.get(a % players.size())));
            y.line(2, "owner", q(team.get(a % team.size())));
            y.line(2, "due", done ? TODAY.minusDays(10 + r.nextInt(30)) : TODAY.plusDays(5 + a * 15 + r.nextInt(10)));
            y.line(2, "status", done ? "done" : "open");
            y.line(2, "section", SECTIONS.get(r.nextInt(SECTIONS.size())));
        }

        y.open(0, "team");
        y.open(1, "members");
        for (int m = 0; m < team.size(); m++) {
            y.item(2, "name", q(team.get(m)));
            y.line(3, "department", q(m == 1 ? "Executive board" : pick(r, UNITS)));
            y.line(3, "role", q(m == 0 ? "Key account manager" : m == 1 ? "Executive sponsor" : "Account team"));
            y.line(3, "customer_contact", q(players.get(m)));
        }
        y.line(1, "agreements", q("The team meets every second Monday."));

        y.open(0, "why");
        y.line(1, "statement", q(customer + " is a showcase for our segment."));
        y.line(1, "vision", q("By 2029 we run maintenance for every site."));

        y.open(0, "reviews");
        for (int v = 2; v >= 0; v--) {
            y.item(1, "date", TODAY.minusDays(3 + v * 30L));
            y.inline(
                    2,
                    "attendees",
                    team.subList(0, 3).stream().map(SyntheticPortfolio::q).toList());
            y.line(2, "summary", q("Review " + (3 - v) + ": plan updated."));
        }
        return y.toString();
    }

    /** {@code count} distinct "First Last" names. */
    private static List<String> names(Random r, int count) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        while (names.size() < count) {
            names.add(pick(r, FIRST) + " " + pick(r, LAST));
        }
        return List.copyOf(names);
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** A double-quoted YAML scalar, so no text can be misread as a number, date or boolean. */
    static String q(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Just enough of a YAML writer for block mappings, block lists and flow lists. */
    private static final class Yaml {
        private final StringBuilder out = new StringBuilder();

        void line(int depth, String key, Object value) {
            out.append("  ".repeat(depth))
                    .append(key)
                    .append(": ")
                    .append(value)
                    .append('\n');
        }

        void open(int depth, String key) {
            out.append("  ".repeat(depth)).append(key).append(":\n");
        }

        /** Starts a list item at {@code depth}; its further keys go at {@code depth + 1}. */
        void item(int depth, String key, Object value) {
            out.append("  ".repeat(depth - 1))
                    .append("  - ")
                    .append(key)
                    .append(": ")
                    .append(value)
                    .append('\n');
        }

        void list(int depth, String key, List<String> items) {
            open(depth, key);
            for (String item : items) {
                out.append("  ".repeat(depth)).append("  - ").append(q(item)).append('\n');
            }
        }

        void inline(int depth, String key, List<String> items) {
            line(depth, key, "[" + String.join(", ", items) + "]");
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
