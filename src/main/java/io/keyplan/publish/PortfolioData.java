package io.keyplan.publish;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.keyplan.analyse.AccountFigures;
import io.keyplan.analyse.Money;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.analyse.SectionCompleteness;
import io.keyplan.analyse.Selection;
import io.keyplan.history.AccountHistory;
import io.keyplan.history.Change;
import io.keyplan.history.History;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Band;
import io.keyplan.model.Content;
import io.keyplan.model.SectionId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code data/portfolio.json} and {@code data/portfolio.csv} of spec section 7: the computed
 * figures, one record per account.
 *
 * <p>Which accounts: all of them, archived and prospects included, one record each in slug order,
 * because the files are for people who analyse the portfolio themselves and filter on
 * {@code status}; archived accounts simply have no rank. (A public build writes neither file.)
 *
 * <p>{@code tier_basis} (top level) says once what every {@code tier} was ranked by: {@code profit}
 * or {@code revenue} (spec 6.4); {@code profit} is null without a net contribution.
 *
 * <p>Units and rounding: amounts ({@code current_revenue, profit, weighted_pipeline}) in the
 * portal currency with two decimals; {@code share_of_wallet}, {@code growth}, {@code completeness}
 * and {@code sections} in % with one decimal; {@code attractiveness} and {@code position} with two
 * decimals; {@code self_assessed} holds all sixteen section ids, null where not assessed.
 *
 * <p>CSV: the same columns in the same order, a header row, RFC 4180 (comma separated, CRLF line
 * ends, fields with a comma, quote or line break in double quotes, quotes doubled). None is an
 * empty field. Lists are joined with {@code ;}; the two maps ({@code sections}, {@code self_assessed})
 * are written as {@code id=value} pairs joined with {@code ;}. A text field that starts with
 * {@code = + - @} gets a leading {@code '} so a spreadsheet does not run it as a formula.
 *
 * <p>When the content is in git ({@link History#available()}), each record also has
 * {@code last_changed} and {@code sections_changed} (all sixteen ids, null where git never saw the
 * section change), and the CSV a last column {@code last_changed}; without git neither key is there.
 * The dates are commit dates in UTC. No author is written, in any build.
 */
public final class PortfolioData {
    /** The record keys, in the spec's order. */
    public static final List<String> COLUMNS = List.of(
            "slug",
            "name",
            "owner",
            "status",
            "stage",
            "region",
            "industry",
            "business_unit",
            "completeness",
            "sections",
            "self_assessed",
            "current_revenue",
            "share_of_wallet",
            "profit",
            "weighted_pipeline",
            "growth",
            "attractiveness",
            "position",
            "position_basis",
            "quadrant",
            "rank",
            "tier",
            "last_review",
            "stale",
            "overdue_actions",
            "health",
            "risks");

    private static final Set<String> TEXT = Set.of("slug", "name", "owner", "region", "industry", "business_unit");

    /** Jackson's streaming writer: the object mapper would load hundreds of classes for a few plain maps. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private PortfolioData() {}

    /** The keys a record has when the content is in git (spec 7), after {@link #COLUMNS}; the CSV has only the first. */
    public static final List<String> HISTORY_KEYS = List.of("last_changed", "sections_changed");

    /** Without git history: the records have no {@link #HISTORY_KEYS}. */
    public static String json(Content content, PortfolioAnalysis analysis, LocalDate buildDate) {
        return json(content, analysis, buildDate, History.none());
    }

    public static String json(Content content, PortfolioAnalysis analysis, LocalDate buildDate, History history) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generated", buildDate.toString());
        root.put("fiscal_year", content.portal().fiscalYear());
        root.put("currency", content.portal().currency());
        root.put("tier_basis", content.portal().tierBasis().code());
        root.put("accounts", records(content, analysis, history, buildDate));
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            write(g, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void write(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Iterable<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof String str) {
            g.writeString(str);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else {
            throw new IllegalStateException("no JSON form for " + v.getClass().getSimpleName());
        }
    }

    /** Without git history: no {@code last_changed} column. */
    public static String csv(Content content, PortfolioAnalysis analysis, LocalDate buildDate) {
        return csv(content, analysis, buildDate, History.none());
    }

    public static String csv(Content content, PortfolioAnalysis analysis, LocalDate buildDate, History history) {
        List<String> columns = new ArrayList<>(COLUMNS);
        if (history.available()) {
            columns.add(HISTORY_KEYS.get(0));
        }
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", columns)).append("\r\n");
        for (Map<String, Object> record : records(content, analysis, history, buildDate)) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                String cell = cell(record.get(column));
                cells.add(quote(TEXT.contains(column) ? defuse(cell) : cell));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    /** One ordered map per account, with the keys of {@link #COLUMNS}. */
    static List<Map<String, Object>> records(Content content, PortfolioAnalysis analysis) {
        return records(content, analysis, History.none(), null);
    }

    /**
     * One ordered map per account, with the keys of {@link #COLUMNS} and, when there is a history,
     * {@link #HISTORY_KEYS}. A change not yet committed is dated {@code buildDate}: it is in the
     * files the site was built from, and a build from a checkout (CI) never has one.
     */
    static List<Map<String, Object>> records(
            Content content, PortfolioAnalysis analysis, History history, LocalDate buildDate) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Account account : content.accounts()) {
            AccountFigures f = analysis.account(account.slug());
            if (f != null) {
                Map<String, Object> r = record(account.plan(), f);
                if (history.available()) {
                    AccountHistory h = history.of(account.slug());
                    r.put("last_changed", date(h.lastChanged(), buildDate));
                    Map<String, Object> sections = new LinkedHashMap<>();
                    for (SectionId id : SectionId.values()) {
                        sections.put(id.code(), date(h.section(id), buildDate));
                    }
                    r.put("sections_changed", sections);
                }
                out.add(r);
            }
        }
        return out;
    }

    private static String date(Change change, LocalDate buildDate) {
        if (change == null) {
            return null;
        }
        return (change.committed() ? change.date() : buildDate).toString();
    }

    private static Map<String, Object> record(AccountPlan p, AccountFigures f) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("slug", f.slug());
        r.put("name", p.name());
        r.put("owner", p.owner() == null ? null : p.owner().name());
        r.put("status", p.effectiveStatus().code());
        r.put("stage", p.stage() == null ? null : p.stage().code());
        r.put("region", p.region());
        r.put("industry", p.industry());
        r.put("business_unit", p.businessUnit());
        r.put("completeness", fixed(f.completeness().percent(), 1));
        Map<String, Object> sections = new LinkedHashMap<>();
        Map<String, Object> self = new LinkedHashMap<>();
        for (SectionCompleteness s : f.completeness().sections()) {
            sections.put(s.id(), fixed(s.percent(), 1));
            Band b = s.selfAssessed();
            self.put(s.id(), b == null ? null : b.code());
        }
        r.put("sections", sections);
        r.put("self_assessed", self);
        Money m = f.money();
        r.put("current_revenue", fixed(m.currentRevenue(), 2));
        r.put("share_of_wallet", fixed(m.shareOfWallet(), 1));
        r.put("profit", fixed(m.profit(), 2));
        r.put("weighted_pipeline", fixed(m.weightedPipeline(), 2));
        r.put("growth", fixed(m.growth(), 1));
        Selection s = f.selection();
        r.put("attractiveness", fixed(s.attractiveness(), 2));
        r.put("position", fixed(s.position(), 2));
        r.put(
                "position_basis",
                s.positionBasis() == null ? null : s.positionBasis().code());
        r.put("quadrant", s.quadrant() == null ? null : s.quadrant().code());
        r.put("rank", f.rank());
        r.put("tier", f.tier() == null ? null : f.tier().code());
        r.put(
                "last_review",
                f.review().lastReview() == null ? null : f.review().lastReview().toString());
        r.put("stale", f.review().stale());
        r.put("overdue_actions", f.overdueCount());
        r.put("health", f.health().code());
        r.put("risks", f.riskIds());
        return r;
    }

    private static BigDecimal fixed(Double value, int decimals) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(x -> parts.add(cell(x)));
            return String.join(";", parts);
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add(k + "=" + cell(v)));
            return String.join(";", parts);
        }
        return String.valueOf(value);
    }

    private static String defuse(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** RFC 4180: quote a field holding a comma, a double quote or a line break; double the quotes. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
