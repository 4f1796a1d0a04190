package io.keyplan.diagnostic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A machine-readable list: {@code {"errors": n, "warnings": n, "diagnostics": [{file, line,
 * column, severity, rule, message, hint}]}}. Line and column are 0 when a finding is about a
 * whole file; hint is null when there is none.
 */
public final class JsonFormat {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFormat() {
    }

    public static String format(List<Diagnostic> diagnostics) {
        ObjectNode root = JSON.createObjectNode();
        root.put("errors", diagnostics.stream().filter(Diagnostic::isError).count());
        root.put("warnings", diagnostics.stream().filter(d -> !d.isError()).count());
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            ObjectNode o = list.addObject();
            o.put("file", d.at().file());
            o.put("line", d.at().line());
            o.put("column", d.at().column());
            o.put("severity", d.severity().label());
            o.put("rule", d.rule());
            o.put("message", d.message());
            o.put("hint", d.hint());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write diagnostics as JSON", e);
        }
    }
}
