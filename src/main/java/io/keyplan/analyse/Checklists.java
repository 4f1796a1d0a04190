package io.keyplan.analyse;

import io.keyplan.model.Account;
import io.keyplan.model.Action;
import io.keyplan.model.ActionStatus;
import io.keyplan.model.Ambition;
import io.keyplan.model.BusinessAnalysis;
import io.keyplan.model.BusinessReview;
import io.keyplan.model.Competition;
import io.keyplan.model.CrossSell;
import io.keyplan.model.Expectations;
import io.keyplan.model.Forecast;
import io.keyplan.model.Investments;
import io.keyplan.model.KeyPlayer;
import io.keyplan.model.Mission;
import io.keyplan.model.Objective;
import io.keyplan.model.ObjectiveKind;
import io.keyplan.model.Opportunity;
import io.keyplan.model.Overview;
import io.keyplan.model.PlanParts;
import io.keyplan.model.PlayerRole;
import io.keyplan.model.Portal;
import io.keyplan.model.SectionId;
import io.keyplan.model.StrategicFit;
import io.keyplan.model.Swot;
import io.keyplan.model.Team;
import io.keyplan.model.TeamMember;
import io.keyplan.model.Why;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The sixteen checklists of spec 6.1, exactly as tabled. An absent section fails all its checks;
 * a check that says "every X" fails when there is no X.
 */
final class Checklists {
    private Checklists() {}

    /** Every check id of a section, in table order (the same ids {@link #of} returns). */
    public static List<String> ids(SectionId id) {
        return switch (id) {
            case OVERVIEW -> List.of("overview.why_key", "overview.short_term", "overview.long_term");
            case KEY_PLAYERS ->
                List.of(
                        "key_players.any",
                        "key_players.economic_buyer",
                        "key_players.coach",
                        "key_players.attitudes",
                        "key_players.our_contacts");
            case BUSINESS_ANALYSIS ->
                List.of(
                        "business_analysis.mission",
                        "business_analysis.strategy",
                        "business_analysis.objectives",
                        "business_analysis.market_developments",
                        "business_analysis.agenda");
            case BUSINESS_REVIEW ->
                List.of(
                        "business_review.revenue",
                        "business_review.gross_margin_pct",
                        "business_review.net_contribution_pct",
                        "business_review.customer_spend");
            case COMPETITION ->
                List.of("competition.competitors", "competition.purchasing_strategy", "competition.purchasing_process");
            case SWOT -> List.of("swot.strengths", "swot.weaknesses", "swot.opportunities", "swot.threats");
            case AMBITION ->
                List.of(
                        "ambition.current_position",
                        "ambition.desired_position",
                        "ambition.selling_method",
                        "ambition.realistic_in_3_years");
            case MISSION -> List.of("mission.statement", "mission.goals");
            case STRATEGIC_FIT ->
                List.of("strategic_fit.customer_success", "strategic_fit.our_return", "strategic_fit.added_value");
            case OBJECTIVES -> List.of("objectives.quantitative", "objectives.qualitative", "objectives.targets");
            case INVESTMENTS -> List.of("investments.by_customer", "investments.by_us", "investments.commitments");
            case OPPORTUNITIES ->
                List.of("opportunities.open", "opportunities.open_complete", "opportunities.cross_sell_products");
            case FORECAST ->
                List.of("forecast.current_year_target", "forecast.year_1", "forecast.year_2", "forecast.year_3");
            case ACTIONS -> List.of("actions.open", "actions.owner_and_due", "actions.horizon");
            case TEAM -> List.of("team.member", "team.customer_contact", "team.agreements");
            case WHY -> List.of("why.statement", "why.vision");
        };
    }

    /**
     * Whether a section's checks read the build date or the portal's fiscal year (actions due within
     * the horizon; this fiscal year's business review). Every other section's checks depend on its
     * values and on whether it has a narrative alone, so a reader of many versions of a plan (the git
     * history) may reuse their result for every version that holds the same values.
     */
    static boolean readsDate(SectionId id) {
        return id == SectionId.ACTIONS || id == SectionId.BUSINESS_REVIEW;
    }

