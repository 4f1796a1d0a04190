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
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
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
        int code = run(args, out, err, System.getenv(), new SystemClock(), Stages.standard());
        // The training run of mvn package says which jar and JDK the archive it makes at exit is for.
        ClassData.stamp(
                System.getProperty(ClassData.STAMP_PROPERTY),
                System.getProperty("java.class.path"),
                System.getProperty("java.home"),
                System.getProperty("java.vm.version"));
        System.exit(launched ? Launcher.ran(code) : code);
    }

    /**
     * {@link Clock#systemDefaultZone()}, but the zone is looked up only when a command asks for it: the
     * lookup reads the JDK's time-zone database (tens of milliseconds at the start of every run), and a
     * build with {@code SOURCE_DATE_EPOCH} set, as in CI, never needs it.
     */
    static final class SystemClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.system(zone);
        }

        @Override
        public Instant instant() {
            return Instant.now();
        }

        @Override
        public long millis() {
            return System.currentTimeMillis();
        }
    }

    /** Runs one command in-process; everything the user sees goes to {@code out} and {@code err}. */
    public static int run(
            String[] args, PrintStream out, PrintStream err, Map<String, String> env, Clock clock, Stages stages) {
        return run(args, out, err, env, clock, stages, false);
    }

    /** {@link #run}; {@code every}: with every subcommand registered, whatever the arguments (tests compare). */
    static int run(
            String[] args,
            PrintStream out,
            PrintStream err,
            Map<String, String> env,
            Clock clock,
            Stages stages,
            boolean every) {
        Context context = new Context(
                out, err, env, clock, stages, Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
        if (!every) {
            // build and validate with a plain command line: no picocli (PlainArguments says why).
            Optional<Callable<Integer>> plain = PlainArguments.read(args, context);
            if (plain.isPresent()) {
                try {
                    return plain.get().call();
                } catch (Exception | Error e) {
                    return failure(err, e);
                }
            }
        }
        CommandLine cmd = commandLine(context, every || args.length == 0 ? null : args[0]);
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

    /** The subcommands in the order --help lists them. */
    static final List<String> COMMANDS = List.of("init", "new", "import", "build", "validate", "serve", "schema");

    /**
     * The command line with every subcommand, or with only {@code first} when it names one. Picocli
     * reads a command's annotations (options, help texts, converters) when the command is added, about
     * a tenth of a second for all of them in a fresh JVM, while a command line that starts with a
     * subcommand's name only ever reaches that one: it parses, fails and prints help exactly as with all
     * of them. Anything else (no arguments, an option, an unknown or misspelt name, an @-file) gets all,
     * for the list of commands and the suggestions.
     */
    static CommandLine commandLine(Context context, String first) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == NewCommand.Account.class) {
                    return type.cast(new NewCommand.Account(context));
                }
                if (type == NewCommand.Note.class) {
                    return type.cast(new NewCommand.Note(context));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine cmd = new CommandLine(new KeyPlanCommand(), factory);
        boolean one = first != null && COMMANDS.contains(first); // List.of rejects null
        for (String name : COMMANDS) {
            if (!one || name.equals(first)) {
                cmd.addSubcommand(new CommandLine(subcommand(name, context), factory));
            }
        }
        return cmd;
    }

    private static Object subcommand(String name, Context context) {
        return switch (name) {
            case "init" -> new InitCommand(context);
            case "new" -> new NewCommand();
            case "import" -> new ImportCommand(context);
            case "build" -> new BuildCommand(context);
            case "validate" -> new ValidateCommand(context);
            case "serve" -> new ServeCommand(context);
            case "schema" -> new SchemaCommand(context);
            default -> throw new IllegalArgumentException(name);
        };
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
