package io.keyplan.model;

import java.util.List;

/** Section 4: competition and the customer's purchasing. */
public record Competition(
        @Doc("The competitors at this customer, with their share.")
        List<Competitor> competitors,

        @Doc("The customer's purchasing strategy.") String purchasingStrategy,

        @Doc("How the customer buys: steps, people, tenders.")
        String purchasingProcess,

        Origin origin) {}
