package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Printable;
import io.keyplan.diagnostic.Suggest;
import io.keyplan.model.Field;
import io.keyplan.model.Origin;
import io.keyplan.model.Scalar;
import io.keyplan.model.SourceSpan;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds {@link YamlNode}s to the model records through {@link Field#of}: the records' own
 * components and annotations say what is allowed. Every problem is reported with its
 * position and binding goes on, so one run shows all mistakes of a file.
 *
 * <p>Its walk is its own, not {@link io.keyplan.model.RecordWalker}'s: that one walks the values of
 * records that exist, this one the record <em>types</em>, led by the YAML, before any value exists.
 */
final class Binder {
    private final Diagnostics diagnostics;
    private final Scalars scalars;
    /** Mistakes this binder reported itself; with the scalars' they say which values were read in full. */
    private int mistakes;
    /** The file was read with a mistake of the YAML itself; see {@link #bind(Class, YamlNode.Mapping, boolean)}. */
    private boolean doubtfulTop;

    Binder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.scalars = new Scalars(diagnostics);
    }

    /** Binds a whole file; the top level is a record. */
    <T extends Record> T bind(Class<T> type, YamlNode.Mapping root) {
        return record(type, root, null);
    }

    /**
     * Binds a whole file that was read with a mistake the binder does not see (a duplicate key):
     * when {@code doubtful}, the top level counts as having a mistake of its own.
     */
    <T extends Record> T bind(Class<T> type, YamlNode.Mapping root, boolean doubtful) {
        doubtfulTop = doubtful;
        return record(type, root, null);
    }

    /** Any value of the model: scalar, list, map or record. Null when absent or wrong. */
    private Object value(Kind kind, YamlNode node, String key, Bounds range) {
        if (node == null) {
            return kind.absent;
        }
        Class<?> raw = kind.raw;
        if (node instanceof YamlNode.Scalar s && s.isEmpty() && !(raw == String.class && s.quoted())) {
            return kind.absent;
        }
        if (raw == List.class) {
            return list(kind.element, node, key, range);
        }
        if (raw == Map.class) {
            return map(kind.key, kind.element, node, key, range);
        }
        if (kind.isRecord) {
            @SuppressWarnings("unchecked")
            Class<? extends Record> rt = (Class<? extends Record>) raw;
            return record(rt, node, key);
        }
        if (!(node instanceof YamlNode.Scalar s)) {
            error(
                    node.at(),
                    "type",
                    Scalars.quote(key) + " must be " + Scalars.expected(raw, range) + ", got " + describe(node),
                    null);
            return null;
        }
        return scalars.convert(raw, s, key, range);
    }

    private <T extends Record> T record(Class<T> type, YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar s) {
            Scalar scalarForm = type.getAnnotation(Scalar.class);
            if (scalarForm != null) {
                return scalarRecord(type, scalarForm.value(), s, key);
            }
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            error(
                    node.at(),
                    "type",
                    Scalars.quote(key) + " must be a set of 'key: value' lines, got " + describe(node),
                    "write the keys indented below " + Scalars.quote(key));
            return null;
        }
        RecordInfo info = RecordInfo.of(type);
        Map<String, Slot> byKey = info.byKey;
        // By component, as the constructor takes them: no map of values to fill and read back.
        Object[] values = new Object[info.components.length];
        Map<String, SourceSpan> positions = new LinkedHashMap<>();
        Set<String> faulty = new HashSet<>();
        boolean ownFault = key == null && doubtfulTop;
        for (YamlNode.Entry e : m.entries()) {
            String k = e.key().text();
            Slot slot = byKey.get(k);
            if (slot == null) {
                ownFault = true;
                error(
                        e.key().at(),
                        "unknown-key",
                        "unknown key '" + k + "'" + (key == null ? "" : " in " + Scalars.quote(key))
                                + Suggest.didYouMean(k, byKey.keySet()),
                        "the keys allowed here are: " + String.join(", ", byKey.keySet()));
                continue;
            }
            YamlNode v = e.value();
            // A key with an empty value counts as absent, so it gets no position either: a
            // present position means "written" (public_sections: [] differs from no key at all).
            boolean empty = v instanceof YamlNode.Scalar s && s.isEmpty();
            // The field's own key string, not the parsed one: every plan's Origins then share the
            // same few key strings instead of holding millions of copies in a large portfolio.
            k = slot.field.key();
            if (!empty) {
                positions.put(k, v.at());
            }
            if (slot.kind.raw == Map.class) {
                entryPositions(k, v, positions);
            }
            int before = mistakes();
            values[slot.index] = value(slot.kind, v, k, slot.bounds);
            if (mistakes() > before) {
                faulty.add(k);
            }
        }
        for (Slot slot : info.slots) {
            Field f = slot.field;
            if (f.required() && isBlank(values[slot.index])) {
                ownFault = true;
                if (faulty.contains(f.key())) {
                    continue; // its value is wrong and said so: "date: 2026-13-45" is not also "empty"
                }
                String what = m.get(f.key()) == null ? "is missing" : "is empty";
                error(
                        m.at(),
                        "required",
                        "required key '" + f.key() + "' " + what + (key == null ? "" : " in " + Scalars.quote(key)),
                        "add '" + f.key() + ": ...'");
            }
        }
        return construct(type, m.at(), values, positions, faulty, ownFault);
    }

    private int mistakes() {
        return mistakes + scalars.mistakes();
    }

    /**
     * Map entries have no Origin of their own, so their keys' positions go into the enclosing
     * record's Origin as {@code map_key.entry} ({@code selection_scores.innovation},
     * {@code departments.Maintenance.Sensors}), for the cross-file checks to point at.
     */
    /**
     * One copy of each composite key ({@code selection_scores.innovation}): every plan has the same
     * few dozen, and a large portfolio would otherwise hold them hundreds of thousands of times.
     * Capped, as keys written by users (department names) are kept for as long as the JVM runs.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static void entryPositions(String prefix, YamlNode node, Map<String, SourceSpan> positions) {
        if (node instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries()) {
                String entry = e.key().text();
                // A builder rather than +, whose method-handle set-up costs more than the joining under the quick JIT.
                String k = new StringBuilder(prefix.length() + 1 + entry.length())
                        .append(prefix)
                        .append('.')
                        .append(entry)
                        .toString();
                String known = KEYS.get(k);
                if (known != null) {
                    k = known;
                } else if (KEYS.size() < 100_000) {
                    k = KEYS.computeIfAbsent(k, x -> x);
                }
                positions.putIfAbsent(k, e.key().at());
                entryPositions(k, e.value(), positions);
            }
        }
    }

    private <T extends Record> T scalarRecord(Class<T> type, String component, YamlNode.Scalar s, String key) {
        RecordInfo info = RecordInfo.of(type);
        for (Slot slot : info.slots) {
            Field f = slot.field;
            if (f.component().getName().equals(component)) {
                Object v = value(slot.kind, s, key, slot.bounds);
                if (v == null) {
                    return null;
                }
                Object[] values = new Object[info.components.length];
                values[slot.index] = v;
                return construct(type, s.at(), values, Map.of(f.key(), s.at()), Set.of(), false);
            }
        }
        throw new IllegalStateException("@Scalar names no component of " + type.getSimpleName());
    }

    private <T extends Record> T construct(
            Class<T> type,
            SourceSpan at,
            Object[] values,
            Map<String, SourceSpan> positions,
            Set<String> faulty,
            boolean ownFault) {
        RecordInfo info = RecordInfo.of(type);
        Object[] args = values;
        for (int i = 0; i < args.length; i++) {
            if (info.origin[i]) {
                args[i] = new Origin(at, positions, faulty, ownFault);
            } else if (args[i] == null) {
                args[i] = info.absent[i];
            }
        }
        try {
            if (info.constructor == null) {
                throw info.missing;
            }
            return type.cast(info.constructor.newInstance(args));
        } catch (InvocationTargetException e) {
            // A record refuses values only with a message written for users; anything else stays unsaid.
            String why = e.getCause() instanceof IllegalArgumentException a && a.getMessage() != null
                    ? ": " + a.getMessage()
                    : "";
            error(at, "type", "these values do not fit together" + why, null);
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /**
     * What binding needs to know about a record type, looked up once per type: reflection is
     * slow, and a large portfolio binds the same few records hundreds of thousands of times.
     */
    private static final class RecordInfo {
        private static final ClassValue<RecordInfo> CACHE = new ClassValue<>() {
            @Override
            protected RecordInfo computeValue(Class<?> type) {
                return new RecordInfo(type);
            }
        };

        final List<Slot> slots = new ArrayList<>();
        final Map<String, Slot> byKey = new LinkedHashMap<>();
        final RecordComponent[] components;
        /** For each component: whether it is the Origin, and its value when the YAML has none. */
        final boolean[] origin;

        final Object[] absent;
        final Constructor<?> constructor;
        final ReflectiveOperationException missing;

        @SuppressWarnings("unchecked")
        private RecordInfo(Class<?> type) {
            this.components = type.getRecordComponents();
            this.origin = new boolean[components.length];
            this.absent = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                origin[i] = types[i] == Origin.class;
                absent[i] = Kind.of(components[i].getGenericType()).absent;
            }
            for (Field f : Field.of((Class<? extends Record>) type)) {
                for (int i = 0; i < components.length; i++) {
                    if (components[i].getName().equals(f.component().getName())) {
                        Slot slot = new Slot(f, i, Kind.of(f.type()), f.range() == null ? null : Bounds.of(f.range()));
                        slots.add(slot);
                        byKey.put(f.key(), slot);
                    }
                }
            }
            Constructor<?> ctor = null;
            ReflectiveOperationException problem = null;
            try {
                ctor = type.getDeclaredConstructor(types);
                // The canonical constructor of a public record: accessible anyway, and without this
                // newInstance looks up its caller on every call, most of its cost.
                ctor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                problem = e;
            }
            this.constructor = ctor;
            this.missing = problem;
        }

        static RecordInfo of(Class<?> type) {
            return CACHE.get(type);
        }
    }

    /** A field of a record type with what binding its values needs, worked out once per type. */
    private record Slot(Field field, int index, Kind kind, Bounds bounds) {}

    /**
     * A type of the model as binding needs it, worked out once per record component rather than
     * once per value: its class, what it holds (a list's elements; a map's keys and values), and
     * what an absent value is.
     */
    private static final class Kind {
        final Class<?> raw;
        final boolean isRecord;
        /** A list's element or a map's value type; null for anything else. */
        final Kind element;
        /** A map's key type; null for anything else. */
        final Kind key;

        final Object absent;

        private Kind(Type type) {
            raw = raw(type);
            isRecord = Record.class.isAssignableFrom(raw);
            Type[] args = type instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
            if (raw == List.class) {
                element = of(args[0]);
                key = null;
                absent = List.of();
            } else if (raw == Map.class) {
                key = of(args[0]);
                element = of(args[1]);
                absent = Map.of();
            } else {
                element = null;
                key = null;
                absent = null;
            }
        }

        static Kind of(Type type) {
            return new Kind(type);
        }
    }

    private List<Object> list(Kind element, YamlNode node, String key, Bounds range) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            error(
                    node.at(),
                    "type",
                    Scalars.quote(key) + " must be a list, got " + describe(node),
                    "put each item on its own line, starting with '- '");
            return List.of();
        }
        List<Object> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            Object v = value(element, item, key, range);
            if (v != null) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    private Map<Object, Object> map(Kind keyType, Kind valueType, YamlNode node, String key, Bounds range) {
        if (!(node instanceof YamlNode.Mapping m)) {
            error(
                    node.at(),
                    "type",
                    Scalars.quote(key) + " must be a set of 'key: value' lines, got " + describe(node),
                    null);
            return Map.of();
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : m.entries()) {
            Object k = scalars.mapKey(keyType.raw, e.key(), key);
            Object v = value(valueType, e.value(), e.key().text(), range);
            if (k != null && v != null) {
                out.put(k, v);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static boolean isBlank(Object v) {
        return v == null || (v instanceof String s && s.isBlank());
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + type);
    }

    /** Plain words for what a node is, for "got ..." in messages. */
    static String describe(YamlNode node) {
        if (node instanceof YamlNode.Mapping) {
            return "a set of 'key: value' lines";
        }
        if (node instanceof YamlNode.Sequence) {
            return "a list";
        }
        return "\"" + Printable.shorten(((YamlNode.Scalar) node).text()) + "\"";
    }

    private void error(SourceSpan at, String rule, String message, String hint) {
        mistakes++;
        diagnostics.error(at, rule, message, hint);
    }
}
