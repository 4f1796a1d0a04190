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
import io.keyplan.model.Range;
import io.keyplan.model.Scalar;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON Schema (draft-07) of {@code account.yaml}, generated from {@link AccountPlan} through
 * {@link Field#of} and the model annotations, so the schema and the loader cannot drift apart.
 * Nested records become {@code definitions}; every object has {@code additionalProperties: false}.
 */
public final class SchemaGenerator {
    public static final String ID = "https://keyplan.io/schema/account.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ObjectNode> definitions = new TreeMap<>();

    private SchemaGenerator() {}

    /** The schema as pretty-printed JSON with a final newline (the committed copy is byte-identical). */
    public static String json() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(schema()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schema", e);
        }
    }

    public static ObjectNode schema() {
        SchemaGenerator g = new SchemaGenerator();
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("$id", ID);
        root.put("title", "KeyPlan account plan (account.yaml)");
        ObjectNode body = g.object(AccountPlan.class);
        root.setAll(body);
        ObjectNode defs = root.putObject("definitions");
        g.definitions.forEach(defs::set);
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
            ObjectNode p = type(f.type(), f.range());
            if (f.doc() != null) {
                ObjectNode withDoc = JSON.createObjectNode();
                withDoc.put("description", f.doc());
                withDoc.setAll(p);
                p = withDoc;
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

    @SuppressWarnings("unchecked")
    private ObjectNode type(Type type, Range range) {
        ObjectNode n = JSON.createObjectNode();
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                n.put("type", "array");
                n.set("items", type(args[0], range));
                return n;
            }
            if (raw == Map.class) {
                n.put("type", "object");
                if (args[0] == Integer.class) {
                    n.putObject("propertyNames").put("pattern", "^[0-9]{4}$");
                } else if (args[0] instanceof Class<?> k && k.isEnum() && Coded.class.isAssignableFrom(k)) {
                    ArrayNode codes = n.putObject("propertyNames").putArray("enum");
                    Coded.codes((Class<? extends Coded>) k).forEach(codes::add);
                }
                n.set("additionalProperties", type(args[1], range));
                return n;
            }
            throw new IllegalStateException("no schema for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            n.put("type", "string");
        } else if (c == Integer.class || c == int.class || c == Long.class) {
            n.put("type", "integer");
            range(n, range);
        } else if (c == Double.class || c == double.class) {
            n.put("type", "number");
            range(n, range);
        } else if (c == Boolean.class || c == boolean.class) {
            n.put("type", "boolean");
        } else if (c == LocalDate.class) {
            n.put("type", "string");
            n.put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
            n.put("format", "date");
        } else if (c.isEnum() && Coded.class.isAssignableFrom(c)) {
            n.put("type", "string");
            ArrayNode codes = n.putArray("enum");
            Coded.codes((Class<? extends Coded>) c).forEach(codes::add);
        } else if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!definitions.containsKey(name)) {
                definitions.put(name, JSON.createObjectNode());
                definitions.put(name, object((Class<? extends Record>) c));
            }
            ObjectNode ref = JSON.createObjectNode().put("$ref", "#/definitions/" + name);
            Scalar scalar = c.getAnnotation(Scalar.class);
            if (scalar == null) {
                return ref;
            }
            ArrayNode one = n.putArray("oneOf");
            one.addObject().put("type", "string").put("description", "Short form: the " + scalar.value() + ".");
            one.add(ref);
        } else {
            throw new IllegalStateException("no schema for " + type);
        }
        return n;
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
