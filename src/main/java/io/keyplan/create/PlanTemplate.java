package io.keyplan.create;

import io.keyplan.model.AccountPlan;
import io.keyplan.model.Coded;
import io.keyplan.model.Doc;
import io.keyplan.model.Field;
import io.keyplan.model.SectionId;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text of a new {@code account.yaml}: {@code name} and {@code owner} filled in, every other
 * key of the plan as a commented placeholder in the model's order (which is the spec's), each
 * block under a one-line hint that is the key's {@link Doc} text, the same words the JSON Schema
 * shows on hover. Generated from the model, so a key added to the model appears here too.
 *
 * <p>The file is a row of blocks separated by blank lines: the first line of a block is its hint,
 * the rest is YAML with {@code "# "} in front. Taking the {@code "# "} away from a block's
 * placeholder lines gives YAML the loader reads; every value is empty, so it counts as absent.
 */
public final class PlanTemplate {
    private static final String INDENT = "  ";

    private PlanTemplate() {}

    /** The whole file; {@code name} and {@code owner} as they are to be read back. */
    public static String text(String name, String owner) {
        return text(name, owner, null);
    }

    /**
     * The whole file, with a first line that tells VS Code's YAML extension where the schema is when
     * {@code schema} (a relative address from the plan's folder) is not null.
     */
    public static String text(String name, String owner, String schema) {
        StringBuilder b = new StringBuilder();
        if (schema != null) {
            b.append("# yaml-language-server: $schema=").append(schema).append('\n');
        }
        b.append("# The account plan of ")
                .append(oneLine(name))
                .append(". The format is explained in docs/format.md.\n");
        b.append("# Lines that start with '#' are comments. To fill in a key or a section, remove the '# '\n");
        b.append("# in front of its lines (keep the spaces after it); an empty key counts as not filled in.\n");
        b.append("# Run 'keyplan validate' after each change, or keep 'keyplan serve' open.\n\n");
        b.append("name: ").append(YamlText.scalar(name)).append('\n');
        b.append("owner: ").append(YamlText.scalar(owner)).append('\n');
        for (Field f : Field.of(AccountPlan.class)) {
            if (f.key().equals("name") || f.key().equals("owner")) {
                continue;
            }
            b.append('\n').append("# ").append(hint(f)).append('\n');
            List<String> lines = new ArrayList<>();
            field(f, "", lines);
            lines.forEach(l -> b.append("# ").append(l).append('\n'));
        }
        return b.toString();
    }

    /** The one-line hint of a top-level key: its description in the schema. */
    static String hint(Field f) {
        String doc = f.doc();
        if (doc == null) {
            throw new IllegalStateException("the plan's key '" + f.key() + "' has no @Doc to give as a hint");
        }
        return oneLine(doc);
    }

    /** The keys of the sixteen sections, in the spec's order. */
    public static List<String> sectionKeys() {
        return java.util.Arrays.stream(SectionId.values()).map(SectionId::code).toList();
    }

    private static void field(Field f, String indent, List<String> out) {
        Type t = f.type();
        String key = indent + f.key() + ":";
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            out.add(key);
            Type item = p.getActualTypeArguments()[0];
            if (item instanceof Class<?> c && expands(c)) {
                record(c, indent + INDENT + "- ", indent + INDENT + INDENT, out);
            } else {
                out.add(indent + INDENT + "-" + trailing(item, f));
            }
        } else if (t instanceof Class<?> c && expands(c)) {
            out.add(key);
            record(c, indent + INDENT, indent + INDENT, out);
        } else {
            out.add(key + trailing(t, f));
        }
    }

    /** A record's keys; the first line starts with {@code first} (a list item's "- "). */
    @SuppressWarnings("unchecked")
    private static void record(Class<?> type, String first, String rest, List<String> out) {
        boolean head = true;
        for (Field f : Field.of((Class<? extends Record>) type)) {
            List<String> lines = new ArrayList<>();
            field(f, "", lines);
            for (String l : lines) {
                out.add((head ? first : rest) + l);
                head = false;
            }
        }
    }

    /** A record written as keys of its own; one with a short form ({@code owner: Jan}) is shown as that. */
    private static boolean expands(Class<?> c) {
        return c.isRecord() && !c.isAnnotationPresent(io.keyplan.model.Scalar.class);
    }

    /** What may go into an empty value, as a comment after it: the allowed values, or an example. */
    @SuppressWarnings("unchecked")
    private static String trailing(Type type, Field f) {
        if (type instanceof Class<?> c && c.isEnum() && Coded.class.isAssignableFrom(c)) {
            return "  # " + String.join(" | ", Coded.codes((Class<? extends Coded>) c));
        }
        if (type == Boolean.class) {
            return "  # yes | no";
        }
        Doc doc = f.component().getAnnotation(Doc.class);
        if (doc != null && doc.examples().length > 0) {
            return "  # e.g. " + doc.examples()[0];
        }
        if (type == LocalDate.class) {
            return "  # year-month-day, e.g. 2026-03-31";
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            Type k = p.getActualTypeArguments()[0];
            if (k == Integer.class) {
                return "  # one line per year, e.g. 2026: 1200000";
            }
        }
        return "";
    }

    private static String oneLine(String text) {
        return text.lines().map(String::strip).collect(Collectors.joining(" "));
    }
}
