package io.keyplan.schema;

import io.keyplan.schema.SchemaGenerator.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas as the site publishes them: the copies committed in {@code schema/} and
 * packed into the jar, which a test keeps equal to what {@link SchemaGenerator} makes from the
 * model. Reading them saves every build the cost of starting the JSON library's object mapper
 * (a large part of building a small portfolio).
 */
public final class Schema {
    static final String RESOURCE = resource(Kind.ACCOUNT);

    private Schema() {}

    /** The account schema. */
    public static String json() {
        return json(Kind.ACCOUNT);
    }

    public static String json(Kind kind) {
        try (InputStream in = Schema.class.getResourceAsStream(resource(kind))) {
            if (in == null) {
                return SchemaGenerator.json(kind); // run from a source tree without the packed copy
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(Kind kind) {
        return "/keyplan-schema/" + kind.fileName();
    }
}
