package io.keyplan.cli;

import io.keyplan.pipeline.BuildDate;
import io.keyplan.pipeline.Stages;
import io.keyplan.publish.BuildStoppedException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * {@code java -jar keyplan.jar}. Exit codes: 0 success (warnings allowed), 1 content errors,
 * 2 usage errors and problems of the machine (permissions, a full disk), 3 an internal problem
 * (a bug in KeyPlan), 4 the second JVM did not start, 130/143 stopped by Ctrl-C/SIGTERM; see
 * docs/decisions.md.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // First, before anything else is loaded: build and validate may go on in a tuned JVM.
        Launcher.relaunchIfUseful(Main.class, args);
        args = Launcher.argumentsFromLauncher(args);
        // Started by the launcher (not only with its property, as the class-data training run in pom.xml is).
        boolean launched =
                System.getProperty(Launcher.LAUNCHED) != null && System.getenv(Launcher.LAUNCHER_PID) != null;
        if (launched) {
            Launcher.stopWhenLauncherStops();
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err, System.getenv(), Clock.systemDefaultZone(), Stages.standard());
        System.exit(launched ? Launcher.ran(code) : code);
    }

    /** Runs one command in-process; everything the user sees goes to {@code out} and {@code err}. */
    public static int run(
            String[] args, PrintStream out, PrintStream err, Map<String, String> env, Clock clock, Stages stages) {
        Context context = new Context(
                out, err, env, clock, stages, Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
        CommandLine cmd = new CommandLine(new KeyPlanCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == BuildCommand.class) {
                    return type.cast(new BuildCommand(context));
                }
                if (type == ValidateCommand.class) {
                    return type.cast(new ValidateCommand(context));
                }
                if (type == ServeCommand.class) {
                    return type.cast(new ServeCommand(context));
                }
                if (type == SchemaCommand.class) {
                    return type.cast(new SchemaCommand(context));
                }
                if (type == NewCommand.Account.class) {
                    return type.cast(new NewCommand.Account(context));
                }
                if (type == NewCommand.Note.class) {
                    return type.cast(new NewCommand.Note(context));
                }
                if (type == InitCommand.class) {
                    return type.cast(new InitCommand(context));
                }
                return CommandLine.defaultFactory().create(type);
            }
        });
        cmd.addSubcommand(new ImportCommand(context));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // A folder name the locale cannot express: say how to fix it, not how Java failed to convert it.
        cmd.registerConverter(Path.class, text -> {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new CommandLine.TypeConversionException(
                        EnvironmentFailure.describe(e, System.getProperty("sun.jnu.encoding"))
                                .orElse(e.getMessage()));
            }
        });
        cmd.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine c = ex.getCommandLine();
            err.println("keyplan: " + io.keyplan.diagnostic.Printable.escape(ex.getMessage()));
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> failure(err, ex));
        try {
            return cmd.execute(args);
        } catch (RuntimeException | Error e) {
            return failure(err, e);
        }
    }

    /** A command stopped by an exception: stopped from outside, a problem of the machine, or a bug. */
    static int failure(PrintStream err, Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof BuildStoppedException) {
                err.println("keyplan: " + t.getMessage() + ".");
                return ExitCode.STOPPED;
            }
        }
        Optional<String> environment = EnvironmentFailure.describe(e, System.getProperty("sun.jnu.encoding"));
        if (environment.isPresent()) {
            err.println("keyplan: " + environment.get());
            return ExitCode.USAGE;
        }
        return internal(err, e);
    }

    static int internal(PrintStream err, Throwable e) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("KeyPlan stopped because of an internal problem: "
                + io.keyplan.diagnostic.Printable.escape(what.replace('\n', ' '))
                + ". Nothing was written. Please report it.");
        return ExitCode.INTERNAL;
    }

    /** The one version string: the jar manifest's, or "dev". */
    static String version() {
        return BuildDate.version();
    }
}
