package io.keyplan.validate;

import io.keyplan.model.Field;
import io.keyplan.model.Origin;
import io.keyplan.model.SourceSpan;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Every text of a model record, nested records, lists and maps included, with the position of
 * its value in the YAML file. Walked from the record components rather than from a list of
 * field names, so a text field added to the model is checked without anyone remembering to.
 */
final class YamlTexts {
    private YamlTexts() {
    }

    static void each(Record record, BiConsumer<String, SourceSpan> text) {
        if (record == null) {
            return;
        }
        Origin origin = originOf(record);
        for (Field f : Field.of(record.getClass())) {
            walk(get(f.component(), record), f.key(), origin, text);
        }
    }

    private static void walk(Object value, String key, Origin origin, BiConsumer<String, SourceSpan> text) {
        if (value instanceof String s) {
            text.accept(s, origin.of(key));
        } else if (value instanceof Record r) {
            each(r, text);
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                walk(item, key, origin, text);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String entryKey = key + "." + e.getKey();
                walk(e.getValue(), origin.has(entryKey) ? entryKey : key, origin, text);
            }
        }
    }

    private static Origin originOf(Record record) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getType() == Origin.class) {
                Object o = get(c, record);
                return o == null ? Origin.NONE : (Origin) o;
            }
        }
        return Origin.NONE;
    }

    private static Object get(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
