package io.keyplan.model;

/** What the customer pyramid ranks by, and its cut-offs as cumulative % of the positive total (spec 6.4). */
public record TierSettings(
        @Doc("What the pyramid and the whale curve rank accounts by: profit (default; accounts without"
                + " net_contribution_pct are not placed) or revenue.")
        TierBasis basis,

        @Range(min = 0, max = 100) @Doc("Platinum below this cumulative share. Default 50.")
        Double platinum,

        @Range(min = 0, max = 100) @Doc("Gold below this cumulative share. Default 80.")
        Double gold,

        Origin origin) {}
