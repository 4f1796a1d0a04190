package io.keyplan.cli;

import io.keyplan.build.BuildDate;
import io.keyplan.build.BuildInfo;
import io.keyplan.build.SiteBuild;
import io.keyplan.diagnostic.OutputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code keyplan validate}: checks the content and writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = KeyPlanCommand.Version.class,
        description = "Checks the account plans and reports every problem; writes no files.")
final class ValidateCommand implements Callable<Integer> {
    private final Context ctx;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print findings: text, github or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    ValidateCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try {
            if (!Files.isDirectory(content)) {
                ctx.err().println("keyplan: the content folder " + content + " does not exist. Use --content to name it.");
                return Main.USAGE;
            }
            BuildInfo info = new BuildInfo(BuildDate.of(ctx.env(), ctx.clock()), BuildDate.version());
            SiteBuild.Checked checked = new SiteBuild(ctx.stages()).check(content, strict, info);
            String summary = "Checked " + Summary.plural(checked.accounts(), "account") + ": "
                    + Summary.counts(checked.diagnostics()) + ".";
            Reporter.report(ctx, format, checked.diagnostics().all(), summary);
            return checked.diagnostics().hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
        } catch (io.keyplan.build.UsageException e) {
            ctx.err().println("keyplan: " + e.getMessage());
            return Main.USAGE;
        }
    }
}
