package io.keyplan.model;

import java.util.Map;

/**
 * Where a YAML mapping came from: its own position and the position of each key's value.
 * The loader fills it in so that later checks (references, warnings) can point at the
 * exact line; it is not part of the file format and has no key of its own.
 */
public record Origin(SourceSpan at, Map<String, SourceSpan> fields) {
    public static final Origin NONE = new Origin(new SourceSpan("", 0, 0), Map.of());

    public Origin {
        fields = Map.copyOf(fields);
    }

    /** Position of the value of {@code key}, or of the mapping itself when the key is absent. */
    public SourceSpan of(String key) {
        return fields.getOrDefault(key, at);
    }
}
