package io.keyplan.model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a tree of model records (records of this package, nested in each other, in lists and in
 * maps) and shows every value in it with where it is written: the record that holds it, the
 * {@link Field} it is the value of, that record's {@link Origin} and the keys of any maps in
 * between ({@link At}). Validation reads every text of a plan through it, the public profile
 * rewrites them through it and the renderer asks it whether a section holds anything: one walk,
 * so that they agree on what "every value" is.
 *
 * <p>Records are walked in the order of their components, lists in order, maps in entry order.
 * {@link Origin}s are not values: they are what {@link At} points with. The reflection for a record
 * type is looked up once: the walk runs over every plan of portfolios of thousands.
 */
public final class RecordWalker {
    private RecordWalker() {}

    /** Is shown every value that is not a model record, a list or a map. */
    @FunctionalInterface
    public interface Visitor {
        /** {@code at} is only valid during the call. Returns false to stop the walk. */
        boolean visit(Object value, At at);
    }

    /** Gives what a value that is not a model record, a list or a map, or a map key, becomes in the copy. */
    @FunctionalInterface
    public interface Rewrite {
        /** {@code at} is only valid during the call. */
        Object value(Object value, At at);
    }

    /**
     * Shows {@code visitor} every value under {@code root} (or {@code root} itself when it is a
     * plain value), but neither nulls nor map keys. Returns false when the visitor stopped the walk.
     */
    public static boolean visit(Object root, Visitor visitor) {
        return visit(root, Origin.NONE.at(), visitor);
    }

    /** {@link #visit(Object, Visitor)}; {@code outer}: what {@link At#span()} gives where no record knows better. */
    public static boolean visit(Object root, SourceSpan outer, Visitor visitor) {
        return walk(root, new At(outer), visitor);
    }

    /**
     * A copy of the tree with every value that is not a model record, a list or a map replaced by
     * what {@code rewrite} makes of it, map keys too (the key first, then its value). Records are
     * built again through their canonical constructors with their Origins as they were; lists and
     * maps are new unmodifiable ones, maps in the same order. Nulls stay null.
     */
    @SuppressWarnings("unchecked")
    public static <T> T rewrite(T root, SourceSpan outer, Rewrite rewrite) {
        return (T) copy(root, new At(outer), rewrite);
    }

