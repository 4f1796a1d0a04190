package io.keyplan.model;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One YAML key of a model record: the record component behind it and what the
 * annotations say about it. The loader binds YAML through these and the JSON Schema
 * is generated from them, which is why the two cannot drift apart.
 */
public record Field(String key, RecordComponent component, boolean required, String doc, Range range) {

    private static final Map<Class<?>, List<Field>> CACHE = new ConcurrentHashMap<>();

    public Type type() {
        return component.getGenericType();
    }

    /** The YAML keys of a record in declaration order; the {@link Origin} component has none. */
    public static List<Field> of(Class<? extends Record> type) {
        return CACHE.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (RecordComponent c : t.getRecordComponents()) {
                if (c.getType() == Origin.class) {
                    continue;
                }
                Key key = c.getAnnotation(Key.class);
                Doc doc = c.getAnnotation(Doc.class);
                fields.add(new Field(
                        key != null ? key.value() : snakeCase(c.getName()),
                        c,
                        c.isAnnotationPresent(Required.class),
                        doc == null ? null : doc.value(),
                        c.getAnnotation(Range.class)));
            }
            return List.copyOf(fields);
        });
    }

    /** {@code businessUnit} -> {@code business_unit}. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
