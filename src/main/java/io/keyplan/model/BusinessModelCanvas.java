package io.keyplan.model;

import java.util.List;

/** The nine blocks of the business model canvas. */
public record BusinessModelCanvas(
        List<String> keyPartners,
        List<String> keyActivities,
        List<String> keyResources,
        List<String> valuePropositions,
        List<String> customerRelationships,
        List<String> channels,
        List<String> customerSegments,
        List<String> costStructure,
        List<String> revenueStreams,
        Origin origin) {}
