package io.keyplan.model;

import java.util.List;

/** Section 4: competition and the customer's purchasing. */
public record Competition(
        List<Competitor> competitors, String purchasingStrategy, String purchasingProcess, Origin origin) {}
