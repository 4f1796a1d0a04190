package io.keyplan.model;

import java.util.List;

/** Section 10: what both sides put in. */
public record Investments(
        List<Investment> byCustomer, List<Investment> byUs, List<String> commitments, Origin origin) {}
