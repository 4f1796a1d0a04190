package io.keyplan.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Suggest;
import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column feeds which field: {@code field=Column} pairs from {@code --map}, or the same pairs
 * as {@code field: Column} lines of a YAML file ({@code --mapping}); a {@code --map} pair wins over
 * the file's pair for the same field.
 */
final class Mapping {
    /** One pair as written; {@code at} is where (the mapping file's line, or {@code --map}). */
    record Pair(Target target, String column, SourceSpan at) {}

    /** A pair whose column was found in the header: {@code index} is 0-based. */
    record Column(Target target, String name, int index) {}

    static final String COMMAND_LINE = "--map";
    private static final int MAX_MAPPING_BYTES = 64 * 1024;

    private Mapping() {}

    /** The pairs of {@code --map} options. */
    static List<Pair> fromOptions(List<String> maps, int exampleYear, Diagnostics d) {
        List<Pair> pairs = new ArrayList<>();
        for (String m : maps) {
            SourceSpan at = SourceSpan.file(COMMAND_LINE + " " + m);
            int eq = m.indexOf('=');
            if (eq <= 0) {
                d.error(
                        at,
                        "import-mapping",
                        "a mapping is written field=Column",
                        "for example --map name=\"Account Name\"");
                continue;
            }
            Target t = target(m.substring(0, eq).trim(), at, exampleYear, d);
            String column = m.substring(eq + 1).trim();
            if (t != null) {
                pairs.add(new Pair(t, column, at));
            }
        }
        return pairs;
    }

    /** The pairs of a mapping file: one {@code field: Column} line each. */
    static List<Pair> fromYaml(String text, String file, int exampleYear, Diagnostics d) {
        List<Pair> pairs = new ArrayList<>();
        if (text.length() > MAX_MAPPING_BYTES) {
            d.error(SourceSpan.file(file), "import-mapping", "the mapping file is larger than 64 KB");
            return pairs;
        }
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return pairs;
            }
            if (first != JsonToken.START_OBJECT) {
                d.error(
                        at(file, p),
                        "import-mapping",
                        "a mapping file holds field: Column lines",
                        "name: Account Name");
                return pairs;
            }
            Map<String, SourceSpan> seen = new LinkedHashMap<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                SourceSpan keyAt = at(file, p);
                JsonToken v = p.nextToken();
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    d.error(at(file, p), "import-mapping", "'" + field + "' must name one column");
                    p.skipChildren();
                    continue;
                }
                String column = v == JsonToken.VALUE_NULL ? "" : p.getText().trim();
                if (seen.containsKey(field)) {
                    d.error(
                            keyAt,
                            "import-mapping",
                            "'" + field + "' is mapped twice (first on line "
                                    + seen.get(field).line() + ")");
                    continue;
                }
                seen.put(field, keyAt);
                Target target = target(field, keyAt, exampleYear, d);
                if (target == null) {
                    continue;
                }
                if (column.isEmpty()) {
                    d.error(at(file, p), "import-mapping", "'" + field + "' names no column");
                    continue;
                }
                pairs.add(new Pair(target, column, keyAt));
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            d.error(
                    l == null ? SourceSpan.file(file) : new SourceSpan(file, l.getLineNr(), l.getColumnNr()),
                    "import-mapping",
                    "the mapping file is not valid YAML",
                    "write one field: Column line per field, e.g. name: Account Name");
        } catch (IOException e) {
            d.error(SourceSpan.file(file), "import-mapping", "the mapping file cannot be read");
        }
        return pairs;
    }

    private static SourceSpan at(String file, JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return new SourceSpan(file, l.getLineNr(), l.getColumnNr());
    }

    private static Target target(String field, SourceSpan at, int exampleYear, Diagnostics d) {
        Target t = Target.parse(field);
        if (t == null) {
            String hint = field.equals("revenue") || field.equals("business_review.revenue")
                    ? "say which year the column holds: revenue." + exampleYear
                    : "import fills slug, the header fields and revenue.YYYY: "
                            + String.join(", ", Target.names(exampleYear));
            d.error(
                    at,
                    "import-mapping",
                    "unknown field '" + field + "'" + Suggest.didYouMean(field, Target.names(exampleYear)),
                    hint);
        }
        return t;
    }

    /**
     * The mapping's columns found in the header: the exact name first, else the one name that
     * differs only in case or surrounding spaces. Unknown columns are reported at the header row.
     */
    static List<Column> resolve(List<Pair> pairs, Table table, Diagnostics d) {
        Map<Target, Pair> byTarget = new LinkedHashMap<>();
        for (Pair p : pairs) {
            byTarget.put(p.target(), p); // later wins: --map after the mapping file
        }
        List<Column> columns = new ArrayList<>();
        for (Pair p : byTarget.values()) {
            int index = find(p.column(), table.header(), false);
            if (index == -1) {
                index = find(p.column(), table.header(), true);
            }
            if (index >= 0) {
                columns.add(new Column(p.target(), table.header().get(index), index));
                continue;
            }
            if (index == -2) {
                d.error(
                        new SourceSpan(table.file(), table.headerLine(), 1),
                        "import-mapping",
                        "the header has more than one column named '" + p.column() + "'",
                        "rename one of them in the export");
                continue;
            }
            String suggestion = Suggest.closest(p.column(), table.header());
            int col = suggestion == null ? 1 : table.header().indexOf(suggestion) + 1;
            d.error(
                    new SourceSpan(table.file(), table.headerLine(), col),
                    "import-mapping",
                    "no column '" + p.column() + "' for " + p.target().label() + " in the header"
                            + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"),
                    "the header has: " + headerList(table.header()));
        }
        return columns;
    }

    /** The index of {@code name} in the header; -1 when absent, -2 when more than one column has it. */
    private static int find(String name, List<String> header, boolean loose) {
        int found = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            boolean same = loose
                    ? h.trim().toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT))
                    : h.equals(name);
            if (same) {
                if (found >= 0) {
                    return -2;
                }
                found = i;
            }
        }
        return found;
    }

    private static String headerList(List<String> header) {
        List<String> shown = header.stream().filter(h -> !h.isBlank()).limit(30).toList();
        return String.join(", ", shown) + (header.size() > shown.size() ? ", ..." : "");
    }
}
