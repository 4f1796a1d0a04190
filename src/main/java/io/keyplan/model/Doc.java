package io.keyplan.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a field means, in the words of the format guide; becomes the JSON Schema description. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE, ElementType.FIELD})
public @interface Doc {
    String value();

    /** Real values an editor offers as examples; numbers are written as numbers in the schema. */
    String[] examples() default {};
}