    /** The checks of one section for one account, in table order. */
    public static List<Check> of(SectionId id, Account account, Portal portal, LocalDate buildDate) {
        boolean narrative = account.hasNarrative(id);
        int fiscalYear = portal.fiscalYear();
        LocalDate horizon = buildDate.plusDays(portal.horizonDays());
        List<Boolean> results = PlanParts.read(id, account.plan(), new PlanParts.Reader<>() {
            @Override
            public List<Boolean> overview(Overview o) {
                return Checklists.overview(o, narrative);
            }

            @Override
            public List<Boolean> keyPlayers(List<KeyPlayer> k) {
                return Checklists.keyPlayers(k);
            }

            @Override
            public List<Boolean> businessAnalysis(BusinessAnalysis b) {
                return Checklists.businessAnalysis(b, narrative);
            }

            @Override
            public List<Boolean> businessReview(BusinessReview r) {
                return Checklists.businessReview(r, fiscalYear);
            }

            @Override
            public List<Boolean> competition(Competition c) {
                return Checklists.competition(c, narrative);
            }

            @Override
            public List<Boolean> swot(Swot s) {
                return Checklists.swot(s);
            }

            @Override
            public List<Boolean> ambition(Ambition a) {
                return Checklists.ambition(a);
            }

            @Override
            public List<Boolean> mission(Mission m) {
                return Checklists.mission(m, narrative);
            }

            @Override
            public List<Boolean> strategicFit(StrategicFit s) {
                return Checklists.strategicFit(s, narrative);
            }

            @Override
            public List<Boolean> objectives(List<Objective> o) {
                return Checklists.objectives(o);
            }

            @Override
            public List<Boolean> investments(Investments i) {
                return Checklists.investments(i);
            }

            @Override
            public List<Boolean> opportunities(List<Opportunity> o, CrossSell c) {
                return Checklists.opportunities(o, c);
            }

            @Override
            public List<Boolean> forecast(Forecast f) {
                return Checklists.forecast(f);
            }

            @Override
            public List<Boolean> actions(List<Action> a) {
                return Checklists.actions(a, horizon);
            }

            @Override
            public List<Boolean> team(Team t) {
                return Checklists.team(t);
            }

            @Override
            public List<Boolean> why(Why w) {
                return Checklists.why(w, narrative);
            }
        });
        List<String> ids = ids(id);
        return java.util.stream.IntStream.range(0, ids.size())
                .mapToObj(i -> new Check(ids.get(i), results.get(i)))
                .toList();
    }

    private static List<Boolean> overview(Overview o, boolean narrative) {
        Optional<Expectations> e = Optional.ofNullable(o).map(Overview::expectations);
        return List.of(
                narrative || (o != null && filled(o.whyKey())),
                e.map(x -> filled(x.shortTerm())).orElse(false),
                e.map(x -> filled(x.longTerm())).orElse(false));
    }

    private static List<Boolean> keyPlayers(List<KeyPlayer> players) {
        return List.of(
                !players.isEmpty(),
                players.stream().anyMatch(k -> k.role() == PlayerRole.ECONOMIC_BUYER),
                players.stream().anyMatch(k -> k.role() == PlayerRole.COACH),
                every(players, k -> k.attitude() != null),
                every(players, k -> filled(k.ourContact())));
    }

    private static List<Boolean> businessAnalysis(BusinessAnalysis b, boolean narrative) {
        if (b == null) {
            return List.of(false, narrative, false, false, false);
        }
        return List.of(
                filled(b.mission()),
                narrative || filled(b.strategy()),
                filled(b.objectives()),
                filled(b.marketDevelopments()),
                filled(b.agenda()));
    }

    private static List<Boolean> businessReview(BusinessReview r, int fiscalYear) {
        if (r == null) {
            return List.of(false, false, false, false);
        }
        return List.of(
                r.revenue().get(fiscalYear) != null,
                r.grossMarginPct() != null,
                r.netContributionPct() != null,
                r.customerSpend() != null);
    }

