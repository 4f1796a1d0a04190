package io.keyplan.validate;

import io.keyplan.model.Field;
import io.keyplan.model.Origin;
import io.keyplan.model.SourceSpan;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every text of a model record, nested records, lists and maps included, with the position of
 * its value in the YAML file. Walked from the record components rather than from a list of
 * field names, so a text field added to the model is checked without anyone remembering to.
 */
final class YamlTexts {
    /** Called for every text; {@code at} looks the position up only when it is needed. */
    interface Visitor {
        void text(String text, Position at);
    }

    /** The position of a text's value, looked up on demand: most texts never need it. */
    record Position(Origin origin, String key) {
        SourceSpan span() {
            return origin.of(key);
        }
    }

    private YamlTexts() {
    }

    static void each(Record record, Visitor visitor) {
        if (record == null) {
            return;
        }
        Shape shape = Shape.of(record.getClass());
        Origin origin = shape.origin == null ? Origin.NONE : (Origin) get(shape.origin, record);
        for (int i = 0; i < shape.keys.size(); i++) {
            walk(get(shape.accessors.get(i), record), shape.keys.get(i), origin == null ? Origin.NONE : origin, visitor);
        }
    }

    private static void walk(Object value, String key, Origin origin, Visitor visitor) {
        if (value instanceof String s) {
            visitor.text(s, new Position(origin, key));
        } else if (value instanceof Record r) {
            each(r, visitor);
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                walk(item, key, origin, visitor);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object v = e.getValue();
                if (v instanceof String || v instanceof Record || v instanceof List || v instanceof Map) {
                    String entryKey = key + "." + e.getKey();
                    walk(v, origin.has(entryKey) ? entryKey : key, origin, visitor);
                }
            }
        }
    }

    private static Object get(MethodHandle accessor, Record record) {
        try {
            return (Object) accessor.invokeExact((Object) record);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read a component of " + record.getClass().getSimpleName(), e);
        }
    }

    /** A record type's YAML keys, their accessors and its Origin accessor, looked up once per type. */
    private static final class Shape {
        private static final ClassValue<Shape> CACHE = new ClassValue<>() {
            @Override
            protected Shape computeValue(Class<?> type) {
                return new Shape(type);
            }
        };

        final List<String> keys = new ArrayList<>();
        final List<MethodHandle> accessors = new ArrayList<>();
        final MethodHandle origin;

        @SuppressWarnings("unchecked")
        private Shape(Class<?> type) {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            try {
                for (Field f : Field.of((Class<? extends Record>) type)) {
                    keys.add(f.key());
                    accessors.add(generic(lookup.unreflect(f.component().getAccessor())));
                }
                MethodHandle o = null;
                for (RecordComponent c : type.getRecordComponents()) {
                    if (c.getType() == Origin.class) {
                        o = generic(lookup.unreflect(c.getAccessor()));
                    }
                }
                this.origin = o;
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read the components of " + type.getSimpleName(), e);
            }
        }

        /** (Object) -> Object, so that invokeExact needs no conversion on every call. */
        private static MethodHandle generic(MethodHandle accessor) {
            return accessor.asType(java.lang.invoke.MethodType.methodType(Object.class, Object.class));
        }

        static Shape of(Class<?> type) {
            return CACHE.get(type);
        }
    }
}
