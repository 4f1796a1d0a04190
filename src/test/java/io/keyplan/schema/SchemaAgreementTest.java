package io.keyplan.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Content;
import io.keyplan.validate.ContentValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue behind issue 12 §4: small files, each read by the loader and checked against the
 * published schema as an editor reads it ({@link Yaml12}). Whatever the loader accepts the schema
 * must accept, and whatever it rejects the schema must reject, unless the case says why no schema
 * can ("loader only"). Every disagreement is listed, not just the first.
 */
class SchemaAgreementTest {
    enum Kind {
        ACCOUNT,
        PORTAL,
        NOTE
    }

    /** {@code loaderOnly}: why a schema cannot see this mistake; null when it must. */
    record Case(Kind kind, String name, boolean accepted, String yaml, String loaderOnly) {}

    static final String HEAD = "name: Acme\nowner: Jan\n";
    static final List<Case> CASES = new ArrayList<>();

    static void accept(Kind k, String name, String yaml) {
        CASES.add(new Case(k, name, true, yaml, null));
    }

    static void reject(Kind k, String name, String yaml) {
        CASES.add(new Case(k, name, false, yaml, null));
    }

    static void loaderOnly(Kind k, String name, String yaml, String why) {
        CASES.add(new Case(k, name, false, yaml, why));
    }

