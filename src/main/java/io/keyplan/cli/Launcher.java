package io.keyplan.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs {@code build} and {@code validate} in a second JVM with options that suit them, when
 * KeyPlan was started plainly as {@code java -jar keyplan.jar ...}.
 *
 * <p>Why: a jar cannot carry JVM options, and the defaults are made for long-running servers.
 * A build is a short batch job on a CI machine with few cores: the optimising JIT compiler
 * (C2) spends more processor time compiling Pebble and flexmark than it saves, and the default
 * collector lets the heap grow to a quarter of the machine's memory. The quick compiler only
 * ({@code -XX:TieredStopAtLevel=1}) and the serial collector make a 1,000-plan build about a
 * third faster and use a quarter of the memory; starting the second JVM costs about 0.1 s. The
 * young generation is capped ({@code -XX:MaxNewSize=64m}): 10,000 plans peaked at 965 MiB
 * without the cap, 700 MiB with it, at the same speed.
 * The second JVM maps KeyPlan's classes from a class-data-sharing archive ({@link ClassData}: the
 * one {@code mvn package} left beside the jar, or one the first build made in the user's cache
 * folder), which saves more than that.
 * See docs/performance.md for the measurements and docs/decisions.md for the choice.
 *
 * <p>It never second-guesses a user who tuned the JVM: any option before {@code -jar},
 * {@code JDK_JAVA_OPTIONS} or {@code JAVA_TOOL_OPTIONS} keeps the run in this JVM. The
 * environment variable {@code KEYPLAN_JAVA_OPTIONS} replaces the options ({@code off}: no
 * second JVM), written as for {@code JDK_JAVA_OPTIONS} (quotes keep spaces in an option). A JVM
 * that does not start (an option it does not know) gives exit code 4 with a line saying so.
 * Output, input and the exit code pass through; Ctrl-C and SIGTERM stop both JVMs, and the second
 * stops by itself when the first is killed.
 */
final class Launcher {
    /** Set in the second JVM, so that it never starts a third. */
    static final String LAUNCHED = "keyplan.launched";

    static final String OPTIONS_VARIABLE = "KEYPLAN_JAVA_OPTIONS";
    /**
     * The commands that run in the second JVM: the batch jobs, and {@code serve}, whose memory stays
     * a third of what the default collector lets it grow to (docs/performance.md).
     */
    static final Set<String> RELAUNCHED = Set.of("build", "validate", "serve");

