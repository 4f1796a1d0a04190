package io.keyplan.analyse;

import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Content;
import io.keyplan.model.Narrative;
import io.keyplan.model.Portal;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import io.keyplan.testing.Records;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Test plans and accounts for the analysis tests, and for the tests of what is written from an analysis. */
public final class Plans {
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Portal PORTAL = Portal.of(null, 2026);

    /** A plan that passes every one of the 54 checks on {@link #TODAY} with the default portal. */
    public static final String FULL = """
            name: Full Co
            owner: Jan
            sponsor: Eva
            stage: cooperative
            last_review: 2026-05-20
            overview:
              why_key: biggest customer
              expectations: {short_term: grow, long_term: partner}
            key_players:
              - {name: Anna, role: economic-buyer, attitude: champion, influence: high, our_contact: Jan}
              - {name: Bob, role: coach, attitude: supporter, our_contact: Eva}
            business_analysis:
              mission: feed the world
              strategy: low cost
              objectives: [grow]
              market_developments: [consolidation]
              agenda: [cost cutting]
            business_review:
              revenue: {2025: 900000, 2026: 1000000}
              gross_margin_pct: 30
              net_contribution_pct: 12
              customer_spend: 4000000
            competition:
              competitors: [{name: Rival}]
              purchasing_strategy: tenders
              purchasing_process: three quotes
            swot: {strengths: [a], weaknesses: [b], opportunities: [c], threats: [d]}
            ambition: {current_position: supplier, desired_position: partner, selling_method: value, realistic_in_3_years: preferred}
            mission: {statement: together, goals: [one]}
            strategic_fit: {customer_success: yes, our_return: margin, added_value: service}
            objectives:
              - {objective: revenue 1.2M, kind: quantitative, target: "1200000"}
              - {objective: be trusted, kind: qualitative}
            investments: {by_customer: [{item: pilot}], by_us: [{item: demo}], commitments: [weekly call]}
            opportunities:
              - {description: line 2, value: 200000, probability: 50, close_date: 2026-09-01, stage: proposal}
              - {description: old deal, value: 999999, probability: 90, stage: won}
            cross_sell: {products: [service]}
            forecast: {current_year_target: 1000000, year_1: 1100000, year_2: 1200000, year_3: 1331000}
            actions:
              - {action: Call CFO, owner: Jan, due: 2026-09-15}
              - {action: Old one, owner: Jan, due: 2026-01-01, status: done}
            team:
              members: [{name: Jan, customer_contact: Anna}, {name: Eva}]
              agreements: monthly meeting
            why: {statement: growth, vision: partnership}
            """;

    private Plans() {}

    public static Account account(String slug, String yaml, SectionId... narratives) {
        AccountPlan plan = Records.plan(yaml);
        Map<SectionId, Narrative> n = new java.util.EnumMap<>(SectionId.class);
        Arrays.stream(narratives)
                .forEach(id -> n.put(id, new Narrative(id, "Some text.", SourceSpan.file(id.code() + ".md"))));
        return new Account(
                slug, plan, n, List.of(), List.of(), SourceSpan.file("content/accounts/" + slug + "/account.yaml"));
    }

    public static Content content(Account... accounts) {
        return content(PORTAL, accounts);
    }

    static Content content(Portal portal, Account... accounts) {
        return new Content(Path.of("content"), portal, List.of(accounts), List.of());
    }

    static Completeness completeness(String yaml, SectionId... narratives) {
        return Completeness.of(account("a", yaml, narratives), PORTAL, TODAY);
    }
}
