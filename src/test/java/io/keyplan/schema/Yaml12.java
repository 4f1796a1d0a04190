package io.keyplan.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads YAML into JSON values as an editor does before it checks them against a schema: the
 * VS Code YAML extension (yaml-language-server, the {@code yaml} library) types plain values
 * by the YAML 1.2 core schema. So {@code true}, {@code True}, {@code TRUE} are booleans but
 * {@code yes} and {@code on} are text; {@code ~}, {@code null} and nothing are null;
 * {@code 0x10}, {@code 0o17}, {@code .inf} and {@code .nan} are numbers; dates are text.
 * A number with nothing after the decimal point counts as whole ({@code 5.0} is {@code 5}),
 * as in JavaScript. Quoted values are always text. SnakeYAML only builds the node tree.
 */
public final class Yaml12 {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCT = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern INF = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");

    private Yaml12() {}

    public static JsonNode read(String yaml) {
        Node root = new Yaml().compose(new StringReader(yaml));
        return root == null ? F.nullNode() : json(root);
    }

    private static JsonNode json(Node node) {
        if (node instanceof MappingNode m) {
            ObjectNode o = F.objectNode();
            for (NodeTuple t : m.getValue()) {
                o.set(((ScalarNode) t.getKeyNode()).getValue(), json(t.getValueNode()));
            }
            return o;
        }
        if (node instanceof SequenceNode s) {
            ArrayNode a = F.arrayNode();
            s.getValue().forEach(n -> a.add(json(n)));
            return a;
        }
        ScalarNode s = (ScalarNode) node;
        String v = s.getValue();
        if (s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            return F.textNode(v);
        }
        if (NULL.matcher(v).matches()) {
            return F.nullNode();
        }
        if (BOOL.matcher(v).matches()) {
            return F.booleanNode(v.equalsIgnoreCase("true"));
        }
        if (INT.matcher(v).matches()) {
            return F.numberNode(new BigInteger(v));
        }
        if (OCT.matcher(v).matches()) {
            return F.numberNode(new BigInteger(v.substring(2), 8));
        }
        if (HEX.matcher(v).matches()) {
            return F.numberNode(new BigInteger(v.substring(2), 16));
        }
        if (FLOAT.matcher(v).matches()) {
            BigDecimal d = new BigDecimal(v);
            return d.stripTrailingZeros().scale() <= 0 ? F.numberNode(d.toBigIntegerExact()) : F.numberNode(d);
        }
        if (INF.matcher(v).matches()) {
            return F.numberNode(v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (NAN.matcher(v).matches()) {
            return F.numberNode(Double.NaN);
        }
        return F.textNode(v);
    }
}
