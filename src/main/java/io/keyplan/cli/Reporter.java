package io.keyplan.cli;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.GithubFormat;
import io.keyplan.diagnostic.JsonFormat;
import io.keyplan.diagnostic.OutputFormat;
import io.keyplan.diagnostic.StepSummary;
import io.keyplan.diagnostic.TextFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes findings and the summary line. Text findings go to stderr and the summary to stdout.
 * GitHub annotations go to stdout, the stream GitHub documents for workflow commands. With
 * {@code json} the JSON document is the whole of stdout and the summary goes to stderr.
 */
final class Reporter {
    private Reporter() {}

    static void report(Context ctx, OutputFormat format, Diagnostics diagnostics, String summary) {
        List<Diagnostic> found = diagnostics.all();
        long omitted = diagnostics.omitted();
        switch (format) {
            case JSON -> {
                ctx.out()
                        .print(JsonFormat.format(found, diagnostics.errorCount(), diagnostics.warningCount(), omitted));
                ctx.err().println(summary);
            }
            case GITHUB -> {
                ctx.out().print(GithubFormat.format(found, repositoryPrefix(ctx), omitted));
                ctx.out().println(summary);
                stepSummary(ctx, found, summary, omitted);
            }
            default -> {
                ctx.err().print(TextFormat.format(found, omitted));
                ctx.out().println(summary);
            }
        }
        ctx.out().flush();
        ctx.err().flush();
    }

    /** Where the working folder is inside the repository, so annotation paths are repository paths. */
    static String repositoryPrefix(Context ctx) {
        String workspace = ctx.env().get("GITHUB_WORKSPACE");
        if (workspace == null || workspace.isBlank()) {
            return "";
        }
        Path ws = Path.of(workspace).toAbsolutePath().normalize();
        Path wd = ctx.workingDir().toAbsolutePath().normalize();
        return wd.startsWith(ws) ? ws.relativize(wd).toString().replace('\\', '/') : "";
    }

    private static void stepSummary(Context ctx, List<Diagnostic> found, String summary, long omitted) {
        String file = ctx.env().get("GITHUB_STEP_SUMMARY");
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(
                    Path.of(file),
                    StepSummary.markdown(found, summary, omitted),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            ctx.err().println("warning: cannot write the GitHub step summary " + file + ": " + e.getMessage());
        }
    }
}
