package io.keyplan.cli;

import io.keyplan.create.NewAccount;
import io.keyplan.create.NewNote;
import io.keyplan.create.Refused;
import io.keyplan.diagnostic.Printable;
import io.keyplan.pipeline.BuildDate;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code keyplan new account|note}: starts a new file in the content folder. A refusal (a bad slug,
 * a folder that is there already, an unknown account) is exit 1 with nothing written, as for a plan
 * with errors: the user's input is what needs fixing.
 */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Starts a new account plan or note in the content folder.",
        subcommands = {NewCommand.Account.class, NewCommand.Note.class})
final class NewCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: account or note");
    }

    /** {@code keyplan new account SLUG}. */
    @Command(
            name = "account",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Writes accounts/SLUG/account.yaml: name and owner filled in, every section as a"
                    + " commented placeholder with a one-line hint. It passes 'keyplan validate' at once.")
    static final class Account implements Callable<Integer> {
        private final Context ctx;

        @Parameters(
                paramLabel = "SLUG",
                description = "The account's folder name and web address: lower-case letters, digits and '-'"
                        + " (e.g. noordzee-foods).")
        String slug;

        @Option(
                names = "--name",
                paramLabel = "TEXT",
                description = "The customer's name (default: made from the slug, noordzee-foods -> Noordzee Foods).")
        String name;

        @Option(
                names = "--owner",
                paramLabel = "NAME",
                description = "The key account manager (default: " + NewAccount.NO_OWNER + ", to fill in).")
        String owner;

        @Mixin
        ContentFolder folder;

        Account(Context ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() throws IOException {
            Path file;
            try {
                file = NewAccount.create(folder.content, slug, name, owner);
            } catch (Refused r) {
                return refused(ctx, "new account", r);
            }
            String c = NewAccount.shown(folder.content);
            ctx.out().println("Wrote " + Printable.escape(NewAccount.shown(file)) + ".");
            ctx.out().println("Next:");
            int step = 1;
            if (owner == null) {
                ctx.out().println("  " + step++ + ". Set 'owner' to the key account manager.");
            }
            ctx.out()
                    .println("  " + step++ + ". Fill in what you know: remove the '# ' in front of a section's"
                            + " lines and write the values after the colons.");
            ctx.out().println("  " + step++ + ". Check the plan:  keyplan validate --content " + Printable.escape(c));
            ctx.out().println("  " + step + ". See it:          keyplan serve --content " + Printable.escape(c));
            ctx.out().flush();
            return ExitCode.OK;
        }
    }

    /** {@code keyplan new note SLUG}. */
    @Command(
            name = "note",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Writes a dated note into accounts/SLUG/notes/ with its title and date; never"
                    + " overwrites a note.")
    static final class Note implements Callable<Integer> {
        private final Context ctx;

        @Parameters(paramLabel = "SLUG", description = "The account's folder name, e.g. noordzee-foods.")
        String slug;

        @Option(
                names = "--title",
                paramLabel = "TEXT",
                description = "The note's title (default: " + NewNote.DEFAULT_TITLE + ").")
        String title;

        @Option(
                names = "--date",
                paramLabel = "YYYY-MM-DD",
                description = "The day the note is about (default: today, or SOURCE_DATE_EPOCH's day).")
        String date;

        @Mixin
        ContentFolder folder;

        Note(Context ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() throws IOException {
            Path file;
            try {
                file = NewNote.create(folder.content, slug, title, day());
            } catch (Refused r) {
                return refused(ctx, "new note", r);
            }
            ctx.out().println("Wrote " + Printable.escape(NewAccount.shown(file)) + ".");
            ctx.out()
                    .println("Write the note in Markdown below its second '---' line; check it with"
                            + " 'keyplan validate --content " + Printable.escape(NewAccount.shown(folder.content))
                            + "'.");
            ctx.out().flush();
            return ExitCode.OK;
        }

        private LocalDate day() throws Refused {
            if (date == null) {
                try {
                    return BuildDate.of(ctx.env(), ctx.clock());
                } catch (io.keyplan.pipeline.UsageException e) {
                    throw new Refused(e.getMessage(), "give the day with --date");
                }
            }
            try {
                return LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new Refused(
                        "--date must be a real date written as year-month-day, got \"" + date + "\"",
                        "e.g. --date 2026-03-31");
            }
        }
    }

    private static int refused(Context ctx, String command, Refused r) {
        ctx.err().println("keyplan " + command + ": " + Printable.escape(r.getMessage()) + ". Nothing was written.");
        if (r.hint() != null) {
            ctx.err().println("    hint: " + Printable.escape(r.hint()));
        }
        ctx.err().flush();
        return ExitCode.CONTENT_ERRORS;
    }
}
