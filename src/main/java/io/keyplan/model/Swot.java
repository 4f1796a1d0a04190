package io.keyplan.model;

import java.util.List;

/** Section 5: strengths and weaknesses as the customer sees us, opportunities and threats. */
public record Swot(
        List<String> strengths,
        List<String> weaknesses,
        List<String> opportunities,
        List<String> threats,
        Origin origin) {}
