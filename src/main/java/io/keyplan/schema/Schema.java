package io.keyplan.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema of {@code account.yaml} as the site publishes it: the copy committed in
 * {@code schema/} and packed into the jar, which a test keeps equal to what
 * {@link SchemaGenerator} makes from the model. Reading it saves every build the cost of
 * starting the JSON library's object mapper (a large part of building a small portfolio).
 */
public final class Schema {
    static final String RESOURCE = "/keyplan-schema/account.schema.json";

    private Schema() {}

    public static String json() {
        try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return SchemaGenerator.json(); // run from a source tree without the packed copy
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
