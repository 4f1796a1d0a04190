package io.keyplan.model;

/** One objective with its KPI. */
public record Objective(
        @Required @Doc("The objective, in words.") String objective,

        @Doc("Whether the objective is measured in a number.")
        ObjectiveKind kind,

        @Range(min = 1800, max = 2200) @Doc("The year the objective is for.")
        Integer year,

        @Doc("How progress is measured.") String kpi,

        @Doc(
                value = "The target: a number or words.",
                examples = {"2400000", "Preferred supplier for all sites"})
        String target,

        @Doc("Where we are now: a number or words.") String actual,
        Origin origin) {}