    static {
        Kind A = Kind.ACCOUNT;
        // header
        accept(A, "minimal", HEAD);
        reject(A, "name missing", "owner: Jan\n");
        reject(A, "owner missing", "name: Acme\n");
        reject(A, "empty name in quotes", "name: \"\"\nowner: Jan\n");
        reject(A, "blank name", "name: \"  \"\nowner: Jan\n");
        reject(A, "name empty", "name:\nowner: Jan\n");
        accept(A, "number as name", "name: 42\nowner: Jan\n");
        accept(A, "owner in long form", "name: Acme\nowner: {name: Jan, email: jan@example.com, title: KAM}\n");
        reject(A, "owner without name", "name: Acme\nowner: {email: jan@example.com}\n");
        reject(A, "unknown key in owner", "name: Acme\nowner: {name: Jan, phone: 1}\n");
        accept(A, "number in a text field", HEAD + "industry: 42\n");
        accept(A, "boolean in a text field", HEAD + "region: true\n");
        accept(A, "date in a text field", HEAD + "business_unit: 2026-01-15\n");
        accept(A, "empty text field", HEAD + "industry:\n");
        accept(A, "tilde text field", HEAD + "industry: ~\n");
        accept(A, "null text field", HEAD + "region: null\n");
        accept(A, "empty quoted text", HEAD + "industry: \"\"\n");
        accept(A, "empty sponsor", HEAD + "sponsor:\n");
        reject(A, "unknown header key", HEAD + "nmae: typo\n");
        accept(A, "customer_since", HEAD + "customer_since: 2004\n");
        reject(A, "customer_since too early", HEAD + "customer_since: 1492\n");
        reject(A, "customer_since not whole", HEAD + "customer_since: 2004.5\n");
        accept(A, "customer_since in quotes", HEAD + "customer_since: \"2004\"\n");
        accept(A, "stage", HEAD + "stage: interdependent\n");
        reject(A, "stage not in list", HEAD + "stage: friendly\n");
        accept(A, "status at-risk", HEAD + "status: at-risk\n");
        reject(A, "status capitalised", HEAD + "status: Active\n");
        accept(A, "visibility public", HEAD + "visibility: public\n");
        reject(A, "visibility private", HEAD + "visibility: private\n");
        accept(A, "last_review", HEAD + "last_review: 2026-01-15\n");
        accept(A, "last_review leap day", HEAD + "last_review: 2024-02-29\n");
        reject(A, "last_review impossible day", HEAD + "last_review: 2026-02-30\n");
        reject(A, "last_review no leap year", HEAD + "last_review: 2026-02-29\n");
        reject(A, "last_review month 13", HEAD + "last_review: 2026-13-01\n");
        reject(A, "last_review not ISO", HEAD + "last_review: 15-01-2026\n");
        accept(A, "selection score", HEAD + "selection_scores: {revenue_potential: 8}\n");
        reject(A, "selection score 11", HEAD + "selection_scores: {revenue_potential: 11}\n");
        reject(A, "selection score 0", HEAD + "selection_scores: {revenue_potential: 0}\n");
        reject(A, "selection score not whole", HEAD + "selection_scores: {revenue_potential: 7.5}\n");
        accept(A, "completeness", HEAD + "completeness: {swot: 41-60, why: 81-100}\n");
        reject(A, "completeness not a section", HEAD + "completeness: {sowt: 0-20}\n");
        reject(A, "completeness not a band", HEAD + "completeness: {swot: 50}\n");
        // sections
        accept(A, "empty section", HEAD + "swot:\n");
        accept(A, "empty list section", HEAD + "key_players:\n");
        accept(A, "overview", HEAD + "overview:\n  why_key: big\n  expectations: {short_term: a, long_term: b}\n");
        reject(A, "overview unknown key", HEAD + "overview: {why: big}\n");
        accept(
                A,
                "key player",
                HEAD + "key_players:\n  - name: Eva\n    role: coach\n    influence: high\n"
                        + "    attitude: champion\n    mode: growth\n    known: true\n");
        accept(A, "empty list item", HEAD + "key_players:\n  - name: Eva\n  -\n");
        reject(A, "key player without name", HEAD + "key_players:\n  - title: CEO\n");
        reject(A, "key player role typo", HEAD + "key_players:\n  - {name: Eva, role: coach2}\n");
        reject(A, "known: yes", HEAD + "key_players:\n  - {name: Eva, known: yes}\n");
        reject(A, "known in quotes", HEAD + "key_players:\n  - {name: Eva, known: \"true\"}\n");
        accept(A, "known: True", HEAD + "key_players:\n  - {name: Eva, known: True}\n");
        accept(A, "known: FALSE", HEAD + "key_players:\n  - {name: Eva, known: FALSE}\n");
        accept(
                A,
                "business analysis lists",
                HEAD + "business_analysis:\n  mission: m\n  objectives: [a, 42, true]\n"
                        + "  business_model_canvas: {key_partners: [x], channels: []}\n");
        accept(A, "empty item in a text list", HEAD + "swot:\n  strengths:\n    - fast\n    -\n");
        accept(
                A,
                "strategy canvas",
                HEAD + "business_analysis:\n  strategy_canvas:\n    factors: [price, service]\n"
                        + "    curves: {us: [3, 8.5], rival: [7, 2]}\n");
        reject(
                A,
                "strategy canvas score 11",
                HEAD + "business_analysis:\n  strategy_canvas:\n" + "    curves: {us: [11]}\n");
        reject(
                A,
                "strategy canvas score text",
                HEAD + "business_analysis:\n  strategy_canvas:\n" + "    curves: {us: [high]}\n");
        accept(
                A,
                "business review",
                HEAD + "business_review:\n  revenue: {2024: 1200000, 2025: 1350000.5}\n"
                        + "  gross_margin_pct: 31.5\n  products: [{name: Pumps, revenue: {2025: 10}}]\n"
                        + "  quotes: {won: 3, lost: 1}\n");
        reject(A, "revenue year key", HEAD + "business_review: {revenue: {last: 5}}\n");
        reject(A, "margin over 100", HEAD + "business_review: {gross_margin_pct: 140}\n");
        reject(A, "product without name", HEAD + "business_review: {products: [{revenue: {2025: 1}}]}\n");
        accept(
                A,
                "competition",
                HEAD + "competition:\n  competitors: [{name: Rival, share_pct: 30}]\n"
                        + "  purchasing_process: tender\n");
        reject(A, "share over 100", HEAD + "competition: {competitors: [{name: Rival, share_pct: 130}]}\n");
        reject(A, "swot unknown key", HEAD + "swot: {strengths: [a], extra: 1}\n");
        accept(A, "ambition", HEAD + "ambition: {current_position: supplier, desired_position: strategic-partner}\n");
        reject(A, "ambition position", HEAD + "ambition: {desired_position: friend}\n");
        accept(A, "mission", HEAD + "mission: {statement: s, goals: [g]}\n");
        accept(A, "strategic fit", HEAD + "strategic_fit: {customer_success: a, our_return: b, added_value: c}\n");
        accept(
                A,
                "objective target number",
                HEAD + "objectives:\n  - objective: Grow\n    kind: quantitative\n"
                        + "    year: 2026\n    target: 2400000\n    actual: \"2100000\"\n");
        reject(A, "objective kind", HEAD + "objectives: [{objective: Grow, kind: numeric}]\n");
        reject(A, "objective without text", HEAD + "objectives: [{kind: qualitative}]\n");
        accept(
                A,
                "investments",
                HEAD + "investments:\n  by_us: [{item: pilot, amount: 20000}]\n" + "  commitments: [c]\n");
        reject(A, "investment amount text", HEAD + "investments: {by_us: [{item: pilot, amount: lots}]}\n");
        accept(
                A,
                "opportunity",
                HEAD + "opportunities:\n  - description: Pumps\n    value: 250000\n"
                        + "    probability: 60\n    close_date: 2026-06-30\n    stage: proposal\n");
        accept(A, "probability in quotes", HEAD + "opportunities: [{description: P, probability: \"60\"}]\n");
        accept(A, "empty probability", HEAD + "opportunities: [{description: P, probability: }]\n");
        reject(A, "probability over 100", HEAD + "opportunities: [{description: P, probability: 160}]\n");
        reject(A, "probability negative", HEAD + "opportunities: [{description: P, probability: -5}]\n");
        reject(A, "probability as text", HEAD + "opportunities: [{description: P, probability: high}]\n");
        reject(A, "probability with percent", HEAD + "opportunities: [{description: P, probability: 60%}]\n");
        reject(A, "value .inf", HEAD + "opportunities: [{description: P, value: .inf}]\n");
        reject(A, "value -.inf", HEAD + "opportunities: [{description: P, value: -.Inf}]\n");
        loaderOnly(
                A,
                "value 0x10",
                HEAD + "opportunities: [{description: P, value: 0x10}]\n",
                "an editor reads 0x10 as the number 16 before the schema sees it");
        loaderOnly(
                A,
                "value .nan",
                HEAD + "opportunities: [{description: P, value: .nan}]\n",
                "an editor reads .nan as a number, and no range check fails on it");
        loaderOnly(
                A,
                "probability 160 in quotes",
                HEAD + "opportunities: [{description: P, probability: \"160\"}]\n",
                "a schema checks ranges on numbers only, not on numbers written as text");
        reject(A, "opportunity close date", HEAD + "opportunities: [{description: P, close_date: 2026-06-31}]\n");
        reject(A, "opportunity stage", HEAD + "opportunities: [{description: P, stage: closed}]\n");
        accept(A, "forecast", HEAD + "forecast: {current_year_target: 1, year_1: 2, years_4_6: 300000}\n");
        reject(A, "forecast thousands separator", HEAD + "forecast: {year_1: \"1,000\"}\n");
        accept(
                A,
                "cross-sell",
                HEAD + "cross_sell:\n  products: [P, Q]\n  departments:\n"
                        + "    Ops: {P: current, Q: {status: opportunity, potential: 50000}}\n");
        reject(
                A,
                "cross-sell short form typo",
                HEAD + "cross_sell:\n  products: [P]\n" + "  departments: {Ops: {P: curent}}\n");
        reject(
                A,
                "cross-sell long form typo",
                HEAD + "cross_sell:\n  products: [P]\n" + "  departments: {Ops: {P: {status: curent}}}\n");
        reject(
                A,
                "cross-sell cell without status",
                HEAD + "cross_sell:\n  products: [P]\n" + "  departments: {Ops: {P: {potential: 5}}}\n");
        loaderOnly(
                A,
                "cross-sell unknown product",
                HEAD + "cross_sell:\n  products: [P]\n  departments: {Ops: {Q: current}}\n",
                "a reference: the product must be listed in products");
        accept(
                A,
                "actions",
                HEAD + "actions:\n  - action: Call\n    owner: Jan\n    due: 2026-03-31\n"
                        + "    status: done\n    section: swot\n");
        reject(A, "action status", HEAD + "actions: [{action: Call, status: finished}]\n");
        reject(A, "action section", HEAD + "actions: [{action: Call, section: sowt}]\n");
        reject(A, "action without text", HEAD + "actions: [{owner: Jan}]\n");
        accept(
                A,
                "team",
                HEAD + "key_players: [{name: Eva}]\n"
                        + "team:\n  members: [{name: Jan, role: KAM, customer_contact: Eva}]\n"
                        + "  agreements: weekly\n");
        reject(A, "team member without name", HEAD + "team: {members: [{role: KAM}]}\n");
        accept(A, "why", HEAD + "why: {statement: s, vision: v}\n");
        accept(A, "reviews", HEAD + "reviews:\n  - date: 2026-01-15\n    attendees: [Jan, Eva]\n    summary: ok\n");
        reject(A, "review without date", HEAD + "reviews: [{summary: ok}]\n");
        reject(A, "section as text", HEAD + "swot: good\n");
        reject(A, "list section as text", HEAD + "actions: call them\n");

        Kind P = Kind.PORTAL;
        accept(P, "empty portal", "title: Portal\n");
        accept(
                P,
                "portal settings",
                "title: Portal\norganisation: Us\nlanguage: nl\ncurrency: EUR\n"
                        + "fiscal_year: 2026\nbase_url: https://example.com/kam/\nmarkdown: {allow_html: false}\n");
        reject(P, "portal language", "language: fr\n");
        reject(P, "portal currency lower case", "currency: eur\n");
        reject(P, "portal currency number", "currency: 978\n");
        loaderOnly(P, "portal currency not ISO", "currency: ABC\n", "the list of ISO 4217 codes is the JDK's");
        reject(P, "portal unknown key", "titel: Portal\n");
        reject(P, "fiscal year text", "fiscal_year: next\n");
        accept(P, "review settings", "review: {cadence_days: 30, horizon_days: 90}\n");
        reject(P, "review cadence 0", "review: {cadence_days: 0}\n");
        reject(P, "review cadence not whole", "review: {cadence_days: 7.5}\n");
        accept(P, "tiers", "tiers: {platinum: 40, gold: 75}\n");
        reject(P, "tier over 100", "tiers: {gold: 120}\n");
        loaderOnly(P, "platinum above gold", "tiers: {platinum: 90, gold: 80}\n", "compares two settings");
        accept(P, "public sections", "public_sections: [overview, why]\n");
        accept(P, "no public sections", "public_sections: []\n");
        reject(P, "public section typo", "public_sections: [overvew]\n");
        accept(
                P,
                "selection",
                "selection:\n  attractiveness:\n    - {id: size, weight: 60}\n"
                        + "    - {id: growth, weight: 40}\n  position:\n    - {id: fit, weight: 100}\n  threshold: 5.5\n");
        reject(P, "criterion without id", "selection:\n  attractiveness:\n    - {weight: 100}\n");
        reject(P, "weight over 100", "selection:\n  attractiveness:\n    - {id: size, weight: 120}\n");
        reject(P, "threshold 11", "selection: {threshold: 11}\n");
        loaderOnly(
                P,
                "weights not adding up",
                "selection:\n  attractiveness:\n    - {id: size, weight: 60}\n    - {id: growth, weight: 30}\n",
                "a schema cannot add up the weights of a list");
        loaderOnly(
                P,
                "criterion id twice",
                "selection:\n  position:\n    - {id: fit, weight: 50}\n    - {id: fit, weight: 50}\n",
                "a schema cannot compare values across list items");

        Kind N = Kind.NOTE;
        accept(N, "note", "title: Visit\ndate: 2026-01-15\nauthor: Jan\ntags: [visit, plant]\n");
        accept(N, "note number title", "title: 2026\ndate: 2026-01-15\n");
        reject(N, "note without date", "title: Visit\n");
        reject(N, "note without title", "date: 2026-01-15\n");
        reject(N, "note impossible date", "title: Visit\ndate: 2026-04-31\n");
        reject(N, "note unknown key", "title: Visit\ndate: 2026-01-15\nauthr: Jan\n");
        accept(N, "note empty tags", "title: Visit\ndate: 2026-01-15\ntags:\n");
    }

