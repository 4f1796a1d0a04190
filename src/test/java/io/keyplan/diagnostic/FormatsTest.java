package io.keyplan.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyplan.model.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {
    final Diagnostic error = new Diagnostic(
            Severity.ERROR,
            new SourceSpan("content/a,b:c.yaml", 4, 2),
            "range",
            "'probability' must be 0..100, got \"50%\"\nsee docs",
            "write a number");
    final Diagnostic warning =
            new Diagnostic(Severity.WARNING, SourceSpan.file("content/x.yaml"), "stale-plan", "stale", null);

    @Test
    void githubEscapesPropertiesAndData() {
        assertEquals(
                "::error file=sub/content/a%2Cb%3Ac.yaml,line=4,col=2,title=range::'probability' must be 0..100, got \"50%25\"%0Asee docs%0Ahint: write a number\n"
                        + "::warning file=sub/content/x.yaml,title=stale-plan::stale\n",
                GithubFormat.format(List.of(error, warning), "sub"));
    }

    @Test
    void textHasHintLine() {
        assertEquals("content/x.yaml: warning: stale\n", TextFormat.format(List.of(warning)));
    }

    @Test
    void jsonIsMachineReadable() throws Exception {
        JsonNode n = new ObjectMapper().readTree(JsonFormat.format(List.of(error, warning)));
        assertEquals(1, n.get("errors").asInt());
        assertEquals(1, n.get("warnings").asInt());
        assertEquals(4, n.get("diagnostics").get(0).get("line").asInt());
        assertEquals("write a number", n.get("diagnostics").get(0).get("hint").asText());
        assertEquals(true, n.get("diagnostics").get(1).get("hint").isNull());
    }

    @Test
    void stepSummaryEscapesTableCells() {
        String md = StepSummary.markdown(
                List.of(new Diagnostic(Severity.ERROR, SourceSpan.file("a|b"), "r", "<script>", null)), "x");
        assertEquals(true, md.contains("| error | a\\|b |  | r | &lt;script&gt; |"), md);
    }

    @Test
    void stepSummaryCellsUseTheTextEscapeSet() {
        String md = StepSummary.markdown(
                List.of(new Diagnostic(Severity.ERROR, SourceSpan.file("a.yaml"), "r", "say \"hi\" & 'bye' <b>", null)),
                "x");
        assertEquals(true, md.contains("| r | say &quot;hi&quot; &amp; 'bye' &lt;b&gt; |"), md);
    }
}
