package io.keyplan.model;

/** Section 8: why the partnership makes sense for both sides. */
public record StrategicFit(
        @Doc("How the plan helps the customer succeed.") String customerSuccess,
        @Doc("What we get out of it.") String ourReturn,
        @Doc("The value we add that others do not.") String addedValue,
        Origin origin) {}
