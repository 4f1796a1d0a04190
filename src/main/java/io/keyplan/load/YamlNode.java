package io.keyplan.load;

import io.keyplan.model.SourceSpan;
import java.util.List;

/**
 * A YAML value with the place it was written: what the binder works on, so that every
 * message can point at the exact line and column.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    SourceSpan at();

    /** A single value; {@code text} is as written, {@code isNull} for {@code ~}, {@code null} or nothing. */
    record Scalar(String text, boolean quoted, boolean isNull, SourceSpan at) implements YamlNode {
        /** Empty or null: the spec treats it as absent. */
        public boolean isEmpty() {
            return isNull || (!quoted && text.isBlank());
        }
    }

    /** {@code key: value} lines, in file order, without duplicate keys. */
    record Mapping(List<Entry> entries, SourceSpan at) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public YamlNode get(String key) {
            for (Entry e : entries) {
                if (e.key().text().equals(key)) {
                    return e.value();
                }
            }
            return null;
        }
    }

    /** One {@code key: value} pair; the key keeps its own position for unknown-key messages. */
    record Entry(Scalar key, YamlNode value) {}

    /** A list ({@code - item} lines or {@code [a, b]}). */
    record Sequence(List<YamlNode> items, SourceSpan at) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }
}
