package io.keyplan.cli;

import io.keyplan.diagnostic.OutputFormat;
import io.keyplan.pipeline.BuildDate;
import io.keyplan.pipeline.SiteBuild;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code keyplan validate}: checks the content and writes nothing. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks the account plans and reports every problem; writes no files.")
final class ValidateCommand implements Callable<Integer> {
    private final Context ctx;

    @Mixin
    ContentOptions source = new ContentOptions();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "How to print findings: text, github or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            defaultValue = "internal",
            description =
                    "internal (default) or public: also check what a public build would report about released text.")
    Audience profile;

    ValidateCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try {
            if (!source.contentExists(ctx)) {
                return ExitCode.USAGE;
            }
            BuildInfo info = new BuildInfo(BuildDate.of(ctx.env(), ctx.clock()), BuildDate.version());
            SiteBuild build = new SiteBuild(ctx.stages());
            SiteBuild.Checked checked = build.check(source.content, source.strict, info);
            if (profile == Audience.PUBLIC) {
                build.checkPublic(checked, source.strict);
            }
            String summary = "Checked " + Summary.plural(checked.accounts(), "account")
                    + Summary.unread(checked.unread(), " (", ")") + ": " + Summary.counts(checked.diagnostics()) + ".";
            Reporter.report(ctx, format, checked.diagnostics(), summary);
            return checked.diagnostics().hasErrors() ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
        } catch (io.keyplan.pipeline.UsageException e) {
            ctx.err().println("keyplan: " + io.keyplan.diagnostic.Printable.escape(e.getMessage()));
            return ExitCode.USAGE;
        }
    }
}
