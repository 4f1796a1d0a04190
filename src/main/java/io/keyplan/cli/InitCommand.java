package io.keyplan.cli;

import io.keyplan.diagnostic.Printable;
import io.keyplan.pipeline.BuildDate;
import io.keyplan.scaffold.Starter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code keyplan init DIR}: a new content repository, ready to push, in a new or empty folder
 * ({@link Starter}); lists what it wrote and what to do next. A folder that is not empty is a
 * usage error (exit 2), and nothing is written.
 */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Creates a new content repository in DIR (a new or empty folder): portal settings, an example"
                + " account, a how-we-work page, the workflows that check and publish it, and editor settings.")
final class InitCommand implements Callable<Integer> {
    private final Context ctx;

    @Parameters(index = "0", paramLabel = "DIR", description = "The new repository's folder (made if missing).")
    Path dir;

    InitCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        PrintStream out = ctx.out();
        PrintStream err = ctx.err();
        String shown = Printable.escape(dir.toString());
        String version = BuildDate.version();
        List<String> written;
        try {
            written = Starter.write(ctx.workingDir().resolve(dir), version, BuildDate.of(ctx.env(), ctx.clock()));
        } catch (Starter.NotEmpty e) {
            err.println("keyplan init: " + Printable.escape(e.getMessage()) + ".");
            err.flush();
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println("keyplan init: could not write the repository into '" + shown + "' ("
                    + Printable.escape(String.valueOf(e.getMessage())) + "); nothing was written.");
            err.flush();
            return ExitCode.USAGE;
        }
        out.println("Created a KeyPlan content repository in " + shown + ":");
        for (String f : written) {
            out.println("  " + f);
        }
        out.println();
        out.println("Next steps:");
        if (!ctx.workingDir().resolve(dir).normalize().equals(ctx.workingDir().normalize())) {
            out.println("  cd " + shown);
        }
        out.println("  git init -b main && git add . && git commit -m \"Start our key account portal\"");
        out.println("  keyplan serve                       the portal in your browser, updated as you save");
        out.println("  edit content/portal.yaml            your company, language, currency and selection criteria");
        out.println("  keyplan new account SLUG            a plan per key account (then delete example-customer/)");
        out.println("  keyplan validate                    every mistake with its file, line and column");
        out.println("  push to a private GitHub repository and set Settings -> Pages -> Source: GitHub Actions");
        out.println("README.md in the new folder says how to edit, preview, open a pull request and publish.");
        if (!Starter.isRelease(version)) {
            out.println();
            out.println("Note: this KeyPlan is version '" + Printable.escape(version) + "', not a release. Set"
                    + " keyplan-version and the @v... tag in .github/workflows/*.yml to the release you use.");
        }
        out.flush();
        return ExitCode.OK;
    }
}
