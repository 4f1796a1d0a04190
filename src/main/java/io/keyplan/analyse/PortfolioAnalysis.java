package io.keyplan.analyse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every computed figure of spec section 6 for a portfolio, computed once per build.
 *
 * @param accounts per-account figures by slug, in slug order; archived accounts included
 * @param ranking the accounts that are not archived and have both axes, rank 1 first; also the
 *     bubbles of the portfolio matrix
 * @param notAssessed accounts that are not archived and lack an axis, by name
 * @param pyramid active and at-risk accounts with a current revenue, ranked by the portal's tier
 *     basis; those it cannot place (no profit) in its {@code notPlaced}
 * @param whaleCurve the accounts the pyramid places
 */
public record PortfolioAnalysis(
        LocalDate buildDate,
        Map<String, AccountFigures> accounts,
        List<RankedAccount> ranking,
        List<NotAssessed> notAssessed,
        Pyramid pyramid,
        WhaleCurve whaleCurve,
        PortfolioCounts counts) {

    public PortfolioAnalysis {
        ranking = List.copyOf(ranking);
        notAssessed = List.copyOf(notAssessed);
    }

    /** The figures of one account; null for an unknown slug. */
    public AccountFigures account(String slug) {
        return accounts.get(slug);
    }

    /** All per-account figures in slug order. */
    public Collection<AccountFigures> all() {
        return accounts.values();
    }

    /**
     * The relationship risks counted across the portfolio (spec 6.5): for every risk code, in the
     * order of {@link RiskId} and zeros included, the accounts that are not archived and have it,
     * by name. The list sizes are {@code counts().risks()}.
     */
    public Map<String, List<AccountFigures>> riskAccounts() {
        Map<String, List<AccountFigures>> out = new LinkedHashMap<>();
        for (RiskId id : RiskId.values()) {
            out.put(id.code(), new ArrayList<>());
        }
        for (AccountFigures f : accounts.values()) {
            if (!f.archived()) {
                f.risks().forEach(r -> out.get(r.code()).add(f));
            }
        }
        out.replaceAll((code, list) -> list.stream()
                .sorted(Comparator.comparing(AccountFigures::name, Names.ORDER).thenComparing(AccountFigures::slug))
                .toList());
        return Collections.unmodifiableMap(out);
    }
}