    private static final Map<Kind, JsonSchema> SCHEMAS = new EnumMap<>(Kind.class);

    static JsonSchema schema(Kind k) {
        return SCHEMAS.computeIfAbsent(
                k,
                x -> JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                        .getSchema(SchemaGenerator.json(SchemaGenerator.Kind.valueOf(x.name()))));
    }

    @Test
    void theCatalogueIsLargeEnough() {
        assertTrue(CASES.size() >= 60, "cases: " + CASES.size());
    }

    @Test
    void loaderAndSchemaAgree(@TempDir Path tmp) throws Exception {
        List<String> problems = new ArrayList<>();
        int i = 0;
        for (Case c : CASES) {
            List<String> loaderErrors = load(c, tmp.resolve("c" + i++));
            JsonNode doc = Yaml12.read(c.yaml());
            Set<ValidationMessage> schemaErrors;
            try {
                schemaErrors = schema(c.kind()).validate(doc);
            } catch (NumberFormatException e) {
                // .nan: an editor's (JavaScript) validator takes NaN for a number that passes every
                // range; the Java validator cannot compare it at all. Both come to "accepted".
                schemaErrors = Set.of();
            }
            boolean loaderOk = loaderErrors.isEmpty();
            boolean schemaOk = schemaErrors.isEmpty();
            String label = c.kind() + " '" + c.name() + "'";
            if (loaderOk != c.accepted()) {
                problems.add(label + ": the catalogue says the loader " + (c.accepted() ? "accepts" : "rejects")
                        + " it, but it " + (loaderOk ? "accepts it" : "reports " + loaderErrors));
            }
            boolean schemaShould = c.loaderOnly() != null || loaderOk;
            if (schemaOk != schemaShould) {
                problems.add(label + ": the loader " + (loaderOk ? "accepts" : "rejects " + loaderErrors)
                        + " but the schema " + (schemaOk ? "accepts it" : "reports " + schemaErrors)
                        + (c.loaderOnly() != null ? " (loader only: " + c.loaderOnly() + ")" : ""));
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " disagreements:\n" + String.join("\n", problems));
    }

    /** The example portfolio, as an editor reads it: no red marks in portal.yaml, plans or notes. */
    @Test
    void theExampleContentPassesTheSchemas() throws Exception {
        List<String> problems = new ArrayList<>();
        Path content = Path.of("content");
        problems.addAll(
                check(Kind.PORTAL, content.resolve("portal.yaml"), Files.readString(content.resolve("portal.yaml"))));
        try (var files = Files.walk(content.resolve("accounts"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                if (p.getFileName().toString().equals("account.yaml")) {
                    problems.addAll(check(Kind.ACCOUNT, p, Files.readString(p)));
                } else if (p.getParent().getFileName().toString().equals("notes")
                        && p.toString().endsWith(".md")) {
                    String text = Files.readString(p);
                    int end = text.indexOf("\n---", 3);
                    if (text.startsWith("---\n") && end > 0) {
                        problems.addAll(check(Kind.NOTE, p, text.substring(4, end + 1)));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static List<String> check(Kind kind, Path file, String yaml) {
        return schema(kind).validate(Yaml12.read(yaml)).stream()
                .map(m -> file + ": " + m.getMessage())
                .toList();
    }

    private static List<String> load(Case c, Path content) throws Exception {
        Files.createDirectories(content.resolve("accounts/acme"));
        Diagnostics d = new Diagnostics();
        ContentLoader loader = new ContentLoader();
        switch (c.kind()) {
            case ACCOUNT -> {
                Files.writeString(content.resolve("accounts/acme/account.yaml"), c.yaml());
                // The whole load and the reference checks, as `keyplan validate` runs them.
                Content loaded = loader.load(content, LocalDate.of(2026, 11, 29), d);
                if (!d.hasErrors()) {
                    ContentValidator.validate(loaded, d);
                }
            }
            case PORTAL -> {
                Files.writeString(content.resolve("portal.yaml"), c.yaml());
                loader.portal(content, LocalDate.of(2026, 11, 29), d);
            }
            case NOTE -> {
                Files.writeString(content.resolve("accounts/acme/account.yaml"), HEAD);
                Files.createDirectories(content.resolve("accounts/acme/notes"));
                Files.writeString(
                        content.resolve("accounts/acme/notes/2026-01-15-visit.md"),
                        "---\n" + c.yaml() + "---\nText.\n");
                loader.account(content, "acme", d);
            }
        }
        return d.all().stream()
                .filter(Diagnostic::isError)
                .map(x -> x.at().line() + ":" + x.at().column() + " " + x.message())
                .collect(Collectors.toList());
    }
}
