package io.keyplan.cli;

import io.keyplan.diagnostic.OutputFormat;
import io.keyplan.site.Audience;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Reads the command lines of {@code build} and {@code validate} that CI and the benchmark use (each
 * option named in full at most once, with a plain value), so that those runs start without picocli.
 *
 * <p>Why: picocli's classes are compiled for Java 5, which no class-data archive can hold, and its
 * model of a command is built from the annotations by reflection; together about a tenth of a
 * second at the start of every build, before any other work can begin. The result here is the
 * command object picocli would have filled in, with the same defaults and conversions. Anything
 * else (help, a version, an unknown or repeated option, a value that starts with {@code -}, an
 * {@code @}-file, an enum value or a path picocli would reject) gets an empty answer, and picocli
 * reads the command line as before, with its errors and help. {@code PlainArgumentsTest} holds the
 * two readers to the same result.
 */
final class PlainArguments {
    private PlainArguments() {}

    /** The command {@code args} names, filled in as picocli would; empty when picocli must read them. */
    static Optional<Callable<Integer>> read(String[] args, Context ctx) {
        if (args.length == 0) {
            return Optional.empty();
        }
        Callable<Integer> command = null;
        if (args[0].equals("build")) {
            command = build(args, new BuildCommand(ctx)).orElse(null);
        } else if (args[0].equals("validate")) {
            command = validate(args, new ValidateCommand(ctx)).orElse(null);
        }
        return Optional.ofNullable(command);
    }

    /** {@code command} with the options of {@code args} (after the command's name), or empty. */
    static Optional<BuildCommand> build(String[] args, BuildCommand command) {
        command.source.content = Path.of("content");
        command.output = Path.of("_site");
        command.profile = Audience.INTERNAL;
        // A null value is one picocli would reject, with a message of its own.
        boolean read = readAll(args, command.source, o -> switch (o.name()) {
            case "--content" -> (command.source.content = o.path()) != null;
            case "--theme" -> (command.theme.theme = o.path()) != null;
            case "--output" -> (command.output = o.path()) != null;
            case "--cache" -> (command.cache = o.path()) != null;
            case "--profile" -> (command.profile = audience(o.value())) != null;
            case "--base-url" -> (command.baseUrl = o.value()) != null;
            default -> false;
        });
        return read ? Optional.of(command) : Optional.empty();
    }

    /** {@code command} with the options of {@code args} (after the command's name), or empty. */
    static Optional<ValidateCommand> validate(String[] args, ValidateCommand command) {
        command.source.content = Path.of("content");
        command.format = OutputFormat.TEXT;
        command.profile = Audience.INTERNAL;
        boolean read = readAll(args, command.source, o -> switch (o.name()) {
            case "--content" -> (command.source.content = o.path()) != null;
            case "--format" -> (command.format = format(o.value())) != null;
            case "--profile" -> (command.profile = audience(o.value())) != null;
            default -> false;
        });
        return read ? Optional.of(command) : Optional.empty();
    }

    /**
     * Reads the options after the command's name: {@code --strict} into {@code source}, every other
     * option through {@code assign}. False as soon as one is not plain, repeated or not taken.
     */
    private static boolean readAll(String[] args, ContentOptions source, Predicate<Option> assign) {
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--strict")) {
                if (!seen.add(args[i])) {
                    return false;
                }
                source.strict = true;
                continue;
            }
            Option o = option(args, i, seen);
            if (o == null || !assign.test(o)) {
                return false;
            }
            i = o.next();
        }
        return true;
    }

    /**
     * An option with a value at {@code args[i]}, as {@code --name value} or {@code --name=value}; null
     * for anything else, or for a name already in {@code seen}.
     */
    private static Option option(String[] args, int i, Set<String> seen) {
        String arg = args[i];
        if (!arg.startsWith("--") || arg.startsWith("--strict")) {
            return null;
        }
        int eq = arg.indexOf('=');
        String name;
        String value;
        int next;
        if (eq < 0) {
            if (i + 1 >= args.length) {
                return null;
            }
            name = arg;
            value = args[i + 1];
            next = i + 1;
        } else {
            name = arg.substring(0, eq);
            value = arg.substring(eq + 1);
            next = i;
        }
        // picocli reads "-..." as an option and "@..." as a file of arguments; an empty value has its own rules.
        if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || !seen.add(name)) {
            return null;
        }
        return new Option(name, value, next);
    }

    /** One option's name and value; {@code next} is the index of the value's argument. */
    private record Option(String name, String value, int next) {
        /** The value as a path, or null when it is none (picocli then says why). */
        Path path() {
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                return null;
            }
        }
    }

    /** As picocli reads an enum value with case-insensitive values allowed; null when none fits. */
    private static Audience audience(String value) {
        for (Audience a : Audience.values()) {
            if (a.name().equalsIgnoreCase(value)) {
                return a;
            }
        }
        return null;
    }

    private static OutputFormat format(String value) {
        for (OutputFormat f : OutputFormat.values()) {
            if (f.name().equalsIgnoreCase(value)) {
                return f;
            }
        }
        return null;
    }
}
