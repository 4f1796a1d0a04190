package io.keyplan.cli;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Printable;
import io.keyplan.diagnostic.TextFormat;
import io.keyplan.pipeline.BuildDate;
import io.keyplan.pipeline.UsageException;
import io.keyplan.preview.IncrementalPreview;
import io.keyplan.preview.Preview;
import io.keyplan.preview.PreviewServer;
import io.keyplan.preview.Watching;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code keyplan serve}: the portal on a local web server, rebuilt when a file under the content
 * or theme folder changes; open pages reload by themselves and show the plans' errors. Writes
 * nothing to the content or theme folders. Runs in this JVM (the {@link Launcher} moves only
 * build and validate); Ctrl-C or SIGTERM stop it within a second with exit code 0.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Serves the portal on this machine while you edit: pages reload by themselves after each save,"
                + " and errors in the plans show in the browser.")
final class ServeCommand implements Callable<Integer> {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final Context ctx;

    @Mixin
    ContentFolder folder;

    @Mixin
    ThemeOption theme = new ThemeOption();

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "1313",
            description = "Port to serve on (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDR",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            defaultValue = "internal",
            description = "internal (default) or public: preview the public site, with a banner saying so.")
    Audience profile;

    @Option(names = "--open", description = "Open the portal in the browser.")
    boolean open;

    ServeCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Path themeDir;
        InetAddress address;
        try {
            ContentOptions.requireFolder(folder.content);
            themeDir = theme.folder();
            if (port < 0 || port > 65535) {
                throw new UsageException(
                        "--port " + port + " is not a port: use a number from 1 to 65535 (0: any free port).");
            }
            address = address(bind);
        } catch (UsageException e) {
            ctx.err().println("keyplan: " + Printable.escape(e.getMessage()));
            return ExitCode.USAGE;
        }
        BuildInfo info = new BuildInfo(BuildDate.of(ctx.env(), ctx.clock()), BuildDate.version(), profile);
        IncrementalPreview preview = new IncrementalPreview(
                folder.content, themeDir, profile, info.buildDate(), info.version(), BuildCommand.userCache(ctx));
        PreviewServer server;
        try {
            server = PreviewServer.bind(preview, new InetSocketAddress(address, port), profile);
        } catch (BindException e) {
            ctx.err().println("keyplan: " + bindProblem(e));
            return ExitCode.USAGE;
        } catch (IOException e) {
            ctx.err()
                    .println("keyplan: cannot serve on " + bind + ":" + port + ": " + Printable.escape(e.getMessage()));
            return ExitCode.USAGE;
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    stop.countDown();
                    try {
                        stopped.await(800, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    // Still busy with a rebuild: stop serving from here; close waits for no
                    // rebuild, only for a temporary folder being removed.
                    server.close();
                    preview.close();
                    ctx.out().flush();
                    ctx.err().flush();
                    // Stopped on purpose, and nothing is left behind: that is success, not 130/143.
                    // In the second JVM the launcher reads its own exit codes (Launcher.ran).
                    Runtime.getRuntime()
                            .halt(
                                    System.getProperty(Launcher.LAUNCHED) != null
                                            ? Launcher.ran(ExitCode.OK)
                                            : ExitCode.OK);
                },
                "keyplan-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Watching watching = null;
        try {
            Preview.Update first = preview.started();
            server.start(first);
            URI url = server.url();
            ctx.out()
                    .println("Serving " + url + " (content: " + Printable.escape(folder.content.toString())
                            + "). Press Ctrl-C to stop.");
            report(first);
            watching = Watching.start(
                    List.of(folder.content, themeDir),
                    update -> {
                        if (stop.getCount() > 0) {
                            server.published(update);
                            report(update);
                        }
                    },
                    failure -> {
                        if (stop.getCount() > 0) {
                            ctx.err()
                                    .println("keyplan: the rebuild stopped: " + Printable.escape(describe(failure))
                                            + ". Still serving the last version; save again to retry.");
                        }
                    },
                    preview);
            if (open) {
                Browser.open(url, ctx);
            }
            stop.await();
            return ExitCode.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        } finally {
            if (watching != null) {
                watching.close();
            }
            server.close();
            preview.close();
            if (stop.getCount() == 0) {
                ctx.out().println("Stopped.");
            } else {
                removeHook(hook);
            }
            ctx.out().flush();
            stopped.countDown();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is stopping already: the hook runs, and finds everything closed
        }
    }

    /** Whether a version without errors has been served: with errors from the start there is none to fall back on. */
    private boolean servedGood;

    /** One short line per rebuild; the errors themselves as {@code build} prints them, on stderr. */
    private synchronized void report(Preview.Update u) {
        Diagnostics d = u.diagnostics();
        String time = LocalTime.now(ctx.clock()).format(CLOCK);
        String counts = Summary.plural(u.accounts(), "account") + ", " + Summary.counts(d);
        String kept = !d.hasErrors()
                ? ""
                : servedGood
                        ? "; still showing the last version without errors"
                        : "; the pages show the errors until they are fixed";
        servedGood |= !d.hasErrors();
        ctx.out()
                .println(time + " " + Printable.escape(u.what()) + ": "
                        + u.took().toMillis() + " ms, " + counts + kept);
        if (d.hasErrors()) {
            ctx.err()
                    .print(TextFormat.format(
                            d.all().stream().filter(f -> f.isError()).toList()));
        }
        ctx.out().flush();
        ctx.err().flush();
    }

    private static String describe(RuntimeException e) {
        return EnvironmentFailure.describe(e, System.getProperty("sun.jnu.encoding"))
                .orElse(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static InetAddress address(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException | SecurityException e) {
            throw new UsageException("--bind " + bind
                    + " is not an address of this machine. Leave it out to serve on 127.0.0.1 (this machine only).");
        }
    }

    private String bindProblem(BindException e) {
        String why = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (why.contains("in use")) {
            return "port " + port + " on " + bind + " is in use (is keyplan serve already running?). Use --port to pick"
                    + " another, e.g. --port " + (port >= 65535 ? 8080 : port + 1) + ".";
        }
        if (why.contains("permission") || why.contains("denied")) {
            return "port " + port + " needs special permission on this machine. Use --port with a number above 1023,"
                    + " e.g. --port 1313.";
        }
        return "cannot listen on " + Printable.escape(bind) + ": " + Printable.escape(e.getMessage())
                + ". Use --bind with an address of this machine, e.g. --bind 127.0.0.1.";
    }
}
