package io.keyplan.analyse;

import io.keyplan.model.AccountPlan;
import io.keyplan.model.Criterion;
import io.keyplan.model.Portal;
import java.util.List;
import java.util.Map;

/**
 * Key-account selection of spec 6.3 for one account. An axis is null when not assessed.
 *
 * @param positionBasis {@code scores}, {@code stage} when derived from the relationship stage,
 *     null when the position is not assessed
 * @param quadrant null unless both axes are assessed
 */
public record Selection(Double attractiveness, Double position, PositionBasis positionBasis, Quadrant quadrant) {

    public static Selection of(AccountPlan plan, Portal portal) {
        Map<String, Integer> scores = plan.selectionScores();
        Double attractiveness = axis(portal.attractiveness(), scores);
        Double position = axis(portal.position(), scores);
        PositionBasis basis = position == null ? null : PositionBasis.SCORES;
        if (position == null && plan.stage() != null) {
            position = (double) plan.stage().positionScore();
            basis = PositionBasis.STAGE;
        }
        Quadrant quadrant = attractiveness == null || position == null
                ? null
                : Quadrant.of(attractiveness > portal.threshold(), position > portal.threshold());
        return new Selection(attractiveness, position, basis, quadrant);
    }

    /**
     * sum(weight x score) / sum(weight of the scored criteria); null when no criterion is scored
     * (or the scored ones weigh nothing, which would divide by zero). Scores for ids that are not
     * criteria of this axis are ignored here; the validator reports them.
     */
    static Double axis(List<Criterion> criteria, Map<String, Integer> scores) {
        double weighted = 0;
        double weights = 0;
        for (Criterion c : criteria) {
            Integer score = scores == null ? null : scores.get(c.id());
            if (score != null) {
                double w = c.weight() == null ? 0 : c.weight();
                weighted += w * score;
                weights += w;
            }
        }
        return weights > 0 ? weighted / weights : null;
    }

    /** Both axes are known, so the account is in the matrix. */
    public boolean assessed() {
        return attractiveness != null && position != null;
    }

    /** The ranking key: attractiveness x position; null unless assessed. */
    public Double product() {
        return assessed() ? attractiveness * position : null;
    }

    public boolean positionDerived() {
        return positionBasis == PositionBasis.STAGE;
    }
}
