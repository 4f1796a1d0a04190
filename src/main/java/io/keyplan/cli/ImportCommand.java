package io.keyplan.cli;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.OutputFormat;
import io.keyplan.diagnostic.Printable;
import io.keyplan.intake.Importer;
import io.keyplan.intake.Outcome;
import io.keyplan.pipeline.BuildDate;
import io.keyplan.pipeline.SiteBuild;
import io.keyplan.pipeline.UsageException;
import io.keyplan.site.BuildInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code keyplan import}: creates and updates accounts from a CRM export or a spreadsheet. A dry
 * run unless {@code --write}; nothing is written when any row has an error.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Creates and updates accounts from a CSV export (Salesforce, HubSpot, Dynamics, Excel) or an .xlsx sheet.",
            "Shows what would change; --write applies it. Only the mapped header fields and revenue years are"
                    + " written; comments, order and every other value in account.yaml stay as they are."
        })
final class ImportCommand implements Callable<Integer> {
    private final Context ctx;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV or .xlsx file to import.")
    Path file;

    @Mixin
    ContentFolder folder;

    @Option(
            names = "--map",
            paramLabel = "FIELD=COLUMN",
            description = "Which column feeds which field, e.g. --map name=\"Account Name\" --map revenue.2026=\"Annual"
                    + " Revenue\". Fields: slug, name, owner, sponsor, industry, region, business_unit, customer_since,"
                    + " stage, status, visibility, last_review, language, revenue.YYYY.")
    List<String> maps = new ArrayList<>();

    @Option(
            names = "--mapping",
            paramLabel = "FILE.yaml",
            description = "The same pairs in a YAML file, one 'field: Column' line each (--map wins).")
    Path mapping;

    @Option(names = "--write", description = "Apply the changes (without it, nothing is written).")
    boolean write;

    @Option(
            names = "--decimal",
            paramLabel = "MARK",
            description = "The decimal mark of the file's amounts, ',' or '.', when a value like 1.234 could be read"
                    + " both ways.")
    String decimal;

    @Option(
            names = "--date-format",
            paramLabel = "ORDER",
            description = "DD/MM/YYYY or MM/DD/YYYY: how to read a date like 03/04/2026.")
    String dateFormat;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "How to print findings: text, github or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    ImportCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        try {
            ContentOptions.requireFolder(folder.content);
            requireFile(file, "the file to import");
            if (mapping != null) {
                requireFile(mapping, "the mapping file");
            }
            LocalDate today = BuildDate.of(ctx.env(), ctx.clock());
            SiteBuild build = new SiteBuild(ctx.stages());
            BuildInfo info = new BuildInfo(today, BuildDate.version());
            Importer importer =
                    new Importer(scratch -> build.check(scratch, false, info).diagnostics());
            Importer.Plan plan = importer.plan(new Importer.Request(
                    file,
                    shown(file),
                    folder.content,
                    maps,
                    mapping,
                    mapping == null ? null : shown(mapping),
                    decimalMark(),
                    dateOrder(),
                    today));
            Diagnostics d = plan.diagnostics();
            if (d.hasErrors()) {
                Reporter.report(
                        ctx,
                        format,
                        d,
                        "Import stopped: " + Summary.plural(d.errorCount(), "error") + "; nothing was written.");
                return ExitCode.CONTENT_ERRORS;
            }
            if (format == OutputFormat.TEXT) {
                for (Outcome o : plan.outcomes()) {
                    printOutcome(o);
                }
            }
            if (write) {
                Importer.write(plan);
            }
            Reporter.report(ctx, format, d, summary(plan.outcomes(), write));
            return ExitCode.OK;
        } catch (UsageException e) {
            ctx.err().println("keyplan: " + Printable.escape(e.getMessage()));
            return ExitCode.USAGE;
        }
    }

    private void printOutcome(Outcome o) {
        String slug = Printable.escape(o.slug());
        switch (o.kind()) {
            case NEW -> ctx.out().println(slug + ": new");
            case UNCHANGED -> ctx.out().println(slug + ": unchanged");
            case UPDATED -> {
                for (Outcome.Change c : o.changes()) {
                    ctx.out()
                            .println(slug + ": updated: " + c.field() + " " + shownValue(c.before()) + " -> "
                                    + shownValue(c.after()));
                }
            }
        }
    }

    private static String shownValue(String v) {
        return v == null ? "(none)" : Printable.escape(v);
    }

    /** "2 new accounts, 3 updated, 45 unchanged", and whether anything was written. */
    static String summary(List<Outcome> outcomes, boolean written) {
        long created =
                outcomes.stream().filter(o -> o.kind() == Outcome.Kind.NEW).count();
        long updated =
                outcomes.stream().filter(o -> o.kind() == Outcome.Kind.UPDATED).count();
        long unchanged = outcomes.stream()
                .filter(o -> o.kind() == Outcome.Kind.UNCHANGED)
                .count();
        String counts = created + " new " + (created == 1 ? "account" : "accounts") + ", " + updated + " updated, "
                + unchanged + " unchanged";
        if (created + updated == 0) {
            return counts + ": nothing to write.";
        }
        return written
                ? counts + ": written."
                : counts + ". This was a dry run: nothing was written; add --write to apply.";
    }

    private char decimalMark() {
        if (decimal == null) {
            return 0;
        }
        if (decimal.equals(",") || decimal.equals(".")) {
            return decimal.charAt(0);
        }
        throw new UsageException("--decimal takes , or . (the mark before the cents), not '" + decimal + "'");
    }

    private Importer.DateOrder dateOrder() {
        if (dateFormat == null) {
            return null;
        }
        String f = dateFormat.toUpperCase(Locale.ROOT).replaceAll("[^DMY]", "");
        if (f.startsWith("DDMM") || f.startsWith("DM")) {
            return Importer.DateOrder.DAY_FIRST;
        }
        if (f.startsWith("MMDD") || f.startsWith("MD")) {
            return Importer.DateOrder.MONTH_FIRST;
        }
        throw new UsageException("--date-format takes DD/MM/YYYY or MM/DD/YYYY, not '" + dateFormat + "'");
    }

    private static void requireFile(Path p, String what) {
        if (!Files.isRegularFile(p)) {
            throw new UsageException(what + " " + p + " does not exist.");
        }
    }

    /** The path as the user sees it in messages: relative to the working folder, forward slashes. */
    private String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = ctx.workingDir().toAbsolutePath().normalize();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
