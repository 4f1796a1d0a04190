package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Suggest;
import io.keyplan.model.Field;
import io.keyplan.model.Origin;
import io.keyplan.model.Range;
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
    Object value(Type type, YamlNode node, String key, Range range) {
        if (node == null) {
            return absent(type);
        }
        if (node instanceof YamlNode.Scalar s && s.isEmpty() && !(raw(type) == String.class && s.quoted())) {
            return absent(type);
        }
        Class<?> raw = raw(type);
        if (raw == List.class) {
            return list(((ParameterizedType) type).getActualTypeArguments()[0], node, key, range);
        }
        if (raw == Map.class) {
            Type[] args = ((ParameterizedType) type).getActualTypeArguments();
            return map(args[0], args[1], node, key, range);
        }
        if (Record.class.isAssignableFrom(raw)) {
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
        List<Field> fields = info.fields;
        Map<String, Field> byKey = info.byKey;
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, SourceSpan> positions = new LinkedHashMap<>();
        Set<String> faulty = new HashSet<>();
        boolean ownFault = key == null && doubtfulTop;
        for (YamlNode.Entry e : m.entries()) {
            String k = e.key().text();
            Field f = byKey.get(k);
            if (f == null) {
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
            k = f.key();
            if (!empty) {
                positions.put(k, v.at());
            }
            if (Binder.raw(f.type()) == Map.class) {
                entryPositions(k, v, positions);
            }
            int before = mistakes();
            values.put(k, value(f.type(), v, k, f.range()));
            if (mistakes() > before) {
                faulty.add(k);
            }
        }
        for (Field f : fields) {
            if (f.required() && isBlank(values.get(f.key()))) {
                ownFault = true;
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
                String k = prefix + "." + e.key().text();
                if (KEYS.size() < 100_000) {
                    k = KEYS.computeIfAbsent(k, x -> x);
                }
                positions.putIfAbsent(k, e.key().at());
                entryPositions(k, e.value(), positions);
            }
        }
    }

    private <T extends Record> T scalarRecord(Class<T> type, String component, YamlNode.Scalar s, String key) {
        for (Field f : Field.of(type)) {
            if (f.component().getName().equals(component)) {
                Object v = value(f.type(), s, key, f.range());
                if (v == null) {
                    return null;
                }
                return construct(type, s.at(), Map.of(f.key(), v), Map.of(f.key(), s.at()), Set.of(), false);
            }
        }
        throw new IllegalStateException("@Scalar names no component of " + type.getSimpleName());
    }

    private <T extends Record> T construct(
            Class<T> type,
            SourceSpan at,
            Map<String, Object> values,
            Map<String, SourceSpan> positions,
            Set<String> faulty,
            boolean ownFault) {
        RecordInfo info = RecordInfo.of(type);
        RecordComponent[] components = info.components;
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            if (c.getType() == Origin.class) {
                args[i] = new Origin(at, positions, faulty, ownFault);
            } else {
                Field f = info.byName.get(c.getName());
                Object v = values.get(f.key());
                args[i] = v != null ? v : absent(c.getGenericType());
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

        final List<Field> fields;
        final Map<String, Field> byKey = new LinkedHashMap<>();
        final Map<String, Field> byName = new LinkedHashMap<>();
        final RecordComponent[] components;
        final Constructor<?> constructor;
        final ReflectiveOperationException missing;

        @SuppressWarnings("unchecked")
        private RecordInfo(Class<?> type) {
            this.fields = Field.of((Class<? extends Record>) type);
            for (Field f : fields) {
                byKey.put(f.key(), f);
                byName.put(f.component().getName(), f);
            }
            this.components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            Constructor<?> ctor = null;
            ReflectiveOperationException problem = null;
            try {
                ctor = type.getDeclaredConstructor(types);
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

    private List<Object> list(Type element, YamlNode node, String key, Range range) {
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

    private Map<Object, Object> map(Type keyType, Type valueType, YamlNode node, String key, Range range) {
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
            Object k = scalars.mapKey(raw(keyType), e.key(), key);
            Object v = value(valueType, e.value(), e.key().text(), range);
            if (k != null && v != null) {
                out.put(k, v);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Object absent(Type type) {
        Class<?> raw = raw(type);
        if (raw == List.class) {
            return List.of();
        }
        if (raw == Map.class) {
            return Map.of();
        }
        return null;
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
        return "\"" + Scalars.shorten(((YamlNode.Scalar) node).text()) + "\"";
    }

    private void error(SourceSpan at, String rule, String message, String hint) {
        mistakes++;
        diagnostics.error(at, rule, message, hint);
    }
}
