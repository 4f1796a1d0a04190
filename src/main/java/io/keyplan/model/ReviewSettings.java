package io.keyplan.model;

/** The review rhythm (the 90-30 rule: plan 90 days ahead, review every 30). */
public record ReviewSettings(
        @Range(min = 1, max = 3650) @Doc("How often a plan must be reviewed, in days. Default 30.")
        Integer cadenceDays,

        @Range(min = 1, max = 3650) @Doc("How far ahead the action plan should reach, in days. Default 90.")
        Integer horizonDays,

        Origin origin) {}
