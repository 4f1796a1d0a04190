package io.keyplan.model;

/** One objective with its KPI. */
public record Objective(
        @Required String objective,
        ObjectiveKind kind,
        @Range(min = 1800, max = 2200) Integer year,
        String kpi,
        String target,
        String actual,
        Origin origin) {}
