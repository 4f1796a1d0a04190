package io.keyplan.model;

import java.util.List;

/** Section 2: the customer's business. */
public record BusinessAnalysis(
        @Doc("The customer's own mission.") String mission,
        @Doc("The customer's strategy.") String strategy,

        @Doc("How the customer creates value and where we fit in.")
        String valueChain,

        @Doc("The customer's objectives (a list).") List<String> objectives,
        @Doc("The customer's business units (a list).") List<String> businessUnits,
        @Doc("The customer's main activities (a list).") List<String> activities,

        @Doc("External issues: developments in the customer's market.")
        List<String> marketDevelopments,

        @Doc("Internal issues on the customer's agenda.") List<String> agenda,

        @Doc("The customer's business model in the nine blocks of the Business Model Canvas (lists of text).")
        BusinessModelCanvas businessModelCanvas,

        @Doc("Strategy canvas: the factors customers compare on and a score 0..10 per factor for each player.")
        StrategyCanvas strategyCanvas,

        Origin origin) {}
