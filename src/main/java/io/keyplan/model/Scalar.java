package io.keyplan.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record that may also be written as a single scalar, which then fills the named
 * component: {@code owner: Jan de Vries} is {@code owner: {name: Jan de Vries}}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Scalar {
    /** The component that a scalar value fills. */
    String value();
}
