package io.keyplan.validate;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Content;
import io.keyplan.model.Criterion;
import io.keyplan.model.CrossSell;
import io.keyplan.model.CrossSellCell;
import io.keyplan.model.Origin;
import io.keyplan.model.StrategyCanvas;
import io.keyplan.text.Plural;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks that span fields or files: references, selection criteria, weights (spec section 5).
 * Runs also on content with mistakes, so that one run reports them all; a reference is then
 * only judged against a part that was read in full ({@link Origin#intact(String)}, and
 * {@link Content#portalIntact()} for the selection criteria), never against a part that lost
 * something to a mistake already reported.
 */
public final class ContentValidator {
    private ContentValidator() {}

    public static void validate(Content content, Diagnostics diagnostics) {
        Set<String> criteria = new LinkedHashSet<>();
        Stream.concat(content.portal().attractiveness().stream(), content.portal().position().stream())
                .map(Criterion::id)
                .forEach(criteria::add);
        // Each plan's checks read only that plan, and Diagnostics sorts what it is given: the accounts are checked in
        // parallel, so validating a large portfolio uses every core, as loading it does.
        content.accounts().parallelStream().forEach(account -> {
            AccountPlan plan = account.plan();
            if (plan == null) {
                return;
            }
            new PeopleChecks(plan, diagnostics).check();
            if (content.portalIntact()) {
                selectionScores(plan, criteria, diagnostics);
            }
            crossSell(plan.crossSell(), diagnostics);
            if (plan.businessAnalysis() != null) {
                strategyCanvas(plan.businessAnalysis().strategyCanvas(), diagnostics);
            }
        });
        AttachmentChecks.check(content, diagnostics);
        // The accounts' texts once for both checks that read them all; then the free pages'.
        boolean html = content.portal().allowHtml();
        content.accounts().parallelStream().forEach(account -> AccountTexts.check(account, html, diagnostics));
        MarkdownLimits.checkPages(content, diagnostics);
        LinkChecks.checkPages(content, diagnostics);
        PlaceholderChecks.check(content, diagnostics);
    }

    private static void selectionScores(AccountPlan plan, Set<String> criteria, Diagnostics d) {
        for (String id : plan.selectionScores().keySet()) {
            if (!criteria.contains(id)) {
                d.error(
                        plan.origin().of("selection_scores." + id),
                        "reference",
                        "'" + id + "' is not a selection criterion of this portal" + Refs.didYouMean(id, criteria),
                        "the criteria are set in portal.yaml: " + String.join(", ", criteria));
            }
        }
    }

    private static void crossSell(CrossSell cs, Diagnostics d) {
        if (cs == null || !cs.origin().intact("products")) {
            return;
        }
        Set<String> products = new LinkedHashSet<>(cs.products());
        for (Map.Entry<String, Map<String, CrossSellCell>> dept :
                cs.departments().entrySet()) {
            for (String product : dept.getValue().keySet()) {
                if (!products.contains(product)) {
                    d.error(
                            cs.origin().of("departments." + dept.getKey() + "." + product),
                            "reference",
                            "the product '" + product + "' is not in the cross-sell 'products' list"
                                    + Refs.didYouMean(product, products),
                            products.isEmpty()
                                    ? "add a 'products' list to cross_sell"
                                    : "the products are: " + String.join(", ", products));
                }
            }
        }
    }

    private static void strategyCanvas(StrategyCanvas canvas, Diagnostics d) {
        if (canvas == null
                || !canvas.origin().intact("factors")
                || !canvas.origin().intact("curves")) {
            return;
        }
        int factors = canvas.factors().size();
        for (Map.Entry<String, List<Double>> curve : canvas.curves().entrySet()) {
            if (curve.getValue().size() != factors) {
                Origin o = canvas.origin();
                d.error(
                        o.of("curves." + curve.getKey()),
                        "range",
                        "the curve of '" + curve.getKey() + "' has "
                                + Plural.count(curve.getValue().size(), "score", "scores") + ", but there "
                                + (factors == 1 ? "is " : "are ") + Plural.count(factors, "factor", "factors"),
                        "give one score per factor, in the order of 'factors'");
            }
        }
    }
}
