package io.keyplan.model;

import java.util.List;

/** Section 5: strengths and weaknesses as the customer sees us, opportunities and threats. */
public record Swot(
        @Doc("Our strengths, as the customer sees them.") List<String> strengths,
        @Doc("Our weaknesses, as the customer sees them.") List<String> weaknesses,
        @Doc("Opportunities for us at this customer.") List<String> opportunities,
        @Doc("Threats to our position.") List<String> threats,
        Origin origin) {}
