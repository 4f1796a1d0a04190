package io.keyplan.model;

import java.util.List;

/** The nine blocks of the business model canvas. */
public record BusinessModelCanvas(
        @Doc("Key partners.") List<String> keyPartners,
        @Doc("Key activities.") List<String> keyActivities,
        @Doc("Key resources.") List<String> keyResources,
        @Doc("Value propositions.") List<String> valuePropositions,
        @Doc("Customer relationships.") List<String> customerRelationships,
        @Doc("Channels.") List<String> channels,
        @Doc("Customer segments.") List<String> customerSegments,
        @Doc("Cost structure.") List<String> costStructure,
        @Doc("Revenue streams.") List<String> revenueStreams,
        Origin origin) {}
