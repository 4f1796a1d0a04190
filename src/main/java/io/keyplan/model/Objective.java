package io.keyplan.model;

/** One objective with its KPI. */
public record Objective(
        @Required String objective,
        ObjectiveKind kind,
        Integer year,
        String kpi,
        String target,
        String actual,
        Origin origin) {
}
