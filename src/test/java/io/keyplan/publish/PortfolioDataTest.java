package io.keyplan.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyplan.analyse.Plans;
import io.keyplan.analyse.PortfolioAnalyser;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.history.AccountHistory;
import io.keyplan.history.Change;
import io.keyplan.history.History;
import io.keyplan.model.Content;
import io.keyplan.model.SectionId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code data/portfolio.json} and {@code .csv}: the spec's keys in order, fixed decimals, RFC 4180 quoting, defused formulas. */
class PortfolioDataTest {
    private static final Content CONTENT = Plans.content(
            Plans.account(
                    "acme",
                    Plans.FULL.replace("name: Full Co", "name: 'Acme, \"the\" best'")
                            + "region: Benelux\nselection_scores: {profitability: 7, reputation: 6}\n"
                            + "completeness: {swot: 81-100}\n"),
            Plans.account("zulu", "name: '=HYPERLINK(1)'\nowner: {name: Eva, email: e@x.nl}\nstatus: archived\n"));
    private static final PortfolioAnalysis ANALYSIS = PortfolioAnalyser.analyse(CONTENT, Plans.TODAY);

    @Test
    void jsonHasTheSpecKeysInOrderWithUnitsAndNulls() throws Exception {
        JsonNode root = new ObjectMapper().readTree(PortfolioData.json(CONTENT, ANALYSIS, Plans.TODAY));
        assertEquals(List.of("generated", "fiscal_year", "currency", "tier_basis", "accounts"), names(root));
        assertEquals("profit", root.get("tier_basis").asText(), "spec 6.4: the basis once, at the top");
        assertEquals("2026-06-01", root.get("generated").asText());
        assertEquals(2026, root.get("fiscal_year").asInt());
        assertEquals("EUR", root.get("currency").asText());
        assertEquals(2, root.get("accounts").size());
        JsonNode acme = root.get("accounts").get(0);
        assertEquals(PortfolioData.COLUMNS, names(acme));
        assertEquals("Jan", acme.get("owner").asText());
        assertEquals("cooperative", acme.get("stage").asText());
        assertEquals(100.0, acme.get("completeness").asDouble());
        assertEquals(
                List.of(
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
                        "why"),
                names(acme.get("sections")));
        assertEquals("81-100", acme.get("self_assessed").get("swot").asText());
        assertTrue(acme.get("self_assessed").get("why").isNull());
        assertEquals(1_000_000.0, acme.get("current_revenue").asDouble());
        assertEquals(25.0, acme.get("share_of_wallet").asDouble());
        assertEquals(120_000.0, acme.get("profit").asDouble());
        assertEquals(100_000.0, acme.get("weighted_pipeline").asDouble());
        assertEquals(10.0, acme.get("growth").asDouble());
        assertEquals(7.0, acme.get("attractiveness").asDouble());
        assertEquals(6.0, acme.get("position").asDouble());
        assertEquals("scores", acme.get("position_basis").asText());
        assertEquals("strategic", acme.get("quadrant").asText());
        assertEquals(1, acme.get("rank").asInt());
        assertEquals("platinum", acme.get("tier").asText());
        assertEquals("2026-05-20", acme.get("last_review").asText());
        assertEquals(false, acme.get("stale").asBoolean());
        assertEquals(0, acme.get("overdue_actions").asInt());
        assertEquals("green", acme.get("health").asText());
        assertTrue(acme.get("risks").isArray() && acme.get("risks").isEmpty());

        JsonNode zulu = root.get("accounts").get(1);
        assertEquals("archived", zulu.get("status").asText());
        for (String k : List.of(
                "stage",
                "region",
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
                "last_review")) {
            assertTrue(zulu.get(k).isNull(), k);
        }
        assertEquals(true, zulu.get("stale").asBoolean());
        assertEquals("red", zulu.get("health").asText());
        assertEquals(4, zulu.get("risks").size());
    }

    @Test
    void decimalsAreFixed() {
        String json = PortfolioData.json(CONTENT, ANALYSIS, Plans.TODAY);
        // completeness one decimal, axes two decimals: (25x7)/25 = 7.00, amounts two decimals
        assertTrue(json.contains("\"completeness\" : 100.0,"), json);
        assertTrue(json.contains("\"attractiveness\" : 7.00,"));
        assertTrue(json.contains("\"current_revenue\" : 1000000.00,"));
        assertTrue(json.contains("\"share_of_wallet\" : 25.0,"));
    }

