package io.keyplan.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Coded;
import io.keyplan.model.Doc;
import io.keyplan.model.Field;
import io.keyplan.model.NoteFront;
import io.keyplan.model.PortalFile;
import io.keyplan.model.Range;
import io.keyplan.model.Scalar;
import io.keyplan.model.TextPattern;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON Schemas (draft-07) of {@code account.yaml}, {@code portal.yaml} and a note's front
 * matter, generated from the model records through {@link Field#of} and the model annotations,
 * so the schemas and the loader cannot drift apart. Nested records become {@code definitions};
 * every object has {@code additionalProperties: false}.
 *
 * <p>The schemas accept what the loader accepts, as an editor reads YAML (YAML 1.2 core schema):
 * a text field also takes a number, a yes/no or a date (the loader reads them as text), a number
 * may be written in quotes, and an empty value ({@code key:}, {@code ~}) counts as absent.
 * SchemaAgreementTest holds the catalogue that keeps this true. Patterns carry VS Code's
 * {@code patternErrorMessage}, so an editor says "write a real date", not the regular expression.
 */
public final class SchemaGenerator {
    /** The three files an editor can check; each has its own schema. */
    public enum Kind {
        ACCOUNT("account", AccountPlan.class, "KeyPlan account plan (account.yaml)"),
        PORTAL("portal", PortalFile.class, "KeyPlan portal settings (portal.yaml)"),
        NOTE("note", NoteFront.class, "KeyPlan note front matter (accounts/<slug>/notes/*.md)");

        private final String code;
        private final Class<? extends Record> root;
        private final String title;

        Kind(String code, Class<? extends Record> root, String title) {
            this.code = code;
            this.root = root;
            this.title = title;
        }

        /** {@code account}, {@code portal}, {@code note}: the word on the command line. */
        public String code() {
            return code;
        }

        /** {@code account.schema.json}: the schema's file name in the site's {@code schema/} folder. */
        public String fileName() {
            return code + ".schema.json";
        }

        /** The kind for a word on the command line; null when there is none. */
        public static Kind of(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code.toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            return null;
        }
    }

    public static final String ID = id(Kind.ACCOUNT);

    /** A date the calendar has: month 01-12 and a day that month has (29 February in leap years only). */
    static final String DATE = "^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
            + "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
            + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$";
    /** A number written in quotes, as the loader reads it. */
    static final String NUMBER_TEXT = "^\\s*[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?\\s*$";
    /** A whole number written in quotes. */
    static final String WHOLE_TEXT = "^\\s*[-+]?[0-9]+(\\.0*)?\\s*$";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ObjectNode> definitions = new TreeMap<>();

    private SchemaGenerator() {}

    public static String id(Kind kind) {
        return "https://keyplan.io/schema/" + kind.fileName();
    }

    /** The account schema as pretty-printed JSON with a final newline. */
    public static String json() {
        return json(Kind.ACCOUNT);
    }

    /** A schema as pretty-printed JSON with a final newline (the committed copies are byte-identical). */
    public static String json(Kind kind) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(schema(kind)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schema", e);
        }
    }

    public static ObjectNode schema() {
        return schema(Kind.ACCOUNT);
    }

    public static ObjectNode schema(Kind kind) {
        SchemaGenerator g = new SchemaGenerator();
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("$id", id(kind));
        root.put("title", kind.title);
        root.setAll(g.object(kind.root));
        if (!g.definitions.isEmpty()) {
            ObjectNode defs = root.putObject("definitions");
            g.definitions.forEach(defs::set);
        }
        return root;
    }

    private ObjectNode object(Class<? extends Record> type) {
        ObjectNode o = JSON.createObjectNode();
        Doc doc = type.getAnnotation(Doc.class);
        if (doc != null) {
            o.put("description", doc.value());
        }
        o.put("type", "object");
        ObjectNode props = o.putObject("properties");
        ArrayNode required = JSON.createArrayNode();
        for (Field f : Field.of(type)) {
            ObjectNode p = JSON.createObjectNode();
            String description = f.doc() != null ? f.doc() : typeDoc(f.type());
            if (description != null) {
                p.put("description", description);
            }
            ObjectNode v = value(f.type(), f.range(), f.required());
            if (description != null && v.has("markdownDescription")) {
                // The field's own words first, then what each allowed value means.
                v.put("description", description + " " + v.get("description").asText());
                v.put(
                        "markdownDescription",
                        description + "\n\n" + v.get("markdownDescription").asText());
            }
            p.setAll(v);
            examples(p, f);
            TextPattern shape = f.component().getAnnotation(TextPattern.class);
            if (shape != null) {
                // A shaped text is text only: 123 or true cannot have the shape either.
                types(p, f.required(), "string");
                p.put("pattern", shape.value());
                p.put("patternErrorMessage", shape.says());
            }
            props.set(f.key(), p);
            if (f.required()) {
                required.add(f.key());
            }
        }
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        o.put("additionalProperties", false);
        return o;
    }

    /** The description of a field without its own: its record's, or its list items' record's. */
    private static String typeDoc(Type type) {
        Type t = type;
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            t = p.getActualTypeArguments()[0];
        }
        if (t instanceof Class<?> c) {
            Doc d = c.getAnnotation(Doc.class);
            return d == null ? null : d.value();
        }
        return null;
    }

    /**
     * One value. {@code required} values may not be empty; every other value may be, since
     * the loader counts an empty value ({@code key:}, {@code ~}, an empty list item) as absent.
     */
    @SuppressWarnings("unchecked")
    private ObjectNode value(Type type, Range range, boolean required) {
        ObjectNode n = JSON.createObjectNode();
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                types(n, required, "array");
                n.set("items", value(args[0], range, false));
                return n;
            }
            if (raw == Map.class) {
                types(n, required, "object");
                if (args[0] == Integer.class) {
                    n.putObject("propertyNames").put("pattern", "^[0-9]{4}$");
                } else if (args[0] instanceof Class<?> k && k.isEnum() && Coded.class.isAssignableFrom(k)) {
                    ArrayNode codes = n.putObject("propertyNames").putArray("enum");
                    Coded.codes((Class<? extends Coded>) k).forEach(codes::add);
                }
                n.set("additionalProperties", value(args[1], range, false));
                return n;
            }
            throw new IllegalStateException("no schema for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            // The loader reads any single value as text: industry: 42 is the text "42".
            types(n, required, "string", "number", "boolean");
            if (required) {
                n.put("minLength", 1);
                n.put("pattern", "\\S");
                n.put("patternErrorMessage", "This may not be empty.");
            }
        } else if (c == Integer.class || c == int.class || c == Long.class) {
            types(n, required, "integer", "string");
            range(n, range);
            n.put("pattern", WHOLE_TEXT);
            n.put("patternErrorMessage", "Write a whole number, e.g. 2026.");
        } else if (c == Double.class || c == double.class) {
            types(n, required, "number", "string");
            range(n, range);
            n.put("pattern", NUMBER_TEXT);
            n.put("patternErrorMessage", "Write a plain number: no thousands separators, currency signs or units.");
        } else if (c == Boolean.class || c == boolean.class) {
            types(n, required, "boolean");
        } else if (c == LocalDate.class) {
            types(n, required, "string");
            n.put("pattern", DATE);
            n.put("patternErrorMessage", "Write a real date as year-month-day, e.g. 2026-03-31.");
            n.putArray("examples").add("2026-03-31");
        } else if (c.isEnum() && Coded.class.isAssignableFrom(c)) {
            types(n, required, "string");
            ArrayNode codes = n.putArray("enum");
            Coded.codes((Class<? extends Coded>) c).forEach(codes::add);
            if (!required) {
                codes.addNull();
            }
            List<String> meanings = meanings(c);
            if (!meanings.isEmpty()) {
                // VS Code's YAML extension shows markdownDescription on hover and
                // enumDescriptions beside each value it offers; other editors read description.
                n.put("description", String.join("; ", meanings) + ".");
                n.put(
                        "markdownDescription",
                        String.join(
                                "\n\n",
                                meanings.stream()
                                        .map(m -> "`" + m.replaceFirst(": ", "`: "))
                                        .toList()));
                ArrayNode each = n.putArray("enumDescriptions");
                meanings.forEach(m -> each.add(m.substring(m.indexOf(": ") + 2)));
                if (!required) {
                    each.add("empty: the same as leaving the key out");
                }
            }
        } else if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!definitions.containsKey(name)) {
                definitions.put(name, JSON.createObjectNode()); // a record that holds itself
                definitions.put(name, object((Class<? extends Record>) c));
            }
            ArrayNode any = n.putArray("anyOf");
            Scalar scalar = c.getAnnotation(Scalar.class);
            if (scalar != null) {
                for (Field f : Field.of((Class<? extends Record>) c)) {
                    if (f.component().getName().equals(scalar.value())) {
                        ObjectNode shortForm = JSON.createObjectNode();
                        shortForm.put("description", "Short form: the " + f.key() + " alone.");
                        shortForm.setAll(value(f.type(), f.range(), true));
                        any.add(shortForm);
                    }
                }
            }
            any.addObject().put("$ref", "#/definitions/" + name);
            if (!required) {
                any.addObject().put("type", "null");
            }
        } else {
            throw new IllegalStateException("no schema for " + type);
        }
        return n;
    }

    /** The field's {@link Doc#examples()}, as numbers where the field is a number. */
    private static void examples(ObjectNode p, Field f) {
        Doc doc = f.component().getAnnotation(Doc.class);
        if (doc == null || doc.examples().length == 0) {
            return;
        }
        Class<?> c = f.component().getType();
        boolean number = c == Integer.class || c == Double.class || c == int.class || c == double.class;
        ArrayNode examples = p.putArray("examples");
        for (String e : doc.examples()) {
            if (number) {
                examples.add(new java.math.BigDecimal(e));
            } else {
                examples.add(e);
            }
        }
    }

    private static void types(ObjectNode n, boolean required, String... types) {
        if (types.length == 1 && required) {
            n.put("type", types[0]);
            return;
        }
        ArrayNode t = n.putArray("type");
        for (String s : types) {
            t.add(s);
        }
        if (!required) {
            t.add("null");
        }
    }

    /** "champion: wants us to win", one per value, from the constants' {@link Doc}; empty without any. */
    private static List<String> meanings(Class<?> type) {
        List<String> out = new java.util.ArrayList<>();
        for (Object e : type.getEnumConstants()) {
            try {
                Doc d = type.getField(((Enum<?>) e).name()).getAnnotation(Doc.class);
                if (d != null) {
                    String text = d.value();
                    out.add(((Coded) e).code() + ": "
                            + (text.endsWith(".") ? text.substring(0, text.length() - 1) : text));
                }
            } catch (NoSuchFieldException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return out.size() == type.getEnumConstants().length ? out : List.of();
    }

    private static void range(ObjectNode n, Range range) {
        if (range == null) {
            return;
        }
        putNumber(n, "minimum", range.min());
        putNumber(n, "maximum", range.max());
    }

    private static void putNumber(ObjectNode n, String key, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            n.put(key, (long) v);
        } else {
            n.put(key, v);
        }
    }
}
