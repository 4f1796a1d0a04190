package io.keyplan.validate;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Narrative;
import io.keyplan.model.Note;
import io.keyplan.model.RecordWalker;
import io.keyplan.site.SiteLayout;

/**
 * Every Markdown text of one account (narratives, notes, each text of {@code account.yaml}) read
 * once for the two checks that read them all: {@link MarkdownLimits} and {@link LinkChecks}. Each
 * text is scanned for the limits once, and the link check, which must not hand flexmark a text over
 * them, takes that answer; the plan's records are walked once for both. The findings are those of
 * the two checks run one after the other ({@code Diagnostics} sorts them).
 */
final class AccountTexts {
    private AccountTexts() {}

    static void check(Account a, boolean allowHtml, Diagnostics d) {
        String accountPage = SiteLayout.accountPage(a.slug());
        for (Narrative n : a.narratives().values()) {
            if (MarkdownLimits.check(n.markdown(), n.source(), d)) {
                LinkChecks.checkWithinLimits(n.markdown(), n.source(), accountPage, allowHtml, d);
            }
        }
        for (Note n : a.notes()) {
            if (MarkdownLimits.check(n.markdown(), n.source(), d)) {
                LinkChecks.checkWithinLimits(
                        n.markdown(), n.source(), SiteLayout.notePage(a.slug(), n.name()), allowHtml, d);
            }
        }
        if (a.plan() != null) {
            fields(a.plan(), accountPage, allowHtml, d);
        }
    }

    private static void fields(AccountPlan plan, String pagePath, boolean allowHtml, Diagnostics d) {
        String[] fileText = new String[1];
        RecordWalker.visit(plan, plan.origin().at(), (value, at) -> {
            if (value instanceof String s && MarkdownLimits.checkText(s, at, d) && LinkChecks.mayHoldLink(s)) {
                LinkChecks.checkField(s, YamlTexts.position(at), pagePath, allowHtml, fileText, d);
            }
            return true;
        });
    }
}
