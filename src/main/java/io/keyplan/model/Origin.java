package io.keyplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a YAML mapping came from: its own position and the position of each key's value.
 * The loader fills it in so that later checks (references, warnings) can point at the
 * exact line; it is not part of the file format and has no key of its own.
 *
 * <p>Every mapping of every plan has one, so it is kept compact: the keys and their lines and
 * columns in arrays rather than a map of {@link SourceSpan}s (a portfolio of 10,000 plans holds
 * close to a million of them). Immutable.
 */
public final class Origin {
    public static final Origin NONE = new Origin(new SourceSpan("", 0, 0), Map.of());

    private final SourceSpan at;
    private final String[] keys;
    /** Line and column of the value of {@code keys[i]} at {@code 2i} and {@code 2i + 1}, in the file of {@link #at}. */
    private final int[] places;

    /** {@code fields}: the position of each key's value, all in the file of {@code at}. */
    public Origin(SourceSpan at, Map<String, SourceSpan> fields) {
        this.at = Objects.requireNonNull(at);
        this.keys = new String[fields.size()];
        this.places = new int[fields.size() * 2];
        int i = 0;
        for (Map.Entry<String, SourceSpan> e : fields.entrySet()) {
            SourceSpan s = e.getValue();
            if (!s.file().equals(at.file())) {
                throw new IllegalArgumentException("position of '" + e.getKey() + "' is in another file: " + s);
            }
            keys[i] = Objects.requireNonNull(e.getKey());
            places[2 * i] = s.line();
            places[2 * i + 1] = s.column();
            i++;
        }
    }

    /** The position of the mapping itself. */
    public SourceSpan at() {
        return at;
    }

    /** The position of each key's value, in file order. */
    public Map<String, SourceSpan> fields() {
        Map<String, SourceSpan> fields = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            fields.put(keys[i], span(i));
        }
        return Collections.unmodifiableMap(fields);
    }

    /** Position of the value of {@code key}, or of the mapping itself when the key is absent. */
    public SourceSpan of(String key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return span(i);
            }
        }
        return at;
    }

    /** True when {@code key} was written (with a value) in this mapping. */
    public boolean has(String key) {
        for (String k : keys) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private SourceSpan span(int i) {
        return new SourceSpan(at.file(), places[2 * i], places[2 * i + 1]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Origin other
                && at.equals(other.at)
                && Arrays.equals(keys, other.keys)
                && Arrays.equals(places, other.places);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * at.hashCode() + Arrays.hashCode(keys)) + Arrays.hashCode(places);
    }

    @Override
    public String toString() {
        return "Origin[at=" + at + ", fields=" + fields() + "]";
    }
}
