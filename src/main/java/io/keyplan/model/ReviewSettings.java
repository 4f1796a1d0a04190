package io.keyplan.model;

/** The review rhythm (the 90-30 rule: plan 90 days ahead, review every 30). */
public record ReviewSettings(
        @Range(min = 1, max = 3650) @Doc("How often a plan must be reviewed, in days. Default 30.")
        Integer cadenceDays,

        @Range(min = 1, max = 3650) @Doc("How far ahead the action plan should reach, in days. Default 90.")
        Integer horizonDays,

        @Range(min = 1, max = 36500)
        @Doc("A section unchanged in git for longer than this many days is marked stale. Default 365.")
        Integer sectionStaleDays,

        Origin origin) {}
