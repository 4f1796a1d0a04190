package io.keyplan.diagnostic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
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

    static {
        JSON.getFactory().setCharacterEscapes(new TerminalSafe());
    }

    /**
     * JSON escapes C0 controls itself; C1 controls, LS, PS and bidi controls are escaped too
     * ({@code \u009B}), so that the document is safe to print on a terminal. Tools read the same text.
     */
    private static final class TerminalSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalSafe() {
            ascii[0x7F] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return Printable.isUnsafe((char) ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }

    private JsonFormat() {}

    public static String format(List<Diagnostic> diagnostics) {
        return format(
                diagnostics,
                diagnostics.stream().filter(Diagnostic::isError).count(),
                diagnostics.stream().filter(d -> !d.isError()).count(),
                0);
    }

    /**
     * {@code errors} and {@code warnings} count every finding, also the {@code omitted} ones
     * that are not in the list.
     */
    public static String format(List<Diagnostic> diagnostics, long errors, long warnings, long omitted) {
        ObjectNode root = JSON.createObjectNode();
        root.put("errors", errors);
        root.put("warnings", warnings);
        root.put("omitted", omitted);
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
