package io.keyplan.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allowed numeric range, inclusive. On a list or map component it applies to the
 * elements or values (selection scores 1..10, strategy canvas scores 0..10).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Range {
    /**
     * The largest amount of money either way, in the portal's currency: far above any real
     * plan, and small enough that sums and ratios of thousands of plans stay finite.
     */
    double AMOUNT = 1e15;

    double min();

    double max();
}
