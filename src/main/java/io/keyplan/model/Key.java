package io.keyplan.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The YAML key of a record component. Without it the key is the component name in
 * snake_case ({@code whyKey} is {@code why_key}); it is needed only where that rule
 * does not give the spec's key ({@code years_4_6}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Key {
    String value();
}