    @Test
    void csvHasTheSameColumnsQuotedPerRfc4180() {
        String csv = PortfolioData.csv(CONTENT, ANALYSIS, Plans.TODAY);
        String[] lines = csv.split("\r\n", -1);
        assertEquals(4, lines.length); // header, two rows, empty after the last CRLF
        assertEquals(String.join(",", PortfolioData.COLUMNS), lines[0]);
        assertTrue(
                lines[1].startsWith("acme,\"Acme, \"\"the\"\" best\",Jan,active,cooperative,Benelux,,,100.0,"
                        + "overview=100.0;key_players=100.0;"),
                lines[1]);
        assertTrue(lines[1].contains(
                ",overview=;key_players=;business_analysis=;business_review=;competition=;swot=81-100;"));
        assertTrue(
                lines[1].endsWith(",1000000.00,25.0,120000.00,100000.00,10.0,7.00,6.00,scores,strategic,1,"
                        + "platinum,2026-05-20,false,0,green,"),
                lines[1]);
        // a formula-looking name is defused; none is an empty field; lists joined with ';'
        assertTrue(lines[2].startsWith("zulu,'=HYPERLINK(1),Eva,archived,,,,,"), lines[2]);
        assertTrue(lines[2].endsWith(",,true,0,red,no-economic-buyer;no-coach;no-champion;no-sponsor"), lines[2]);
    }

    /** Spec 7: with git, each record has last_changed and sections_changed (all sixteen ids), the CSV last_changed. */
    private static final History HISTORY = new History(
            History.State.COMPLETE,
            Map.of(
                    "acme",
                    new AccountHistory(
                            Change.committed(LocalDate.of(2026, 5, 3), "Anna Berg"),
                            Map.of(
                                    SectionId.SWOT, Change.committed(LocalDate.of(2026, 4, 1), "Anna Berg"),
                                    SectionId.WHY, Change.uncommitted()),
                            List.of()),
                    "zulu",
                    new AccountHistory(Change.uncommitted(), Map.of(), List.of())));

    @Test
    void withGitHistoryEachRecordHasItsDates() throws Exception {
        String text = PortfolioData.json(CONTENT, ANALYSIS, Plans.TODAY, HISTORY);
        JsonNode acme = new ObjectMapper().readTree(text).get("accounts").get(0);
        List<String> keys = new ArrayList<>(PortfolioData.COLUMNS);
        keys.addAll(List.of("last_changed", "sections_changed"));
        assertEquals(keys, names(acme));
        assertEquals("2026-05-03", acme.get("last_changed").asText());
        JsonNode sections = acme.get("sections_changed");
        assertEquals(names(acme.get("sections")), names(sections));
        assertEquals("2026-04-01", sections.get("swot").asText());
        assertTrue(sections.get("overview").isNull());
        // Not yet committed: dated the build date, the day the files the site shows were read.
        assertEquals("2026-06-01", sections.get("why").asText());
        JsonNode zulu = new ObjectMapper().readTree(text).get("accounts").get(1);
        assertEquals("2026-06-01", zulu.get("last_changed").asText());
        assertFalse(text.contains("Anna"), "no author in the data files");
    }

    @Test
    void withoutGitHistoryThereAreNoHistoryKeys() throws Exception {
        JsonNode acme = new ObjectMapper()
                .readTree(PortfolioData.json(CONTENT, ANALYSIS, Plans.TODAY, History.none()))
                .get("accounts")
                .get(0);
        assertEquals(PortfolioData.COLUMNS, names(acme));
        assertEquals(
                String.join(",", PortfolioData.COLUMNS),
                PortfolioData.csv(CONTENT, ANALYSIS, Plans.TODAY, History.none())
                        .split("\r\n")[0]);
    }

    @Test
    void csvWithGitHistoryEndsWithLastChanged() {
        String[] lines =
                PortfolioData.csv(CONTENT, ANALYSIS, Plans.TODAY, HISTORY).split("\r\n", -1);
        assertEquals(String.join(",", PortfolioData.COLUMNS) + ",last_changed", lines[0]);
        assertTrue(lines[1].endsWith(",green,,2026-05-03"), lines[1]);
        assertTrue(lines[2].endsWith(";no-sponsor,2026-06-01"), lines[2]);
        assertFalse(lines[0].contains("sections_changed"));
    }

    @Test
    void noNetContributionIsNoProfitAndNoTier() throws Exception {
        Content content = Plans.content(
                Plans.account("acme", Plans.FULL),
                Plans.account("bare", "name: Bare\nowner: Jan\nbusiness_review: {revenue: {2026: 900000}}\n"));
        PortfolioAnalysis analysis = PortfolioAnalyser.analyse(content, Plans.TODAY);
        JsonNode bare = new ObjectMapper()
                .readTree(PortfolioData.json(content, analysis, Plans.TODAY))
                .get("accounts")
                .get(1);
        assertEquals(900_000.0, bare.get("current_revenue").asDouble());
        assertTrue(bare.get("profit").isNull(), "spec 6.2: none without net_contribution_pct");
        assertTrue(bare.get("tier").isNull(), "spec 6.4: not placed");
        assertTrue(!bare.has("profit_basis"));
        String row = PortfolioData.csv(content, analysis, Plans.TODAY).split("\r\n")[2];
        assertTrue(row.contains(",900000.00,,,"), row);
        assertTrue(!PortfolioData.COLUMNS.contains("profit_basis"));
    }

    @Test
    void quoting() {
        assertEquals("plain", PortfolioData.quote("plain"));
        assertEquals("\"a\nb\"", PortfolioData.quote("a\nb"));
        assertEquals("\"say \"\"hi\"\"\"", PortfolioData.quote("say \"hi\""));
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
