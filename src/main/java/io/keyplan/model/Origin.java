package io.keyplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a YAML mapping came from: its own position and the position of each key's value.
 * The loader fills it in so that later checks (references, warnings) can point at the
 * exact line; it is not part of the file format and has no key of its own.
 *
 * <p>Every mapping of every plan has one, so it is kept compact: the keys and their lines and
 * columns in arrays rather than a map of {@link SourceSpan}s (a portfolio of 10,000 plans holds
 * close to a million of them). Immutable.
 *
 * <p>It also says which parts were read in full ({@link #intact(String)}): a file with a mistake
 * is still checked for broken references, but only into the parts read without one, so that a
 * list that lost an item to a type error does not make every reference to that item an error too.
 */
public final class Origin {
    // Before NONE: a static field is set in the order written, and NONE's constructor reads it.
    private static final String[] NO_KEYS = {};

    public static final Origin NONE = new Origin(new SourceSpan("", 0, 0), Map.of());

    private final SourceSpan at;
    private final String[] keys;
    /** Line and column of the value of {@code keys[i]} at {@code 2i} and {@code 2i + 1}, in the file of {@link #at}. */
    private final int[] places;
    /** Keys whose value (or something below it) had a mistake; usually none. */
    private final String[] faulty;
    /** True when the mapping itself had a mistake: an unknown key (maybe a misspelt known one), a missing one. */
    private final boolean ownFault;

    /** {@code fields}: the position of each key's value, all in the file of {@code at}. Read without a mistake. */
    public Origin(SourceSpan at, Map<String, SourceSpan> fields) {
        this(at, fields, Set.of(), false);
    }

    /**
     * As read with mistakes: {@code faulty} are the keys whose value had one (anywhere below it),
     * {@code ownFault} says that the mapping itself had one (an unknown or a missing key).
     */
    public Origin(SourceSpan at, Map<String, SourceSpan> fields, Set<String> faulty, boolean ownFault) {
        this.at = Objects.requireNonNull(at);
        this.faulty = faulty.isEmpty() ? NO_KEYS : faulty.toArray(String[]::new);
        this.ownFault = ownFault;
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

    private Origin(SourceSpan at, String[] keys, int[] places, String[] faulty, boolean ownFault) {
        this.at = at;
        this.keys = keys;
        this.places = places;
        this.faulty = faulty;
        this.ownFault = ownFault;
    }

    /**
     * The same origin as {@link #Origin(SourceSpan, Map, Set, boolean)} makes, from its parts as
     * arrays: {@code places} holds the line and column of {@code keys[i]}'s value at {@code 2i} and
     * {@code 2i + 1}, in the file of {@code at}. For a reader of stored origins (the loader's cache
     * makes some hundred thousand of them a build), which thus builds no map and no position per key.
     * The arrays are copied; keys must be distinct, and so must the faulty ones.
     *
     * @throws IllegalArgumentException for a key that is null or given twice, or places of another length
     */
    public static Origin of(SourceSpan at, String[] keys, int[] places, String[] faulty, boolean ownFault) {
        Objects.requireNonNull(at);
        if (places.length != 2 * keys.length) {
            throw new IllegalArgumentException("a line and a column for every key");
        }
        if (keys.length == 0 && faulty.length == 0 && !ownFault && at.equals(NONE.at)) {
            // Some stages ask "is this the record made in code?" by identity.
            return NONE;
        }
        return new Origin(
                at, distinct(keys), places.clone(), faulty.length == 0 ? NO_KEYS : distinct(faulty), ownFault);
    }

    private static String[] distinct(String[] keys) {
        String[] copy = keys.clone();
        if (copy.length <= 16) {
            for (int i = 0; i < copy.length; i++) {
                Objects.requireNonNull(copy[i]);
                for (int j = 0; j < i; j++) {
                    if (copy[j].equals(copy[i])) {
                        throw new IllegalArgumentException("the key '" + copy[i] + "' twice");
                    }
                }
            }
        } else if (Set.of(copy).size() != copy.length) { // null or twice: Set.of throws
            throw new IllegalArgumentException("a key twice");
        }
        return copy;
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

    /**
     * True when the mapping had no mistake of its own and the value of {@code key} (absent or not)
     * was read without one: what a reference into that value may rely on.
     */
    public boolean intact(String key) {
        if (ownFault) {
            return false;
        }
        for (String k : faulty) {
            if (k.equals(key)) {
                return false;
            }
        }
        return true;
    }

    /** The keys whose value (or something below it) had a mistake, in no particular order; usually none. */
    public Set<String> faultyKeys() {
        return Set.of(faulty);
    }

    /** True when the mapping itself had a mistake (an unknown or a missing key). */
    public boolean ownFault() {
        return ownFault;
    }

    /** True when the mapping and everything below it were read without a mistake. */
    public boolean intact() {
        return !ownFault && faulty.length == 0;
    }

    private SourceSpan span(int i) {
        return new SourceSpan(at.file(), places[2 * i], places[2 * i + 1]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Origin other
                && at.equals(other.at)
                && Arrays.equals(keys, other.keys)
                && Arrays.equals(places, other.places)
                && ownFault == other.ownFault
                && Set.of(faulty).equals(Set.of(other.faulty));
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
