package io.keyplan.model;

/**
 * What the customer pyramid and the whale curve rank accounts by (spec 6.4, {@code portal.tiers.basis}):
 * their profit, or, for a company that does not track margins per account, their current revenue.
 */
public enum TierBasis implements Coded {
    PROFIT("profit"),
    REVENUE("revenue");

    private final String code;

    TierBasis(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
