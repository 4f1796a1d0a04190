package io.keyplan.model;

import java.time.LocalDate;

/** One sales opportunity. */
public record Opportunity(
        @Required String description,
        String department,
        String product,
        @Range(min = -Range.AMOUNT, max = Range.AMOUNT) Double value,

        @Range(min = 0, max = 100) @Doc("Chance of winning, in percent.")
        Double probability,

        LocalDate closeDate,
        OpportunityStage stage,
        Origin origin) {

    /** Open means neither won nor lost; a missing stage counts as open. */
    public boolean isOpen() {
        return stage != OpportunityStage.WON && stage != OpportunityStage.LOST;
    }
}
