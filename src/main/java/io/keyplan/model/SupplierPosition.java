package io.keyplan.model;

/** Our position as the customer sees us. */
public enum SupplierPosition implements Coded {
    @Doc("one supplier among others.")
    SUPPLIER("supplier"),
    @Doc("first choice when the customer buys.")
    PREFERRED_SUPPLIER("preferred-supplier"),
    @Doc("works with the customer on shared goals.")
    PARTNER("partner"),
    @Doc("part of the customer's own strategy.")
    STRATEGIC_PARTNER("strategic-partner");

    private final String code;

    SupplierPosition(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
