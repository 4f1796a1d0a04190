package io.keyplan.cli;

import io.keyplan.diagnostic.OutputFormat;
import io.keyplan.pipeline.BuildDate;
import io.keyplan.pipeline.BuildOptions;
import io.keyplan.pipeline.BuildResult;
import io.keyplan.pipeline.SiteBuild;
import io.keyplan.pipeline.UsageException;
import io.keyplan.publish.OutputFolder;
import io.keyplan.publish.OutputRefusedException;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code keyplan build}: checks the content and, when it has no errors, replaces the output folder. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds the portal. A build with errors writes nothing and leaves the previous site as it was.")
final class BuildCommand implements Callable<Integer> {
    private final Context ctx;

    @Mixin
    ContentOptions source = new ContentOptions();

    @Mixin
    ThemeOption theme = new ThemeOption();

    @Option(
            names = "--output",
            paramLabel = "DIR",
            defaultValue = "_site",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            defaultValue = "internal",
            description = "internal (default) or public: a public site holds only public accounts and sections.")
    Audience profile;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Address the site is published at (http or https), for sitemap.xml and canonical links;"
                    + " overrides base_url of portal.yaml.")
    String baseUrl;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "A folder where KeyPlan keeps what it can reuse between builds (made when missing)."
                    + " A page is reused only when everything it is made from is unchanged, and the git history is read"
                    + " only for new commits; deleting the folder"
                    + " is always safe. Default: none, every page is rendered (what the git history found is"
                    + " still kept in the user's cache folder).")
    Path cache;

    /**
     * The user's cache folder (the base folder of {@link ClassData}'s archives), where the history's
     * findings are kept between builds without {@code --cache}; null when there is none.
     */
    static Path userCache(Context ctx) {
        return ClassData.cacheHome(
                ctx.env(),
                System.getProperty("os.name"),
                ctx.home() == null ? null : ctx.home().toString());
    }

    BuildCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try {
            if (!source.contentExists(ctx)) {
                return ExitCode.USAGE;
            }
            Path themeFolder = theme.folder();
            if (baseUrl != null && !baseUrl.strip().matches("(?i)https?://[^\\s/?#]+(/\\S*)?")) {
                throw new UsageException("--base-url must be an http or https address such as"
                        + " https://acme.github.io/kam/, not \"" + baseUrl + "\"");
            }
            BuildInfo info = new BuildInfo(BuildDate.of(ctx.env(), ctx.clock()), BuildDate.version(), profile, baseUrl);
            BuildOptions options =
                    new BuildOptions(source.content, themeFolder, output, source.strict, cache, userCache(ctx));
            BuildResult result = new SiteBuild(ctx.stages()).build(options, info, ctx.workingDir(), ctx.home());
            for (String note : result.notes()) {
                ctx.err().println("keyplan: " + note);
            }
            String summary = result.written()
                    ? "Built " + Summary.plural(result.accounts(), "account") + ", "
                            + Summary.plural(result.pages(), "page") + " in "
                            + Summary.seconds(System.nanoTime() - start) + ": " + Summary.counts(result.diagnostics())
                            + "."
                    : "Not built: " + Summary.counts(result.diagnostics()) + " in "
                            + Summary.files(result.diagnostics()) + Summary.unread(result.unread(), " (", ")") + "; "
                            + output + " was left as it was.";
            Reporter.report(ctx, OutputFormat.TEXT, result.diagnostics(), summary);
            // The summary is out; the command ends when the previous site is gone, so that no copy of it
            // is left beside the output.
            OutputFolder.awaitRetiredSites();
            return result.failed() ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
        } catch (UsageException | OutputRefusedException e) {
            ctx.err().println("keyplan: " + io.keyplan.diagnostic.Printable.escape(e.getMessage()));
            return ExitCode.USAGE;
        }
    }
}
