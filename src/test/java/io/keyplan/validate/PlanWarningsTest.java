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
