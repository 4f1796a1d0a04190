package io.keyplan.profile;

import io.keyplan.model.Field;
import io.keyplan.model.Origin;
import io.keyplan.model.SourceSpan;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites every text in a tree of model records (strings, lists and maps of them, map keys
 * too), telling the rewrite where each text is written in the user's file: the position of its
 * YAML value, from the record's {@link Origin}. Positions stay as they were.
 */
final class RecordTexts {
    /** What happens to one text. {@code person}: the text names one of our own people (an owner, a team member). */
    interface Rewrite {
        String text(String value, SourceSpan at, boolean person);
    }

    private final Rewrite rewrite;

    RecordTexts(Rewrite rewrite) {
        this.rewrite = rewrite;
    }

    @SuppressWarnings("unchecked")
    <T> T record(T value) {
        return (T) walk(value, SourceSpan.file(""), false);
    }

    private Object walk(Object value, SourceSpan at, boolean person) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return rewrite.text(s, at, person);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> walk(v, at, person)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(walk(k, at, person), walk(v, at, person)));
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof Record r && r.getClass().getPackageName().equals("io.keyplan.model")) {
            return walkRecord(r, at);
        }
        return value;
    }

    private Object walkRecord(Record r, SourceSpan outer) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        @SuppressWarnings("unchecked")
        List<Field> fields = Field.of((Class<? extends Record>) r.getClass());
        Origin origin = null;
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(r);
                if (values[i] instanceof Origin o) {
                    origin = o;
                }
            }
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                if (components[i].getType() == Origin.class) {
                    args[i] = values[i];
                    continue;
                }
                String key = keyOf(fields, components[i]);
                SourceSpan at = origin == null || origin == Origin.NONE || key == null ? outer : origin.of(key);
                args[i] = walk(values[i], at, isPerson(r, components[i].getName()));
            }
            Constructor<?> ctor = r.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + r.getClass().getSimpleName(), e);
        }
    }

    private static String keyOf(List<Field> fields, RecordComponent c) {
        for (Field f : fields) {
            if (f.component().getName().equals(c.getName())) {
                return f.key();
            }
        }
        return null;
    }

    /** Fields that hold the name of one of our own people, not free text. */
    private static boolean isPerson(Record r, String component) {
        return r instanceof io.keyplan.model.Person
                || r instanceof io.keyplan.model.TeamMember && component.equals("name")
                || r instanceof io.keyplan.model.Action && component.equals("owner");
    }
}
