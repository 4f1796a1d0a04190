package io.keyplan.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.keyplan.model.Coded;
import io.keyplan.model.Field;
import io.keyplan.model.Origin;
import io.keyplan.model.Scalar;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only shortcut for building model records from YAML text, without the real loader's
 * checks or positions (every {@code Origin} is {@link Origin#NONE}). Lets analysis and
 * rendering tests say what a plan contains in the same words a user would write:
 * <pre>{@code AccountPlan p = Records.plan("name: Acme\nowner: Jan\nstage: basic");}</pre>
 * Unknown keys fail loudly so a typo in a test cannot pass silently.
 */
public final class Records {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Records() {}

    public static io.keyplan.model.AccountPlan plan(String yaml) {
        return fromYaml(io.keyplan.model.AccountPlan.class, yaml);
    }

    public static <T extends Record> T fromYaml(Class<T> type, String yaml) {
        try {
            Object tree = YAML.readValue(yaml, Object.class);
            return type.cast(build(type, tree == null ? Map.of() : tree));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("bad test YAML: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object convert(Type type, Object value) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                List<Object> out = new ArrayList<>();
                if (value != null) {
                    for (Object item : (List<?>) value) {
                        out.add(convert(args[0], item));
                    }
                }
                return List.copyOf(out);
            }
            if (raw == Map.class) {
                Map<Object, Object> out = new LinkedHashMap<>();
                if (value != null) {
                    for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                        out.put(convert(args[0], String.valueOf(e.getKey())), convert(args[1], e.getValue()));
                    }
                }
                return java.util.Collections.unmodifiableMap(out);
            }
        }
        if (value == null) {
            return null;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return String.valueOf(value);
        }
        if (c == Integer.class) {
            return Integer.valueOf(String.valueOf(value));
        }
        if (c == Double.class) {
            return Double.valueOf(String.valueOf(value));
        }
        if (c == Boolean.class) {
            return (Boolean) value;
        }
        if (c == LocalDate.class) {
            return LocalDate.parse(String.valueOf(value));
        }
        if (c.isEnum()) {
            for (Object constant : c.getEnumConstants()) {
                if (((Coded) constant).code().equals(String.valueOf(value))) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("no " + c.getSimpleName() + " " + value);
        }
        if (c.isRecord()) {
            return build((Class<? extends Record>) c, value);
        }
        throw new IllegalArgumentException("unsupported type " + type);
    }

    private static Object build(Class<? extends Record> type, Object value) {
        Map<?, ?> map;
        if (value instanceof Map<?, ?> m) {
            map = m;
        } else {
            Scalar scalar = type.getAnnotation(Scalar.class);
            if (scalar == null) {
                throw new IllegalArgumentException(type.getSimpleName() + " needs a mapping, got " + value);
            }
            map = Map.of(scalar.value(), value);
        }
        List<String> known = Field.of(type).stream().map(Field::key).toList();
        for (Object k : map.keySet()) {
            if (!known.contains(String.valueOf(k))) {
                throw new IllegalArgumentException(
                        "unknown key '" + k + "' for " + type.getSimpleName() + "; known: " + known);
            }
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        List<Field> fields = Field.of(type);
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            if (rc.getType() == Origin.class) {
                args[i] = Origin.NONE;
                continue;
            }
            Field f = fields.stream()
                    .filter(x -> x.component().getName().equals(rc.getName()))
                    .findFirst()
                    .orElseThrow();
            args[i] = convert(rc.getGenericType(), map.get(f.key()));
        }
        try {
            Constructor<? extends Record> ctor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
