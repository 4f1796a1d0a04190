package io.keyplan.render;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.keyplan.testing.Budget;
import io.keyplan.testing.Findings;
import io.keyplan.testing.ScriptFreeHtml;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes the Markdown renderer and its link check: every input goes through {@link Markdown#block}
 * and {@link Markdown#inline}, with raw HTML escaped and allowed (a portal may set
 * {@code markdown.allow_html: true}, public builds too). The output must not run script in a
 * browser ({@link ScriptFreeHtml}) and no input may throw or take over a second, nor the same
 * input repeated to 32 KB (time must grow in step with the text, not faster).
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
            String block =
                    Budget.run("Markdown.block(allow_html: " + allowHtml + ")", () -> MARKDOWN.block(text, allowHtml));
            check(text, block, "block", allowHtml);
            String inline = Budget.run(
                    "Markdown.inline(allow_html: " + allowHtml + ")", () -> MARKDOWN.inline(text, allowHtml));
            check(text, inline, "inline", allowHtml);
        }
        // A fuzzed input is short (a few KB), and what is quadratic in the length of a text is
        // fast there: the same text repeated to 32 KB shows it ("www.a." or "[a](" repeated took
        // minutes). Every seed is checked so; while fuzzing every 32nd input, to keep the pace.
        if (!text.isEmpty() && (!FUZZING || inputs++ % 32 == 0)) {
            String repeated = text.repeat(Math.max(1, REPEATED_SIZE / text.length()));
            for (boolean allowHtml : List.of(false, true)) {
                String what = "Markdown.block(allow_html: " + allowHtml + ") on the input repeated to "
                        + repeated.length() + " characters";
                if (FUZZING) {
                    growsInStep(text, repeated, allowHtml, what);
                } else {
                    Budget.run(what, () -> MARKDOWN.block(repeated, allowHtml));
                }
            }
        }
    }

    /**
     * While fuzzing, Jazzer's instrumentation makes every line of flexmark many times slower
     * (a 31 KB text that takes 0.1 s took 4 s), so one second of CPU measures Jazzer, not
     * KeyPlan. What must hold is that the text at full size costs about twice what it costs at
     * half size: a cost that grows faster than the text is the finding. Seeds, in plain
     * {@code mvn test}, keep the absolute budget of {@link Budget}.
     */
    private static void growsInStep(String text, String repeated, boolean allowHtml, String what) {
        String half = text.repeat(Math.max(1, REPEATED_SIZE / 2 / text.length()));
        long halfCpu = cpu(() -> MARKDOWN.block(half, allowHtml));
        long fullCpu = cpu(() -> MARKDOWN.block(repeated, allowHtml));
        double sizes = (double) repeated.length() / half.length();
        if (fullCpu > Budget.PER_INPUT.toNanos() && fullCpu > 1.5 * sizes * Math.max(halfCpu, 1)) {
            Findings.fail(
                    "slower than linear",
                    what + " used " + fullCpu / 1_000_000 + " ms of CPU, "
                            + half.length() + " characters " + halfCpu / 1_000_000
                            + " ms: the cost grows faster than the text"
                            + "\ninput:  " + escape(text));
        }
    }

    private static long cpu(Runnable work) {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = bean.getCurrentThreadCpuTime();
        work.run();
        return bean.getCurrentThreadCpuTime() - start;
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
                            + "\ninput:  " + escape(input) + "\noutput: " + escape(html));
        }
    }

    private static String escape(String s) {
        String shown = s.length() > 400 ? s.substring(0, 400) + "... (" + s.length() + " characters)" : s;
        StringBuilder out = new StringBuilder();
        shown.codePoints()
                .forEach(c -> out.append(
                        c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.getType(c) == Character.FORMAT
                                ? String.format("\\u%04X", c)
                                : new String(Character.toChars(c))));
        return out.toString();
    }
}
