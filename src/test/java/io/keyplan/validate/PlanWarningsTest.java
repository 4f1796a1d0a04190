package io.keyplan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.analyse.PortfolioAnalyser;
import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Severity;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Action;
import io.keyplan.model.Content;
import io.keyplan.model.Origin;
import io.keyplan.model.Portal;
import io.keyplan.model.SourceSpan;
import io.keyplan.testing.Records;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanWarningsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String FILE = "content/accounts/acme/account.yaml";

    private static List<Diagnostic> warnings(AccountPlan plan) {
        Account account = new Account("acme", plan, Map.of(), List.of(), List.of(), SourceSpan.file(FILE));
        Content content = new Content(Path.of("content"), Portal.of(null, 2026), List.of(account), List.of());
        Diagnostics d = new Diagnostics();
        PlanWarnings.check(content, PortfolioAnalyser.analyse(content, TODAY), d);
        assertTrue(d.all().stream().allMatch(x -> x.severity() == Severity.WARNING));
        return d.all();
    }

    private static List<Diagnostic> warnings(String yaml) {
        return warnings(Records.plan("name: Acme\nowner: Jan\n" + yaml));
    }

    private static List<String> rules(String yaml) {
        return warnings(yaml).stream().map(Diagnostic::rule).toList();
    }

    @Test
    void aHealthyPlanHasNoWarnings() {
        assertEquals(List.of(), rules("last_review: 2026-05-20\nactions: [{action: a, due: 2026-09-01}]\n"));
    }

    @Test
    void overdueActionAtItsPosition() {
        Action late = new Action(
                "Call CFO",
                "Jan",
                LocalDate.of(2026, 5, 1),
                null,
                null,
                new Origin(new SourceSpan(FILE, 42, 7), Map.of()));
        Action ahead = new Action("Plan QBR", "Jan", LocalDate.of(2026, 9, 1), null, null, Origin.NONE);
        AccountPlan plan = with(
                Records.plan("name: Acme\nowner: Jan\nlast_review: 2026-05-20\n"), "actions", List.of(late, ahead));
        List<Diagnostic> w = warnings(plan);
        assertEquals(1, w.size());
        assertEquals("overdue-action", w.get(0).rule());
        assertEquals(
                FILE + ":42:7: warning: action 'Call CFO' was due on 2026-05-01 and is still open",
                w.get(0).toString());
    }

    @Test
    void stalePlanAtLastReviewOrTheFile() {
        AccountPlan plan = with(
                Records.plan("name: Acme\nowner: Jan\nlast_review: 2026-04-01\n"
                        + "actions: [{action: a, due: 2026-09-01}]\n"),
                "origin",
                new Origin(new SourceSpan(FILE, 1, 1), Map.of("last_review", new SourceSpan(FILE, 5, 14))));
        List<Diagnostic> w = warnings(plan);
        assertEquals(1, w.size());
        assertEquals(
                FILE + ":5:14: warning: the plan was last reviewed on 2026-04-01, 61 days ago; "
                        + "it should be reviewed every 30 days",
                w.get(0).toString());
        Diagnostic never = warnings("actions: [{action: a, due: 2026-09-01}]\n").get(0);
        assertEquals(
                FILE + ": warning: the plan has never been reviewed (it should be reviewed every 30 days)",
                never.toString());
    }

    @Test
    void bandMismatch() {
        List<Diagnostic> w = warnings("last_review: 2026-05-20\nactions: [{action: a, due: 2026-09-01}]\n"
                + "completeness: {swot: 81-100, why: 21-40}\nswot: {strengths: [s]}\n");
        // swot 1 of 4 = 25 % (21-40) vs 81-100: three bands away; why 0 % vs 21-40: one band, fine
        assertEquals(1, w.size());
        assertEquals("band-mismatch", w.get(0).rule());
        assertEquals(
                "section 'swot' is self-assessed as 81-100 % complete, but its checklist gives 25 % "
                        + "(21-40, 1 of 4 checks)",
                w.get(0).message());
    }

    @Test
    void shortHorizon() {
        // 2026-06-01 + 90 days = 2026-08-30
        List<Diagnostic> w = warnings("last_review: 2026-05-20\nactions: [{action: a, due: 2026-08-29}]\n");
        assertEquals(List.of("short-horizon"), w.stream().map(Diagnostic::rule).toList());
        assertEquals(
                "the action plan reaches 2026-08-29, 89 days ahead; it should reach 90 days ahead, to 2026-08-30",
                w.get(0).message());
        assertEquals(List.of(), rules("last_review: 2026-05-20\nactions: [{action: a, due: 2026-08-30}]\n"));
        assertTrue(warnings("last_review: 2026-05-20\n")
                .get(0)
                .message()
                .startsWith("the action plan has no open action"));
    }

    @Test
    void archivedAccountsGetNoWarnings() {
        assertEquals(List.of(), rules("status: archived\nactions: [{action: a, due: 2020-01-01}]\n"));
    }

    @Test
    void aProbabilityBetweenZeroAndOneLooksLikeAFraction() {
        String healthy = "last_review: 2026-05-20\nactions: [{action: a, due: 2026-09-01}]\n";
        List<Diagnostic> w = warnings(healthy + "opportunities: [{description: Sensors, probability: 0.6}]\n");
        assertEquals(
                List.of("probability-fraction"),
                w.stream().map(Diagnostic::rule).toList());
        assertEquals(
                "the probability of opportunity 'Sensors' is 0.6, which is read as 0.6 %; it looks like a fraction",
                w.get(0).message());
        assertEquals(
                "write the probability in percent, from 0 to 100: did you mean 60 for 60 %?",
                w.get(0).hint());
        // 0 and 1 are whole percentages, and so is everything above
        assertEquals(
                List.of(),
                rules(healthy + "opportunities: [{description: a, probability: 0}, {description: b, probability: 1},"
                        + " {description: c, probability: 1.5}, {description: d}]\n"));
        assertTrue(warnings(healthy + "opportunities: [{description: a, probability: 0.005}]\n")
                .get(0)
                .hint()
                .endsWith("did you mean 0.5 for 0.5 %?"));
    }

    @Test
    void aReviewDateAfterTheBuildDate() {
        String ahead = "actions: [{action: a, due: 2026-09-01}]\n";
        List<Diagnostic> w = warnings(ahead + "last_review: 2026-06-02\n");
        assertEquals(List.of("future-review"), w.stream().map(Diagnostic::rule).toList());
        assertEquals(
                "'last_review' is 2026-06-02, which is after the build date 2026-06-01; a review date is the day"
                        + " a review took place",
                w.get(0).message());
        assertEquals(List.of(), rules(ahead + "last_review: 2026-06-01\n"), "today is not the future");
        List<Diagnostic> reviews = warnings(ahead + "reviews: [{date: 2026-05-20}, {date: 2027-05-20}]\n");
        assertEquals(
                List.of("future-review"), reviews.stream().map(Diagnostic::rule).toList());
        assertEquals(
                "the review of 2027-05-20 under 'reviews' is after the build date 2026-06-01; a review date is the"
                        + " day a review took place",
                reviews.get(0).message());
    }

    @Test
    void anActionDueMoreThanThreeYearsAhead() {
        String fine = "last_review: 2026-05-20\n";
        List<Diagnostic> w =
                warnings(fine + "actions: [{action: a, due: 2026-09-01}, {action: Renew, due: 2029-06-02}]\n");
        assertEquals(List.of("far-action"), w.stream().map(Diagnostic::rule).toList());
        assertEquals(
                "action 'Renew' is due on 2029-06-02, more than 3 years after the build date 2026-06-01",
                w.get(0).message());
        assertEquals(
                List.of(), rules(fine + "actions: [{action: a, due: 2026-09-01}, {action: b, due: 2029-06-01}]\n"));
        // A done or dropped action with a mistyped year is as wrong on the page.
        assertEquals(
                List.of("far-action"),
                rules(fine + "actions: [{action: a, due: 2026-09-01}, {action: b, due: 2062-01-01, status: done}]\n"));
    }

    @Test
    void slipsOfThePenAreFoundInArchivedPlansToo() {
        assertEquals(
                List.of("far-action", "future-review", "probability-fraction"),
                rules("status: archived\nlast_review: 2027-01-01\nopportunities: [{description: a, probability: 0.5}]\n"
                                + "actions: [{action: a, due: 2099-01-01}]\n")
                        .stream()
                        .sorted()
                        .toList());
    }

    @Test
    void slipsOfThePenAtTheirLineAndColumn() {
        String root = "src/test/resources/validate/slips";
        Diagnostics d = new Diagnostics();
        Content c = new io.keyplan.load.ContentLoader().load(Path.of(root), TODAY, d);
        assertEquals(List.of(), d.all());
        PlanWarnings.check(c, PortfolioAnalyser.analyse(c, TODAY), d);
        String f = root + "/accounts/acme/account.yaml:";
        assertEquals(
                List.of(
                        f + "3:14: warning: 'last_review' is 2026-06-02, which is after the build date 2026-06-01; a"
                                + " review date is the day a review took place",
                        f + "7:18: warning: the probability of opportunity 'Sensors' is 0.6, which is read as 0.6 %;"
                                + " it looks like a fraction",
                        f
                                + "11:18: warning: the probability of opportunity 'Valves' is 0.125, which is read as 0.125 %;"
                                + " it looks like a fraction",
                        f + "16:10: warning: action 'Renew frame contract' is due on 2092-06-01, more than 3 years"
                                + " after the build date 2026-06-01",
                        f + "19:11: warning: the review of 2027-05-20 under 'reviews' is after the build date"
                                + " 2026-06-01; a review date is the day a review took place"),
                d.all().stream().map(Object::toString).toList());
        assertEquals(
                "write the probability in percent, from 0 to 100: did you mean 12.5 for 12.5 %?",
                d.all().get(2).hint());
    }

    /** A copy of a record with one component replaced: tests need positions that Records leaves out. */
    @SuppressWarnings("unchecked")
    static <T extends Record> T with(T record, String component, Object value) {
        try {
            RecordComponent[] rc = record.getClass().getRecordComponents();
            Object[] args = new Object[rc.length];
            Class<?>[] types = new Class<?>[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                args[i] = rc[i].getName().equals(component)
                        ? value
                        : rc[i].getAccessor().invoke(record);
            }
            return (T) record.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
