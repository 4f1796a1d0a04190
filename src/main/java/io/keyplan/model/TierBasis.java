package io.keyplan.model;

/**
 * What the customer pyramid and the whale curve rank accounts by (spec 6.4, {@code portal.tiers.basis}):
 * their profit, or, for a company that does not track margins per account, their current revenue.
 */
public enum TierBasis implements Coded {
    @Doc(
            "rank by profit (current revenue x net contribution); accounts without a net contribution are not placed (the default).")
    PROFIT("profit"),

    @Doc("rank by current revenue, for a company that does not track margins per account.")
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