    private static boolean walk(Object value, At at, Visitor visitor) {
        if (value == null) {
            return true;
        }
        if (value instanceof Record r) {
            Shape shape = Shape.of(r.getClass());
            if (shape != Shape.NOT_MODEL) {
                return walkRecord(r, shape, at, visitor);
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!walk(item, at, visitor)) {
                    return false;
                }
            }
            return true;
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                at.mapKeys.add(e.getKey());
                boolean go = walk(e.getValue(), at, visitor);
                at.mapKeys.remove(at.mapKeys.size() - 1);
                if (!go) {
                    return false;
                }
            }
            return true;
        }
        return visitor.visit(value, at);
    }

    private static boolean walkRecord(Record r, Shape shape, At at, Visitor visitor) {
        at.enter(r, shape.origin(r));
        boolean go = true;
        for (int i = 0; go && i < shape.fields.length; i++) {
            at.field(shape.fields[i]);
            go = walk(shape.value(i, r), at, visitor);
        }
        at.leave();
        return go;
    }

    private static Object copy(Object value, At at, Rewrite rewrite) {
        if (value == null) {
            return null;
        }
        if (value instanceof Record r) {
            Shape shape = Shape.of(r.getClass());
            if (shape != Shape.NOT_MODEL) {
                return copyRecord(r, shape, at, rewrite);
            }
        } else if (value instanceof List<?> list) {
            return list.stream().map(item -> copy(item, at, rewrite)).toList();
        } else if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                at.mapKey = true;
                Object k = copy(e.getKey(), at, rewrite);
                at.mapKey = false;
                at.mapKeys.add(e.getKey());
                Object v = copy(e.getValue(), at, rewrite);
                at.mapKeys.remove(at.mapKeys.size() - 1);
                out.put(k, v);
            }
            return Collections.unmodifiableMap(out);
        }
        return rewrite.value(value, at);
    }

    private static Object copyRecord(Record r, Shape shape, At at, Rewrite rewrite) {
        Origin origin = shape.origin(r);
        at.enter(r, origin);
        Object[] args = new Object[shape.fieldOf.length];
        for (int c = 0; c < args.length; c++) {
            int i = shape.fieldOf[c];
            if (i < 0) {
                args[c] = origin;
            } else {
                at.field(shape.fields[i]);
                args[c] = copy(shape.value(i, r), at, rewrite);
            }
        }
        at.leave();
        return shape.construct(args);
    }

    /**
     * Where the value being shown is: in which record, as the value of which field, below which
     * map keys. One cursor serves a whole walk and moves on after each call, so it must not be kept.
     */
    public static final class At {
        private final SourceSpan outer;
        private Record[] records = new Record[8];
        private Origin[] origins = new Origin[8];
        private Field[] fields = new Field[8];
        /** Where each record's map keys start in {@link #mapKeys}: a nested record starts afresh. */
        private int[] mapKeysFrom = new int[8];

        private int depth = -1;
        private final List<Object> mapKeys = new ArrayList<>();
        private boolean mapKey;

        private At(SourceSpan outer) {
            this.outer = outer;
        }

        /** The innermost record holding the value; null for a root that is no record. */
        public Record record() {
            return depth < 0 ? null : records[depth];
        }

        /** The field of {@link #record()} the value belongs to (through any lists and maps); null outside a record. */
        public Field field() {
            return depth < 0 ? null : fields[depth];
        }

        /** The YAML key of {@link #field()}; null outside a record. */
        public String key() {
            return depth < 0 ? null : fields[depth].key();
        }

        /** The Origin of {@link #record()}; null when it has none. */
        public Origin origin() {
            return depth < 0 ? null : origins[depth];
        }

        /** The keys of the maps between {@link #field()} and the value, outermost first (not the value's own key, for a map key). */
        public List<Object> mapKeys() {
            int from = depth < 0 ? 0 : mapKeysFrom[depth];
            return from == mapKeys.size() ? List.of() : List.copyOf(mapKeys.subList(from, mapKeys.size()));
        }

        /** True when the value is a map key (only {@link #rewrite} shows them). */
        public boolean isMapKey() {
            return mapKey;
        }

        /**
         * The position of the value's field in the nearest record, this one or one it is nested in,
         * that knows where it was written (an Origin that is not {@link Origin#NONE}); else the
         * walk's {@code outer}. Map keys inside the field are not looked up.
         */
        public SourceSpan span() {
            for (int d = depth; d >= 0; d--) {
                if (origins[d] != null && origins[d] != Origin.NONE) {
                    return origins[d].of(fields[d].key());
                }
            }
            return outer;
        }

        private void enter(Record r, Origin origin) {
            if (++depth == records.length) {
                int n = depth * 2;
                records = Arrays.copyOf(records, n);
                origins = Arrays.copyOf(origins, n);
                fields = Arrays.copyOf(fields, n);
                mapKeysFrom = Arrays.copyOf(mapKeysFrom, n);
            }
            records[depth] = r;
            origins[depth] = origin;
            fields[depth] = null;
            mapKeysFrom[depth] = mapKeys.size();
        }

        private void field(Field f) {
            fields[depth] = f;
        }

        private void leave() {
            records[depth] = null;
            origins[depth] = null;
            fields[depth] = null;
            depth--;
        }
    }

    /** A model record type's fields, accessors, Origin and constructor, looked up once per type. */
    private static final class Shape {
        static final Shape NOT_MODEL = new Shape();

        private static final ClassValue<Shape> CACHE = new ClassValue<>() {
            @Override
            protected Shape computeValue(Class<?> type) {
                return type.getPackageName().equals(RecordWalker.class.getPackageName()) ? new Shape(type) : NOT_MODEL;
            }
        };

        /** The YAML keys in component order, without the Origin. */
        final Field[] fields;
        /** {@code fields[i]}'s accessor, as (Object) -> Object so that invokeExact needs no conversion on each call. */
        final MethodHandle[] accessors;
        /** The Origin's accessor, or null when the type has none. */
        final MethodHandle origin;
        /** For each component: its index in {@link #fields}, or -1 for the Origin. */
        final int[] fieldOf;
        /** The canonical constructor, as (Object[]) -> Object; made when a copy first needs it (see {@link #construct}). */
        private volatile MethodHandle constructor;

        private final Class<?> type;
        private final Class<?>[] types;

        final String name;

        private Shape() {
            name = "";
            type = null;
            types = new Class<?>[0];
            fields = new Field[0];
            accessors = new MethodHandle[0];
            origin = null;
            fieldOf = new int[0];
        }

        @SuppressWarnings("unchecked")
        private Shape(Class<?> type) {
            name = type.getSimpleName();
            this.type = type;
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            List<Field> list = Field.of((Class<? extends Record>) type);
            RecordComponent[] components = type.getRecordComponents();
            fields = list.toArray(new Field[0]);
            accessors = new MethodHandle[fields.length];
            fieldOf = new int[components.length];
            MethodHandle o = null;
            try {
                for (int c = 0; c < components.length; c++) {
                    fieldOf[c] = -1;
                    if (components[c].getType() == Origin.class) {
                        o = generic(lookup.unreflect(components[c].getAccessor()));
                        continue;
                    }
                    for (int i = 0; i < fields.length; i++) {
                        if (fields[i].component().getName().equals(components[c].getName())) {
                            fieldOf[c] = i;
                            accessors[i] = generic(lookup.unreflect(components[c].getAccessor()));
                        }
                    }
                }
                types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the components of " + type.getSimpleName(), e);
            }
            origin = o;
        }

        private static MethodHandle generic(MethodHandle accessor) {
            return accessor.asType(MethodType.methodType(Object.class, Object.class));
        }

        static Shape of(Class<?> type) {
            return CACHE.get(type);
        }

        Object value(int field, Record r) {
            try {
                return (Object) accessors[field].invokeExact((Object) r);
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + fields[field].key() + " of " + name, e);
            }
        }

        Origin origin(Record r) {
            if (origin == null) {
                return null;
            }
            try {
                return (Origin) (Object) origin.invokeExact((Object) r);
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read the origin of " + name, e);
            }
        }

        Object construct(Object[] args) {
            try {
                MethodHandle c = constructor;
                if (c == null) {
                    // Only a copy needs it, and the spreading handle costs generated classes: validation
                    // walks every plan without ever copying one.
                    c = MethodHandles.lookup()
                            .unreflectConstructor(type.getDeclaredConstructor(types))
                            .asSpreader(Object[].class, types.length)
                            .asType(MethodType.methodType(Object.class, Object[].class));
                    constructor = c;
                }
                return (Object) c.invokeExact(args);
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot copy " + name, e);
            }
        }
    }
}
