package io.keyplan.analyse;

import io.keyplan.model.Band;
import io.keyplan.model.SectionId;
import java.util.List;

/**
 * Completeness of one section (spec 6.1): its checks, passed / checks as a percentage, the band,
 * the self-assessed band beside it (null when the plan gives none) and what is missing.
 */
public record SectionCompleteness(SectionId section, List<Check> checks, Band selfAssessed) {

    public SectionCompleteness {
        checks = List.copyOf(checks);
    }

    /** The section id as written in files ({@code key_players}). */
    public String id() {
        return section.code();
    }

    public int passedCount() {
        return (int) checks.stream().filter(Check::passed).count();
    }

    /** passed / checks x 100, unrounded. */
    public double percent() {
        return checks.isEmpty() ? 0.0 : 100.0 * passedCount() / checks.size();
    }

    public Band band() {
        return Band.of(percent());
    }

    /** The checks that did not pass: "what is missing". */
    public List<Check> failed() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** True when a self-assessed band is given and its index differs by 2 or more from the computed band. */
    public boolean moreThanOneBandAway() {
        return selfAssessed != null && Math.abs(selfAssessed.ordinal() - band().ordinal()) >= 2;
    }
}
