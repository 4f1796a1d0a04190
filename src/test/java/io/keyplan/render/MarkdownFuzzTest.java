package io.keyplan.render;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.keyplan.testing.Budget;
import io.keyplan.testing.Findings;
import io.keyplan.testing.Growth;
import io.keyplan.testing.ScriptFreeHtml;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes the Markdown renderer and its link check: every input goes through {@link Markdown#block}
 * and {@link Markdown#inline}, with raw HTML escaped and allowed (a portal may set
 * {@code markdown.allow_html: true}, public builds too). The output must not run script in a
 * browser ({@link ScriptFreeHtml}) and no input may throw or take over a second of CPU; the same
 * input repeated to 32 KB must cost no more than linear in its length ({@link Growth}).
 *
 * <p>The input is the Markdown text itself, as UTF-8: a seed file in
 * {@code src/test/resources/io/keyplan/render/MarkdownFuzzTestInputs/markdown/} is a plain {@code .md}
 * text. See docs/testing.md for running the fuzzer and keeping what it finds.
 */
class MarkdownFuzzTest {
    private static final Markdown MARKDOWN = new Markdown();
    /** Inputs are repeated up to this size to see whether time grows faster than the text. */
    private static final int REPEATED_SIZE = 32 * 1024;

    private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null
            && !System.getenv("JAZZER_FUZZ").isEmpty();
    private static int inputs;

    @FuzzTest(maxDuration = "60s")
    void markdown(FuzzedDataProvider data) {
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        for (boolean allowHtml : List.of(false, true)) {
            String block = Budget.run(
                    "Markdown.block(allow_html: " + allowHtml + ")",
                    text.length(),
                    () -> MARKDOWN.block(text, allowHtml));
            check(text, block, "block", allowHtml);
            String inline = Budget.run(
                    "Markdown.inline(allow_html: " + allowHtml + ")",
                    text.length(),
                    () -> MARKDOWN.inline(text, allowHtml));
            check(text, inline, "inline", allowHtml);
        }
        // The plain text of search, cards and the one-page plan: flexmark's text collector and KeyPlan's
        // line-break pattern, which once took the square of a line's spaces.
        Budget.run("Markdown.plainText", text.length(), () -> MARKDOWN.plainText(text));
        // While fuzzing only every 32nd input, to keep the pace; every seed in plain mvn test.
        if (!text.isEmpty() && (!FUZZING || inputs++ % 32 == 0)) {
            for (boolean allowHtml : List.of(false, true)) {
                Growth.check(
                        "Markdown.block(allow_html: " + allowHtml + ")",
                        text,
                        REPEATED_SIZE,
                        repeated -> MARKDOWN.block(repeated, allowHtml));
            }
            Growth.check("Markdown.plainText", text, REPEATED_SIZE, MARKDOWN::plainText);
        }
    }

    private static void check(String input, String html, String how, boolean allowHtml) {
        List<String> problems = ScriptFreeHtml.problems(html);
        if (!problems.isEmpty()) {
            // One finding per kind, not per mistyped scheme the fuzzer invents ('httrs', 'ile').
            String kind = how + ", allow_html " + allowHtml + ": "
                    + problems.get(0)
                            .replaceFirst(":.*", "")
                            .replaceFirst("scheme '(?!javascript'|vbscript'|data'|file')[^']*'", "scheme 'other'");
            Findings.fail(
                    kind,
                    "Markdown." + how + " with allow_html: " + allowHtml + " lets script through: " + problems
                            + "\ninput:  " + Findings.shown(input) + "\noutput: " + Findings.shown(html));
        }
    }
}
