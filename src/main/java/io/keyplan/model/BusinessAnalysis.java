package io.keyplan.model;

import java.util.List;

/** Section 2: the customer's business. */
public record BusinessAnalysis(
        String mission,
        String strategy,
        String valueChain,
        List<String> objectives,
        List<String> businessUnits,
        List<String> activities,

        @Doc("External issues: developments in the customer's market.")
        List<String> marketDevelopments,

        @Doc("Internal issues on the customer's agenda.") List<String> agenda,
        BusinessModelCanvas businessModelCanvas,
        StrategyCanvas strategyCanvas,
        Origin origin) {}
