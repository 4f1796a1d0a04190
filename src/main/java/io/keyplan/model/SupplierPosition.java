package io.keyplan.model;

/** Our position as the customer sees us. */
public enum SupplierPosition implements Coded {
    SUPPLIER("supplier"),
    PREFERRED_SUPPLIER("preferred-supplier"),
    PARTNER("partner"),
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
