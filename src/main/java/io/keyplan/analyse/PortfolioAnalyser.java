package io.keyplan.analyse;

import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Action;
import io.keyplan.model.Coded;
import io.keyplan.model.Content;
import io.keyplan.model.Portal;
import io.keyplan.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the figures of spec section 6; pure: the same content and date give the same result.
 * One pass over the accounts for their own figures, then one sort each for the ranking and the
 * pyramid: linear apart from the sorts.
 */
public final class PortfolioAnalyser {
    private PortfolioAnalyser() {}

    public static PortfolioAnalysis analyse(Content content, LocalDate buildDate) {
        Portal portal = content.portal();
        // Each account's own figures depend on nothing else: computed in parallel, kept in the accounts' order.
        List<Own> own = content.accounts().parallelStream()
                .map(a -> Own.of(a, portal, buildDate))
                .toList();

        List<RankedAccount> candidates = new ArrayList<>();
        List<NotAssessed> notAssessed = new ArrayList<>();
        List<TierEntry> placed = new ArrayList<>();
        List<NotPlaced> notPlaced = new ArrayList<>();
        for (Own o : own) {
            Status status = o.plan.effectiveStatus();
            if (status != Status.ARCHIVED) {
                if (o.selection.assessed()) {
                    candidates.add(new RankedAccount(
                            0,
                            o.slug,
                            o.plan.name(),
                            o.selection.attractiveness(),
                            o.selection.position(),
                            o.selection.positionBasis(),
                            o.selection.product(),
                            o.money.currentRevenue(),
                            o.selection.quadrant()));
                } else {
                    notAssessed.add(new NotAssessed(
                            o.slug,
                            o.plan.name(),
                            o.selection.attractiveness() == null,
                            o.selection.position() == null));
                }
            }
            if ((status == Status.ACTIVE || status == Status.AT_RISK) && o.money.currentRevenue() != null) {
                Double figure = TierEntry.figureOf(o.money, portal.tierBasis());
                if (figure == null) {
                    notPlaced.add(new NotPlaced(o.slug, o.plan.name()));
                } else {
                    placed.add(new TierEntry(o.slug, o.plan.name(), figure));
                }
            }
        }
        candidates.sort(RankedAccount.ORDER);
        List<RankedAccount> ranking = new ArrayList<>();
        Map<String, Integer> ranks = new HashMap<>();
        for (RankedAccount r : candidates) {
            RankedAccount ranked = r.withRank(ranking.size() + 1);
            ranking.add(ranked);
            ranks.put(r.slug(), ranked.rank());
        }
        notAssessed.sort(Comparator.comparing(NotAssessed::name, Names.ORDER).thenComparing(NotAssessed::slug));

        Pyramid pyramid =
                Pyramid.of(portal.tierBasis(), placed, notPlaced, portal.platinumCutoff(), portal.goldCutoff());
        Map<String, Tier> tiers = new HashMap<>();
        pyramid.entries().forEach(e -> tiers.put(e.slug(), e.tier()));

        Map<String, AccountFigures> figures = new LinkedHashMap<>();
        for (Own o : own) {
            figures.put(
                    o.slug,
                    new AccountFigures(
                            o.slug,
                            o.plan.name(),
                            o.plan.effectiveStatus(),
                            o.completeness,
                            o.money,
                            o.selection,
                            ranks.get(o.slug),
                            tiers.get(o.slug),
                            o.risks,
                            o.review,
                            o.overdue,
                            AccountFigures.health(o.review, o.overdue.size(), o.completeness.shownPercent())));
        }
        return new PortfolioAnalysis(
                buildDate,
                Collections.unmodifiableMap(figures),
                ranking,
                notAssessed,
                pyramid,
                WhaleCurve.of(placed),
                counts(figures, ranking.size(), notAssessed.size()));
    }

    /** Open actions due before the build date, earliest first (ties by text). */
    public static List<Action> overdue(AccountPlan plan, LocalDate buildDate) {
        return plan.actions().stream()
                .filter(a -> a.overdueOn(buildDate))
                .sorted(Comparator.comparing(Action::due).thenComparing(Action::action, Names.ORDER))
                .toList();
    }

    private static PortfolioCounts counts(Map<String, AccountFigures> figures, int ranked, int notAssessed) {
        Map<String, Integer> health = zeros(Health.class);
        Map<String, Integer> quadrants = zeros(Quadrant.class);
        Map<String, Integer> tiers = zeros(Tier.class);
        Map<String, Integer> risks = zeros(RiskId.class);
        int portfolio = 0;
        int stale = 0;
        int overdue = 0;
        for (AccountFigures f : figures.values()) {
            if (f.archived()) {
                continue;
            }
            portfolio++;
            health.merge(f.health().code(), 1, Integer::sum);
            if (f.selection().quadrant() != null) {
                quadrants.merge(f.selection().quadrant().code(), 1, Integer::sum);
            }
            if (f.tier() != null) {
                tiers.merge(f.tier().code(), 1, Integer::sum);
            }
            f.risks().forEach(r -> risks.merge(r.code(), 1, Integer::sum));
            stale += f.review().stale() ? 1 : 0;
            overdue += f.overdueCount();
        }
        return new PortfolioCounts(
                figures.size(),
                portfolio,
                ranked,
                notAssessed,
                Collections.unmodifiableMap(health),
                Collections.unmodifiableMap(quadrants),
                Collections.unmodifiableMap(tiers),
                Collections.unmodifiableMap(risks),
                stale,
                overdue);
    }

    private static <E extends Enum<E> & Coded> Map<String, Integer> zeros(Class<E> type) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            m.put(e.code(), 0);
        }
        return m;
    }

    /** The figures an account has on its own, before the portfolio places it. */
    private record Own(
            String slug,
            AccountPlan plan,
            Completeness completeness,
            Money money,
            Selection selection,
            List<Risk> risks,
            Review review,
            List<Action> overdue) {
        static Own of(Account a, Portal portal, LocalDate buildDate) {
            AccountPlan p = a.plan();
            return new Own(
                    a.slug(),
                    p,
                    Completeness.of(a, portal, buildDate),
                    Money.of(p, portal.fiscalYear()),
                    Selection.of(p, portal),
                    Risk.of(p),
                    Review.of(p, portal.cadenceDays(), buildDate),
                    PortfolioAnalyser.overdue(p, buildDate));
        }
    }
}
