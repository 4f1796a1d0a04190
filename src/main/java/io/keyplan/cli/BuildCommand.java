package io.keyplan.cli;

import io.keyplan.build.BuildDate;
import io.keyplan.build.BuildInfo;
import io.keyplan.build.BuildOptions;
import io.keyplan.build.BuildResult;
import io.keyplan.build.Profile;
import io.keyplan.build.SiteBuild;
import io.keyplan.build.UsageException;
import io.keyplan.diagnostic.OutputFormat;
import io.keyplan.publish.OutputRefusedException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code keyplan build}: checks the content and, when it has no errors, replaces the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = KeyPlanCommand.Version.class,
        description = "Builds the portal. A build with errors writes nothing and leaves the previous site as it was.")
final class BuildCommand implements Callable<Integer> {
    private final Context ctx;

    @Mixin
    ContentOptions source = new ContentOptions();

    @Option(names = "--theme", paramLabel = "DIR", defaultValue = "site-theme",
            description = "Theme folder (default: ${DEFAULT-VALUE}; the bundled theme when it does not exist).")
    Path theme;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "_site", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "internal",
            description = "internal (default) or public: a public site holds only public accounts and sections.")
    Profile profile;

    BuildCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try {
            if (!source.contentExists(ctx)) {
                return Main.USAGE;
            }
            BuildInfo info = new BuildInfo(BuildDate.of(ctx.env(), ctx.clock()), BuildDate.version(), profile == Profile.PUBLIC);
            BuildOptions options = new BuildOptions(source.content, theme, output, source.strict, profile);
            BuildResult result = new SiteBuild(ctx.stages()).build(options, info, ctx.workingDir(), ctx.home());
            for (String note : result.notes()) {
                ctx.err().println("keyplan: " + note);
            }
            String summary = result.written()
                    ? "Built " + Summary.plural(result.accounts(), "account") + ", " + Summary.plural(result.pages(), "page")
                            + " in " + Summary.seconds(System.nanoTime() - start) + ": " + Summary.counts(result.diagnostics()) + "."
                    : "Not built: " + Summary.counts(result.diagnostics()) + " in " + Summary.files(result.diagnostics())
                            + "; " + output + " was left as it was.";
            Reporter.report(ctx, OutputFormat.TEXT, result.diagnostics(), summary);
            return result.failed() ? Main.CONTENT_ERRORS : Main.OK;
        } catch (UsageException | OutputRefusedException e) {
            ctx.err().println("keyplan: " + io.keyplan.diagnostic.Printable.escape(e.getMessage()));
            return Main.USAGE;
        }
    }
}
