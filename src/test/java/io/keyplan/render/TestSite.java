package io.keyplan.render;

import io.keyplan.history.History;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Narrative;
import io.keyplan.model.Note;
import io.keyplan.model.Page;
import io.keyplan.model.Portal;
import io.keyplan.model.PortalFile;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import io.keyplan.site.BuildInfo;
import io.keyplan.testing.HistoryFixture;
import io.keyplan.testing.Records;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A small portfolio for rendering tests: one full plan, one hostile one, one empty, one archived. */
final class TestSite {
    static final LocalDate BUILD_DATE = LocalDate.of(2026, 11, 23);

    private TestSite() {}

    static Content content(String portalYaml) {
        Portal portal = Portal.of(Records.fromYaml(PortalFile.class, portalYaml.isBlank() ? "{}" : portalYaml), 2026);
        Account acme = new Account(
                "acme",
                Records.plan(ACME),
                Map.of(
                        SectionId.SWOT,
                        new Narrative(
                                SectionId.SWOT,
                                "We are **strong** in service.\n\nSee [the visit](notes/visit.md).",
                                SourceSpan.file("swot.md"))),
                List.of(new Note(
                        "visit",
                        "Visit to Rotterdam",
                        LocalDate.of(2026, 10, 2),
                        "# Visit\n\nMet the *CFO*.",
                        SourceSpan.file("visit.md"))),
                List.of(),
                SourceSpan.file("acme"));
        Account hostile = new Account(
                "evil",
                Records.plan(HOSTILE),
                Map.of(
                        SectionId.OVERVIEW,
                        new Narrative(
                                SectionId.OVERVIEW,
                                "Intro <script>alert(1)</script>\n\n[x](javascript:alert(1)) and [y](JaVaScRiPt&#58;alert(2)) and ![z](data:text/html;base64,xx)\n\n<div class=\"raw\">raw block</div>",
                                SourceSpan.file("overview.md"))),
                List.of(),
                List.of(),
                SourceSpan.file("evil"));
        Account empty = new Account(
                "blank",
                Records.plan("name: Blank Corp\nowner: Nobody"),
                Map.of(),
                List.of(),
                List.of(),
                SourceSpan.file("blank"));
        Account old = new Account(
                "oldco",
                Records.plan("name: Old Co\nowner: Piet\nstatus: archived\nwhy: {statement: Was big once.}"),
                Map.of(),
                List.of(),
                List.of(),
                SourceSpan.file("oldco"));
        Page how = new Page(
                "how-we-work",
                "How we work",
                "# How we work\n\nEvery plan is reviewed monthly.",
                SourceSpan.file("how.md"));
        return new Content(Path.of("content"), portal, List.of(acme, empty, hostile, old), List.of(how));
    }

    static MemorySiteWriter render(Content content) {
        return render(content, new BuildInfo(BUILD_DATE, "1.2.3"));
    }

    static MemorySiteWriter render(Content content, BuildInfo info) {
        MemorySiteWriter out = new MemorySiteWriter();
        new SiteRenderer(Theme.load(Path.of("site-theme")))
                .render(content, io.keyplan.analyse.PortfolioAnalyser.analyse(content, BUILD_DATE), info, out);
        return out;
    }

    static MemorySiteWriter render(Content content, BuildInfo info, History history) {
        MemorySiteWriter out = new MemorySiteWriter();
        new SiteRenderer(Theme.load(Path.of("site-theme")))
                .render(content, io.keyplan.analyse.PortfolioAnalyser.analyse(content, BUILD_DATE), history, info, out);
        return out;
    }

