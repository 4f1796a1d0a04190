package io.keyplan.model;

import java.time.LocalDate;

/** One sales opportunity. */
public record Opportunity(
        @Required @Doc("What the opportunity is.") String description,
        @Doc("The customer's department.") String department,
        @Doc("Our product or service.") String product,

        @Range(min = -Range.AMOUNT, max = Range.AMOUNT)
        @Doc(value = "The value if won, in the portal currency.", examples = "250000")
        Double value,

        @Range(min = 0, max = 100) @Doc(value = "Chance of winning, in percent.", examples = "60")
        Double probability,

        @Doc("Expected close date (year-month-day).") LocalDate closeDate,
        @Doc("How far the opportunity has come.") OpportunityStage stage,
        Origin origin) {

    /** Open means neither won nor lost; a missing stage counts as open. */
    public boolean isOpen() {
        return stage != OpportunityStage.WON && stage != OpportunityStage.LOST;
    }
}
