package io.keyplan.validate;

import io.keyplan.model.Origin;
import io.keyplan.model.RecordWalker;
import io.keyplan.model.SourceSpan;

/**
 * Every text of a model record, nested records, lists and maps included, with the position of
 * its value in the YAML file. Walked from the record components ({@link RecordWalker}) rather than
 * from a list of field names, so a text field added to the model is checked without anyone remembering to.
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

    private YamlTexts() {}

    static void each(Record record, Visitor visitor) {
        RecordWalker.visit(record, (value, at) -> {
            if (value instanceof String s) {
                visitor.text(s, position(at));
            }
            return true;
        });
    }

    /**
     * The text's key in its record's Origin; below a map, the entry's own key
     * ({@code departments.Maintenance.Sensors}) as far as the loader kept its position.
     */
    static Position position(RecordWalker.At at) {
        Origin origin = at.origin() == null ? Origin.NONE : at.origin();
        String key = at.key();
        for (Object k : at.mapKeys()) {
            String entryKey = key + "." + k;
            if (origin.has(entryKey)) {
                key = entryKey;
            }
        }
        return new Position(origin, key);
    }
}