    /**
     * The test portfolio's history, build date 2026-11-23. Acme (last review 2026-10-01): commits that
     * fall on both sides of the review day, of the 30- and 90-day windows, of the 365-day stale line
     * (competition 366 days ago, ambition 365), one that only touched notes, one after which the plan
     * did not load, and the team changed but not committed. Evil: a hostile author and subject. Old Co:
     * one commit long ago. Blank: never committed.
     */
    static History history() {
        return HistoryFixture.builder()
                .commit(
                        "acme",
                        "a000001",
                        "2025-06-01",
                        "Anna Smit",
                        "First version of the plan",
                        30.0,
                        SectionId.OVERVIEW,
                        SectionId.KEY_PLAYERS,
                        SectionId.BUSINESS_REVIEW)
                .commit("acme", "a000002", "2025-11-22", "Jan de Vries", "Competition", 35.0, SectionId.COMPETITION)
                .commit("acme", "a000003", "2025-11-23", "Jan de Vries", "Ambition", 38.0, SectionId.AMBITION)
                .commit("acme", "a000004", "2026-08-20", "Jan de Vries", "Visit notes", 40.0)
                .commit("acme", "a000005", "2026-09-10", "Eva Bakker", "Forecast", 42.0, SectionId.FORECAST)
                .commit(
                        "acme",
                        "a000006",
                        "2026-10-01",
                        "Eva Bakker",
                        "Mission after the review",
                        45.0,
                        SectionId.MISSION)
                .commit("acme", "a000007", "2026-10-23", "Jan de Vries", "Investments", 50.0, SectionId.INVESTMENTS)
                .commit(
                        "acme",
                        "a000008",
                        "2026-10-24",
                        "Jan de Vries",
                        "SWOT after the visit",
                        55.0,
                        SectionId.SWOT,
                        SectionId.OPPORTUNITIES)
                .commit(
                        "acme",
                        "a000009",
                        "2026-11-23",
                        "Maria Jansen",
                        "Actions (broken YAML)",
                        null,
                        SectionId.ACTIONS)
                .uncommitted("acme", SectionId.TEAM)
                .commit(
                        "evil",
                        "e000001",
                        "2026-11-20",
                        "<b>Mallory</b>",
                        "<script>alert(1)</script>",
                        10.0,
                        SectionId.WHY,
                        SectionId.KEY_PLAYERS)
                .commit("oldco", "o000001", "2020-01-01", "Piet", "Archived", 5.0, SectionId.WHY)
                .build();
    }

    static final String ACME = """
            name: Acme Logistics
            owner: {name: Jan de Vries, email: jan@example.com, title: Key account manager}
            sponsor: Eva Bakker
            industry: Logistics
            region: Benelux
            business_unit: Transport
            customer_since: 2015
            stage: cooperative
            status: at-risk
            last_review: 2026-10-01
            overview:
              why_key: "Largest **logistics** customer in the Benelux. Growing fast."
              expectations: {short_term: Renew the frame contract, long_term: Become strategic partner}
            key_players:
              - {name: Maria Jansen, title: CFO, department: Finance, role: economic-buyer, influence: high, attitude: supporter, mode: growth, known: true, our_contact: Jan de Vries}
              - {name: Tom Peters, title: Buyer, role: coach, influence: medium, attitude: champion, mode: even-keel, known: false, reports_to: Maria Jansen}
            business_analysis:
              mission: Move goods reliably.
              objectives: [Grow 10 percent]
              business_model_canvas: {key_partners: [Ports], value_propositions: [On-time delivery], revenue_streams: [Freight fees]}
              strategy_canvas: {factors: [Price, Service], curves: {Us: [6, 9], Rival: [8, 5]}}
            business_review:
              revenue: {2025: 1100000, 2026: 1234567}
              gross_margin_pct: 31.5
              customer_spend: 4000000
              products: [{name: Fleet service, revenue: {2025: 600000, 2026: 700000}}]
            competition:
              competitors: [{name: Rival BV, share_pct: 40, strengths: Price}]
            swot: {strengths: [Service], weaknesses: [Price], opportunities: [Cold chain], threats: [New entrant]}
            ambition: {current_position: supplier, desired_position: strategic-partner}
            objectives: [{objective: Revenue 1.5M, kind: quantitative, year: 2027, kpi: Revenue, target: "1500000"}]
            opportunities:
              - {description: Cold storage, department: Operations, product: Cooling, value: 250000, probability: 40, close_date: 2027-03-01, stage: proposal}
            cross_sell:
              products: [Cooling, Fleet]
              departments:
                Operations: {Cooling: {status: opportunity, potential: 250000}, Fleet: current}
                Finance: {Fleet: competitor}
            forecast: {current_year_target: 1300000, year_1: 1400000, year_2: 1500000, year_3: 1600000}
            actions:
              - {action: Call the CFO, owner: Jan de Vries, due: 2026-11-01, status: open, section: key_players}
              - {action: Send the proposal, owner: Jan de Vries, due: 2026-12-15}
              - {action: Old thing, due: 2026-01-01, status: done}
            team: {members: [{name: Jan de Vries, role: KAM, customer_contact: Maria Jansen}], agreements: Monthly call.}
            reviews: [{date: 2026-10-01, attendees: [Jan, Eva], summary: Plan updated.}]
            """;

    static final String HOSTILE = """
            name: "<script>alert(1)</script> Evil"
            owner: "\\"><img src=x onerror=alert(1)>"
            industry: "<b>bold</b>"
            why: {statement: "<img src=x onerror=alert(2)> We **love** them. Second sentence."}
            key_players: [{name: "<svg onload=alert(3)>", notes: "[click](javascript:alert(4))"}]
            """;
}
