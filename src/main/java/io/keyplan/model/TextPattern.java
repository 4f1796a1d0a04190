package io.keyplan.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The shape a text field must have, as a regular expression over the whole value. The JSON
 * Schema states it so editors mark a wrong value; the loader's own check of that field
 * (for {@code currency}: PortalChecks, which also knows the real ISO codes) must agree with it,
 * which SchemaAgreementTest checks.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface TextPattern {
    String value();

    /** What to write instead, in plain words: an editor shows it instead of the expression. */
    String says();
}