    /**
     * The batch options. The class-data archives (the JDK's and KeyPlan's) are mapped where they were
     * made instead of at a random address ({@code ArchiveRelocationMode=0}, the default before JDK 17.0.6):
     * moving them means patching every pointer in them at each start, 50-80 ms for KeyPlan's 19 MB archive,
     * before any of KeyPlan's code runs. When that address is taken the JVM still moves them. A diagnostic
     * option, so a JDK that no longer knows it must ignore it rather than refuse to start.
     */
    static final List<String> DEFAULT_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-XX:MaxNewSize=64m",
            "-XX:+IgnoreUnrecognizedVMOptions",
            "-XX:+UnlockDiagnosticVMOptions",
            "-XX:ArchiveRelocationMode=0");
    /** Set in the second JVM's environment: the launcher's process id, to notice when it is gone. */
    static final String LAUNCHER_PID = "KEYPLAN_LAUNCHER_PID";
    /** Set in the second JVM's environment when the arguments had to be passed as bytes; see {@link #rawArguments}. */
    static final String ARGUMENTS = "KEYPLAN_ARGUMENTS";
    /** Added to KeyPlan's exit code in the second JVM; see {@link #ran}. */
    static final int LAUNCHED_EXIT = 100;

    private static final long WATCH_MILLIS = 200;

    private Launcher() {}

    /**
     * Runs the command in a second JVM and exits with its exit code, when that is useful (see
     * the class comment); otherwise returns, and the caller runs it here.
     */
    static void relaunchIfUseful(Class<?> mainClass, String[] args) {
        if (System.getProperty(LAUNCHED) != null) {
            return; // the second JVM: nothing to look up (launchCommand would say the same)
        }
        String classPath = System.getProperty("java.class.path");
        // No lambda, method reference or string concatenation on the way to the second JVM's start: the first of
        // each in a JVM costs tens of milliseconds of bootstrapping (invokedynamic), and here it is all waiting.
        String[] given = ProcessHandle.current().info().arguments().orElse(null);
        List<String> jvmArguments = given == null ? null : Arrays.asList(given);
        ClassData classData = null;
        Optional<List<String>> command;
        try {
            command = launchCommand(
                    mainClass,
                    args,
                    jvmArguments,
                    classPath,
                    System.getProperty("java.home"),
                    System.getenv(),
                    false,
                    null);
            // Only a second JVM with the default options maps or makes an archive: nothing is looked up or written
            // in the cache for a run that stays in this JVM.
            if (command.isPresent() && System.getenv(OPTIONS_VARIABLE) == null) {
                classData = ClassData.find(
                        args[0],
                        classPath,
                        System.getProperty("java.home"),
                        System.getProperty("java.vm.version"),
                        ClassData.cacheHome(
                                System.getenv(), System.getProperty("os.name"), System.getProperty("user.home")));
                command = launchCommand(
                        mainClass,
                        args,
                        jvmArguments,
                        classPath,
                        System.getProperty("java.home"),
                        System.getenv(),
                        false,
                        classData);
            }
        } catch (IllegalArgumentException e) {
            finish(classData, false);
            System.err.println("keyplan: " + e.getMessage());
            System.err.println(
                    "Quote options that contain spaces, e.g. KEYPLAN_JAVA_OPTIONS='-Xmx2g \"-Dtitle=Key accounts\"'.");
            System.exit(ExitCode.USAGE);
            return;
        }
        if (command.isEmpty() || !Files.isExecutable(Path.of(command.get().get(0)))) {
            finish(classData, false);
            return;
        }
        ClassData archive = classData; // for the stop hook
        ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
        builder.environment()
                .putAll(environment(System.getProperty("sun.jnu.encoding"), System.getProperty("os.name")));
        builder.environment()
                .put(LAUNCHER_PID, Long.toString(ProcessHandle.current().pid()));
        Optional<String> raw = rawArguments(args, System.getProperty("sun.jnu.encoding"));
        if (raw.isPresent()) {
            builder.environment().put(ARGUMENTS, raw.get());
        }
        AtomicReference<Process> started = new AtomicReference<>();
        try {
            started.set(builder.start());
        } catch (IOException | RuntimeException e) {
            finish(archive, false);
            return; // cannot start a JVM here: run in this one, only slower
        }
        Runtime.getRuntime().addShutdownHook(new StopChild(started, archive));
        boolean retried = false;
        while (true) {
            try {
                int code = started.get().waitFor();
                if (!retried && crashedOnArchive(archive, code)) {
                    // A damaged archive in the cache (cut short by a full disk or a copy, say) can make the JVM crash
                    // while it maps it, before KeyPlan runs: removed, so the next build makes a new one, and the
                    // command runs again without it.
                    retried = true;
                    archive.discard();
                    List<String> again = new ArrayList<>(command.get());
                    again.removeAll(archive.options());
                    try {
                        started.set(builder.command(again).start());
                        continue;
                    } catch (IOException | RuntimeException e) {
                        // reported below as a JVM that did not start
                    }
                }
                Optional<Integer> own = exitCode(code);
                if (stoppedBySignal(code) && code != 128 + 2 && code != 128 + 15) {
                    System.err.println(
                            "keyplan: the second Java VM was stopped from outside (signal " + (code - 128) + ").");
                }
                if (own.isEmpty()) {
                    System.err.println(
                            "keyplan: the second Java VM stopped before KeyPlan could run in it (exit code " + code
                                    + "). Check the options in " + OPTIONS_VARIABLE + ", or set " + OPTIONS_VARIABLE
                                    + "=off to run in one Java VM.");
                }
                // Only an archive of a run that got to its end: a JVM stopped half-way may have written half of one.
                finish(archive, own.isPresent() && !stoppedBySignal(code));
                System.exit(own.orElse(ExitCode.JVM_DID_NOT_START));
            } catch (InterruptedException ignored) {
                // keep waiting: the exit code is the child's
            }
        }
    }

    /**
     * Stopped from outside (Ctrl-C, SIGTERM, CI cancel): stops the child too and waits until it has removed its
     * staging folder, so nothing replaces the output after this process is gone. The JVM then exits with 130 or 143.
     * A class rather than a lambda, for the reason in {@link #relaunchIfUseful}.
     */
    private static final class StopChild extends Thread {
        private final AtomicReference<Process> started;
        private final ClassData archive;

        StopChild(AtomicReference<Process> started, ClassData archive) {
            super("keyplan-stop-child");
            this.started = started;
            this.archive = archive;
        }

        @Override
        public void run() {
            Process child = started.get();
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor(60, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
            // Stopped half-way, it may have written half an archive (a no-op after a normal end).
            finish(archive, false);
            // A child that ended well when stopped (serve: stopping is how a server ends) is this process's result
            // too; any other stop stays 130/143.
            if (!child.isAlive() && exitCode(child.exitValue()).orElse(-1) == ExitCode.OK) {
                Runtime.getRuntime().halt(ExitCode.OK);
            }
        }
    }

    /**
     * The second JVM crashed (SIGABRT, SIGBUS, SIGSEGV) while it had an archive from the user's cache
     * to map. Archives beside the jar are the packager's and are left alone.
     */
    static boolean crashedOnArchive(ClassData classData, int code) {
        return classData != null
                && !classData.making()
                && classData.cached()
                && (code == 128 + 6 || code == 128 + 7 || code == 128 + 11);
    }

    private static void finish(ClassData classData, boolean ran) {
        if (classData != null) {
            classData.finish(ran);
        }
    }

    /**
     * KeyPlan in the second JVM exits with {@code LAUNCHED_EXIT + code}, so that the launcher can
     * tell its exit codes from those of a JVM that did not start at all (which exits with 1, the
     * code for content errors, when an option is wrong).
     */
    static int ran(int code) {
        return LAUNCHED_EXIT + code;
    }

    /** The launcher's exit code for the second JVM's; empty when KeyPlan never ran there. */
    static Optional<Integer> exitCode(int child) {
        if (stoppedBySignal(child)) {
            return Optional.of(child); // Ctrl-C, SIGTERM, a kill: passed on as the shell would show it
        }
        int own = child - LAUNCHED_EXIT;
        return own == ExitCode.OK
                        || own == ExitCode.CONTENT_ERRORS
                        || own == ExitCode.USAGE
                        || own == ExitCode.INTERNAL
                        || own == ExitCode.STOPPED
                ? Optional.of(own)
                : Optional.empty();
    }

    /**
     * The arguments exactly as the operating system passed them, hex-encoded, when this JVM could
     * not read them as text: under {@code LANG=C} Java turns {@code jürgen} into {@code j??rgen}, and
     * the second JVM, which runs with a UTF-8 locale, would look for that folder. Linux only (from
     * {@code /proc/self/cmdline}); empty when not needed or not possible.
     */
    static Optional<String> rawArguments(String[] args, String fileNameEncoding) {
        Path cmdline = Path.of("/proc/self/cmdline");
        if (EnvironmentFailure.isUtf8(fileNameEncoding) || args.length == 0 || !Files.isReadable(cmdline)) {
            return Optional.empty();
        }
        try {
            return encode(args, Files.readAllBytes(cmdline), Charset.forName(fileNameEncoding));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The last {@code args.length} entries of a NUL-separated command line, hex-encoded, if they are {@code args}. */
    static Optional<String> encode(String[] args, byte[] cmdline, Charset charset) {
        List<byte[]> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                entries.add(Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (entries.size() < args.length) {
            return Optional.empty();
        }
        List<byte[]> own = entries.subList(entries.size() - args.length, entries.size());
        boolean nonAscii = false;
        List<String> hex = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            byte[] raw = own.get(i);
            if (!new String(raw, charset).equals(args[i])) {
                return Optional.empty(); // not the arguments this JVM was given: leave them as they are
            }
            for (byte b : raw) {
                nonAscii |= b < 0;
            }
            hex.add(HexFormat.of().formatHex(raw));
        }
        return nonAscii ? Optional.of(String.join(",", hex)) : Optional.empty();
    }

    /** In the second JVM: the arguments as the user typed them, when the launcher could not pass them as text. */
    static String[] argumentsFromLauncher(String[] args) {
        String raw = System.getenv(ARGUMENTS);
        if (raw == null || System.getProperty(LAUNCHED) == null) {
            return args;
        }
        return decode(raw, args, Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")));
    }

    static String[] decode(String raw, String[] args, Charset charset) {
        String[] parts = raw.split(",", -1);
        if (parts.length != args.length) {
            return args;
        }
        try {
            String[] out = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                out[i] = new String(HexFormat.of().parseHex(parts[i]), charset);
            }
            return out;
        } catch (IllegalArgumentException e) {
            return args;
        }
    }

    /** 128 + a signal's number: how Java reports a process that a signal ended. */
    static boolean stoppedBySignal(int code) {
        return code > 128 && code < 128 + 32;
    }

    /**
     * Changes to the second JVM's environment. Java reads file names through the locale: under
     * {@code LANG=C} a name such as {@code Präsentation.pdf} cannot be turned into text and back,
     * so the second JVM gets a UTF-8 locale. Windows and macOS read file names as Unicode anyway.
     */
    static Map<String, String> environment(String fileNameEncoding, String osName) {
        String os = osName == null ? "" : osName.toLowerCase(java.util.Locale.ROOT);
        if (EnvironmentFailure.isUtf8(fileNameEncoding) || os.startsWith("windows") || os.startsWith("mac")) {
            return Map.of();
        }
        return Map.of("LC_ALL", "C.UTF-8");
    }

    /**
     * In the second JVM: stops (and so removes the staging folder through the shutdown hooks) when
     * the launcher is gone, even when it was killed with SIGKILL and could not stop this JVM itself.
     */
    static void stopWhenLauncherStops() {
        String expected = System.getenv(LAUNCHER_PID);
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            return;
        }
        ProcessHandle launcher = parent.get();
        Thread watch = new Thread(
                () -> {
                    // A launcher that died before this JVM looked has already handed it to another parent.
                    boolean gone = !Long.toString(launcher.pid()).equals(expected);
                    while (!gone) {
                        try {
                            Thread.sleep(WATCH_MILLIS);
                        } catch (InterruptedException e) {
                            return;
                        }
                        gone = !launcher.isAlive();
                    }
                    System.err.println(
                            "keyplan: the command that started this build was stopped, so the build stops too.");
                    System.exit(128 + 15);
                },
                "keyplan-watch-launcher");
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * The second JVM's command line, or empty to run in this one.
     *
     * @param mainClass       what the second JVM runs: KeyPlan's entry point
     * @param args            KeyPlan's own arguments
     * @param jvmArguments    this JVM's command line after the executable, null when unknown
     * @param classPath       {@code java.class.path}: the jar itself under {@code java -jar}
     * @param javaHome        {@code java.home}
     * @param env             the environment
     * @param launched        true in a JVM this class started
     * @param archive         the class-data-sharing archive made with the jar, or null
     */
    static Optional<List<String>> command(
            Class<?> mainClass,
            String[] args,
            List<String> jvmArguments,
            String classPath,
            String javaHome,
            Map<String, String> env,
            boolean launched,
            Path archive) {
        return launchCommand(mainClass, args, jvmArguments, classPath, javaHome, env, launched, ClassData.use(archive));
    }

    /**
     * The second JVM's command line, or empty to run in this one; {@code classData} is the
     * class-data-sharing archive to map or to make ({@link ClassData}), or null.
     */
    static Optional<List<String>> launchCommand(
            Class<?> mainClass,
            String[] args,
            List<String> jvmArguments,
            String classPath,
            String javaHome,
            Map<String, String> env,
            boolean launched,
            ClassData classData) {
        if (launched || args.length == 0 || !RELAUNCHED.contains(args[0])) {
            return Optional.empty();
        }
        String configured = env.get(OPTIONS_VARIABLE);
        if (configured != null && configured.strip().equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        if (!blank(env.get("JDK_JAVA_OPTIONS")) || !blank(env.get("JAVA_TOOL_OPTIONS"))) {
            return Optional.empty();
        }
        // Exactly "-jar <the jar> <KeyPlan's arguments>": nothing the user chose for the JVM.
        if (jvmArguments == null
                || jvmArguments.size() < 2
                || !jvmArguments.get(0).equals("-jar")
                || classPath == null
                || !jvmArguments.get(1).equals(classPath)
                || classPath.contains(File.pathSeparator)
                || javaHome == null) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(javaHome, "bin", File.separatorChar == '\\' ? "java.exe" : "java")
                .toString());
        if (configured == null) {
            command.addAll(DEFAULT_OPTIONS);
            if (classData != null) {
                // An archive that no longer fits (jar moved, JDK updated) is skipped; the JVM's note about it must
                // not end up in the output, which may be JSON for another tool.
                command.addAll(classData.options());
            }
        } else if (!configured.isBlank()) {
            command.addAll(JavaOptions.split(configured));
        }
        command.add("-D" + LAUNCHED + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * {@code keyplan.jsa} beside {@code keyplan.jar}, made by {@code mvn package}: null when there
     * is none. The JVM checks that it belongs to this jar and JDK, and ignores it silently if not.
     */
    static Path archiveOf(String classPath) {
        return ClassData.besideJar(classPath);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