    private static List<Boolean> competition(Competition c, boolean narrative) {
        if (c == null) {
            return List.of(false, narrative, false);
        }
        return List.of(
                filled(c.competitors()), narrative || filled(c.purchasingStrategy()), filled(c.purchasingProcess()));
    }

    private static List<Boolean> swot(Swot s) {
        if (s == null) {
            return List.of(false, false, false, false);
        }
        return List.of(filled(s.strengths()), filled(s.weaknesses()), filled(s.opportunities()), filled(s.threats()));
    }

    private static List<Boolean> ambition(Ambition a) {
        if (a == null) {
            return List.of(false, false, false, false);
        }
        return List.of(
                a.currentPosition() != null,
                a.desiredPosition() != null,
                filled(a.sellingMethod()),
                filled(a.realisticIn3Years()));
    }

    private static List<Boolean> mission(Mission m, boolean narrative) {
        if (m == null) {
            return List.of(narrative, false);
        }
        return List.of(narrative || filled(m.statement()), filled(m.goals()));
    }

    private static List<Boolean> strategicFit(StrategicFit s, boolean narrative) {
        if (s == null) {
            return List.of(narrative, false, false);
        }
        return List.of(narrative || filled(s.customerSuccess()), filled(s.ourReturn()), filled(s.addedValue()));
    }

    private static List<Boolean> objectives(List<Objective> objectives) {
        List<Objective> quantitative = objectives.stream()
                .filter(o -> o.kind() == ObjectiveKind.QUANTITATIVE)
                .toList();
        return List.of(
                !quantitative.isEmpty(),
                objectives.stream().anyMatch(o -> o.kind() == ObjectiveKind.QUALITATIVE),
                every(quantitative, o -> filled(o.target())));
    }

    private static List<Boolean> investments(Investments i) {
        if (i == null) {
            return List.of(false, false, false);
        }
        return List.of(filled(i.byCustomer()), filled(i.byUs()), filled(i.commitments()));
    }

    private static List<Boolean> opportunities(List<Opportunity> opportunities, CrossSell crossSell) {
        List<Opportunity> open =
                opportunities.stream().filter(Opportunity::isOpen).toList();
        return List.of(
                !open.isEmpty(),
                every(open, o -> o.value() != null && o.probability() != null && o.closeDate() != null),
                crossSell != null && filled(crossSell.products()));
    }

    private static List<Boolean> forecast(Forecast f) {
        if (f == null) {
            return List.of(false, false, false, false);
        }
        return List.of(f.currentYearTarget() != null, f.year1() != null, f.year2() != null, f.year3() != null);
    }

    private static List<Boolean> actions(List<Action> actions, LocalDate horizon) {
        List<Action> open = actions.stream()
                .filter(a -> a.effectiveStatus() == ActionStatus.OPEN)
                .toList();
        Optional<LocalDate> latest =
                open.stream().map(Action::due).filter(Objects::nonNull).max(LocalDate::compareTo);
        return List.of(
                !open.isEmpty(),
                every(open, a -> filled(a.owner()) && a.due() != null),
                latest.map(d -> !d.isBefore(horizon)).orElse(false));
    }

    private static List<Boolean> team(Team t) {
        if (t == null) {
            return List.of(false, false, false);
        }
        List<TeamMember> members = t.members();
        return List.of(
                !members.isEmpty(),
                members.stream().anyMatch(m -> filled(m.customerContact())),
                filled(t.agreements()));
    }

    private static List<Boolean> why(Why w, boolean narrative) {
        if (w == null) {
            return List.of(narrative, false);
        }
        return List.of(narrative || filled(w.statement()), filled(w.vision()));
    }

    /** "every X": false when there is no X. */
    private static <T> boolean every(List<T> items, Predicate<T> test) {
        return !items.isEmpty() && items.stream().allMatch(test);
    }

    /** Text is filled when present and not blank. */
    private static boolean filled(String text) {
        return Figures.filled(text);
    }

    /** A list is filled when it has at least one item. */
    private static boolean filled(Collection<?> list) {
        return list != null && !list.isEmpty();
    }
}
