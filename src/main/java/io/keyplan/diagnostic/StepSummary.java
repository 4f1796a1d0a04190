package io.keyplan.diagnostic;

import io.keyplan.text.Escape;
import java.util.List;

/** A Markdown table of findings for the GitHub job summary ({@code $GITHUB_STEP_SUMMARY}). */
public final class StepSummary {
    private StepSummary() {}

    public static String markdown(List<Diagnostic> diagnostics, String summaryLine) {
        return markdown(diagnostics, summaryLine, 0);
    }

    /** With a closing line when {@code omitted} findings were left out. */
    public static String markdown(List<Diagnostic> diagnostics, String summaryLine, long omitted) {
        StringBuilder out =
                new StringBuilder("### KeyPlan\n\n").append(cell(summaryLine)).append("\n\n");
        if (diagnostics.isEmpty()) {
            return out.toString();
        }
        out.append("| | File | Line | Rule | Message |\n|---|---|---|---|---|\n");
        for (Diagnostic d : diagnostics) {
            String message = d.hint() == null ? d.message() : d.message() + " (hint: " + d.hint() + ")";
            out.append("| ")
                    .append(d.isError() ? "error" : "warning")
                    .append(" | ")
                    .append(cell(d.at().file()))
                    .append(" | ")
                    .append(d.at().line() > 0 ? d.at().line() + ":" + d.at().column() : "")
                    .append(" | ")
                    .append(cell(d.rule() == null ? "" : d.rule()))
                    .append(" | ")
                    .append(cell(message))
                    .append(" |\n");
        }
        if (omitted > 0) {
            out.append('\n').append(cell(Printable.omittedLine(omitted))).append('\n');
        }
        return out.append('\n').toString();
    }

    /**
     * Keeps user text from breaking the table or injecting HTML into the summary page. GitHub
     * reads the Markdown's entities, so {@code &quot;} shows as the quote it stands for.
     */
    static String cell(String s) {
        return Escape.text(Printable.escape(s))
                .replace("|", "\\|")
                .replace("\r", " ")
                .replace("\n", " ");
    }
}
