package io.keyplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Which part of an {@link AccountPlan} each section shows: the one place that says so. Most
 * sections show one component of the plan; {@code opportunities} shows the cross-sell matrix too.
 * The header fields, {@code selection_scores}, {@code completeness} and {@code reviews} belong to
 * no section.
 */
public final class PlanParts {
    private PlanParts() {}

    /**
     * One method per section, each given that section's part of the plan with its own type. An
     * interface rather than a list of values so that a section added to {@link SectionId} does not
     * compile until every reader says what to do with it.
     */
    public interface Reader<R> {
        R overview(Overview overview);

        R keyPlayers(List<KeyPlayer> keyPlayers);

        R businessAnalysis(BusinessAnalysis businessAnalysis);

        R businessReview(BusinessReview businessReview);

        R competition(Competition competition);

        R swot(Swot swot);

        R ambition(Ambition ambition);

        R mission(Mission mission);

        R strategicFit(StrategicFit strategicFit);

        R objectives(List<Objective> objectives);

        R investments(Investments investments);

        R opportunities(List<Opportunity> opportunities, CrossSell crossSell);

        R forecast(Forecast forecast);

        R actions(List<Action> actions);

        R team(Team team);

        R why(Why why);
    }

    /** Hands the section's part of {@code plan} to the reader's method for that section. */
    public static <R> R read(SectionId id, AccountPlan plan, Reader<R> reader) {
        return switch (id) {
            case OVERVIEW -> reader.overview(plan.overview());
            case KEY_PLAYERS -> reader.keyPlayers(plan.keyPlayers());
            case BUSINESS_ANALYSIS -> reader.businessAnalysis(plan.businessAnalysis());
            case BUSINESS_REVIEW -> reader.businessReview(plan.businessReview());
            case COMPETITION -> reader.competition(plan.competition());
            case SWOT -> reader.swot(plan.swot());
            case AMBITION -> reader.ambition(plan.ambition());
            case MISSION -> reader.mission(plan.mission());
            case STRATEGIC_FIT -> reader.strategicFit(plan.strategicFit());
            case OBJECTIVES -> reader.objectives(plan.objectives());
            case INVESTMENTS -> reader.investments(plan.investments());
            case OPPORTUNITIES -> reader.opportunities(plan.opportunities(), plan.crossSell());
            case FORECAST -> reader.forecast(plan.forecast());
            case ACTIONS -> reader.actions(plan.actions());
            case TEAM -> reader.team(plan.team());
            case WHY -> reader.why(plan.why());
        };
    }

    /** The section's part of {@code plan} as plain values, for callers that treat every part alike; absent ones are null or empty. */
    public static List<Object> of(SectionId id, AccountPlan plan) {
        return read(id, plan, VALUES);
    }

    private static final Reader<List<Object>> VALUES = new Reader<>() {
        @Override
        public List<Object> overview(Overview overview) {
            return parts(overview);
        }

        @Override
        public List<Object> keyPlayers(List<KeyPlayer> keyPlayers) {
            return parts(keyPlayers);
        }

        @Override
        public List<Object> businessAnalysis(BusinessAnalysis businessAnalysis) {
            return parts(businessAnalysis);
        }

        @Override
        public List<Object> businessReview(BusinessReview businessReview) {
            return parts(businessReview);
        }

        @Override
        public List<Object> competition(Competition competition) {
            return parts(competition);
        }

        @Override
        public List<Object> swot(Swot swot) {
            return parts(swot);
        }

        @Override
        public List<Object> ambition(Ambition ambition) {
            return parts(ambition);
        }

        @Override
        public List<Object> mission(Mission mission) {
            return parts(mission);
        }

        @Override
        public List<Object> strategicFit(StrategicFit strategicFit) {
            return parts(strategicFit);
        }

        @Override
        public List<Object> objectives(List<Objective> objectives) {
            return parts(objectives);
        }

        @Override
        public List<Object> investments(Investments investments) {
            return parts(investments);
        }

        @Override
        public List<Object> opportunities(List<Opportunity> opportunities, CrossSell crossSell) {
            return parts(opportunities, crossSell);
        }

        @Override
        public List<Object> forecast(Forecast forecast) {
            return parts(forecast);
        }

        @Override
        public List<Object> actions(List<Action> actions) {
            return parts(actions);
        }

        @Override
        public List<Object> team(Team team) {
            return parts(team);
        }

        @Override
        public List<Object> why(Why why) {
            return parts(why);
        }

        /** Not List.of: an absent section is null. */
        private List<Object> parts(Object... parts) {
            return Collections.unmodifiableList(Arrays.asList(parts));
        }
    };
}
