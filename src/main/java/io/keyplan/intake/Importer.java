package io.keyplan.intake;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Printable;
import io.keyplan.load.ContentLoader;
import io.keyplan.load.ControlCharacters;
import io.keyplan.load.Slugs;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Coded;
import io.keyplan.model.Person;
import io.keyplan.model.Portal;
import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code keyplan import}: reads the file, maps its columns, works out per account what changes,
 * edits or writes each {@code account.yaml} in memory, and has the result validated in a scratch
 * copy before anything is written. {@link #plan} writes nothing; {@link #write} applies a plan
 * without errors.
 */
public final class Importer {
    /** Checks a content folder as {@code keyplan validate} does; the importer runs it on a scratch copy. */
    public interface Checker {
        Diagnostics check(Path content);
    }

    /**
     * One import as asked for on the command line.
     *
     * @param file        the CSV or .xlsx file; {@code fileName} as the user typed it
     * @param mapping     the {@code --mapping} file, or null
     * @param decimal     ',' or '.' from {@code --decimal}, or 0
     * @param dateOrder   from {@code --date-format}, or null
     * @param today       the build date (the portal's default fiscal year)
     */
    public record Request(
            Path file,
            String fileName,
            Path content,
            List<String> maps,
            Path mapping,
            String mappingName,
            char decimal,
            DateOrder dateOrder,
            LocalDate today) {}

    /** Which way round a date with the year last is written, from {@code --date-format}. */
    public enum DateOrder {
        DAY_FIRST,
        MONTH_FIRST
    }

    /** What an import would do, the files it would write (path -> text) and what it found wrong. */
    public record Plan(List<Outcome> outcomes, Map<Path, String> files, Diagnostics diagnostics) {}

    private final ContentLoader loader = new ContentLoader();
    private final Checker checker;

    public Importer(Checker checker) {
        this.checker = checker;
    }

    /** Works out the import; writes nothing. Nothing may be written when the plan's diagnostics have errors. */
    public Plan plan(Request r) throws IOException {
        Diagnostics d = new Diagnostics();
        List<Outcome> outcomes = new ArrayList<>();
        Map<Path, String> files = new LinkedHashMap<>();
        Plan none = new Plan(outcomes, files, d);

        Portal portal = loader.portal(r.content(), r.today(), d);
        if (d.hasErrors()) {
            return none;
        }
        List<Mapping.Pair> pairs = new ArrayList<>();
        if (r.mapping() != null && Files.size(r.mapping()) > 64 * 1024) {
            d.error(SourceSpan.file(r.mappingName()), "import-mapping", "the mapping file is larger than 64 KB");
        } else if (r.mapping() != null) {
            String text = CsvReader.decode(Files.readAllBytes(r.mapping()), r.mappingName(), d);
            if (text != null) {
                pairs.addAll(Mapping.fromYaml(text, r.mappingName(), portal.fiscalYear(), d));
            }
        }
        pairs.addAll(Mapping.fromOptions(r.maps(), portal.fiscalYear(), d));
        boolean hasKey = pairs.stream()
                .anyMatch(
                        p -> p.target().key().equals("slug") || p.target().key().equals("name"));
        if (!hasKey && !d.hasErrors()) {
            d.error(
                    SourceSpan.file(Mapping.COMMAND_LINE),
                    "import-mapping",
                    "the mapping says neither which column holds the name nor which holds the slug",
                    "map at least the name, e.g. --map name=\"Account Name\"");
        }
        // The file is read also after a mistake in the mapping, so that unknown columns are
        // reported in the same run.
        Table table = read(r.file(), r.fileName(), d);
        if (table == null) {
            return none;
        }
        List<Mapping.Column> columns = Mapping.resolve(pairs, table, d);
        if (d.hasErrors()) {
            return none;
        }
        Values.Settings settings = new Values.Settings(
                r.decimal(),
                r.dateOrder() == null
                        ? null
                        : r.dateOrder() == DateOrder.DAY_FIRST
                                ? Values.DateOrder.DAY_FIRST
                                : Values.DateOrder.MONTH_FIRST,
                portal.currency());
        Accounts accounts = new Accounts(r.content());
        List<RowPlan> rows = rows(table, columns, settings, accounts, d);
        if (d.hasErrors()) {
            return none;
        }
        for (RowPlan row : rows) {
            Outcome o = accounts.exists(row.slug)
                    ? update(row, accounts, files, d)
                    : create(row, table, columns, accounts, files, d);
            if (o != null) {
                outcomes.add(o);
            }
        }
        if (!d.hasErrors() && !files.isEmpty()) {
            checkResult(r.content(), files, rows, d);
        }
        return new Plan(outcomes, d.hasErrors() ? Map.of() : files, d);
    }

    /** Writes the files of a plan without errors, each through a temporary file and a rename. */
    public static void write(Plan plan) throws IOException {
        if (plan.diagnostics().hasErrors()) {
            throw new IllegalStateException("a plan with errors is never written");
        }
        for (Map.Entry<Path, String> f : plan.files().entrySet()) {
            Path target = f.getKey();
            Files.createDirectories(target.getParent());
            // Not Files.createTempFile: its owner-only permissions would end up on the plan.
            Path tmp = target.resolveSibling("." + target.getFileName() + ".import-tmp");
            try {
                Files.deleteIfExists(tmp);
                Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                if (Files.exists(target) && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
                    Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static Table read(Path file, String name, Diagnostics d) throws IOException {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            return XlsxReader.read(file, name, d);
        }
        if (lower.endsWith(".xls") || lower.endsWith(".ods") || lower.endsWith(".numbers")) {
            d.error(
                    SourceSpan.file(name),
                    "import-format",
                    "import reads CSV and .xlsx files, not this spreadsheet format",
                    "save the sheet as 'Excel Workbook (.xlsx)' or as 'CSV UTF-8'");
            return null;
        }
        return CsvReader.read(file, name, d);
    }

    /** One row as the import understands it: which account, and the values it brings. */
    private record RowPlan(String slug, int line, Map<Target, String> values, Map<Target, Integer> columns) {}

    private List<RowPlan> rows(
            Table table, List<Mapping.Column> columns, Values.Settings s, Accounts accounts, Diagnostics d) {
        Mapping.Column slugColumn = column(columns, "slug");
        Mapping.Column nameColumn = column(columns, "name");
        Map<String, Integer> seen = new HashMap<>();
        List<RowPlan> out = new ArrayList<>();
        Map<Mapping.Column, Values.Settings> perColumn = new HashMap<>();
        for (Mapping.Column c : columns) {
            char mark = s.decimal();
            if (mark == 0 && c.target().kind() == Target.Kind.AMOUNT) {
                mark = Values.decimalMarkOf(table.rows().stream()
                        .map(row -> row.cell(c.index()).text())
                        .toList());
            }
            perColumn.put(c, new Values.Settings(mark, s.dateOrder(), s.currency()));
        }
        int[] cleaned = {0};
        for (Table.Row row : table.rows()) {
            Map<Target, String> values = new LinkedHashMap<>();
            Map<Target, Integer> where = new LinkedHashMap<>();
            boolean bad = false;
            for (Mapping.Column c : columns) {
                Table.Cell cell = cleaned(table, row, c, cleaned, d);
                where.put(c.target(), c.index());
                if (cell.isBlank()) {
                    continue; // an empty cell leaves the field as it is
                }
                Values.Result v = Values.parse(c.target().kind(), cell, table, perColumn.get(c));
                if (v.value() == null) {
                    d.error(
                            new SourceSpan(table.file(), row.line(), c.index() + 1),
                            "import-value",
                            c.target().label() + " (" + table.columnName(c.index()) + ", '" + c.name() + "'): "
                                    + v.problem(),
                            v.hint());
                    bad = true;
                } else {
                    values.put(c.target(), v.value());
                }
            }
            String slug = slug(table, row, slugColumn, nameColumn, values, accounts, d);
            if (slug == null || bad) {
                continue;
            }
            Integer first = seen.putIfAbsent(slug, row.line());
            if (first != null) {
                Mapping.Column c = slugColumn != null ? slugColumn : nameColumn;
                d.error(
                        new SourceSpan(table.file(), row.line(), c.index() + 1),
                        "import-collision",
                        (table.spreadsheet() ? "rows " : "lines ") + first + " and " + row.line()
                                + " are both for the account '" + slug + "'",
                        "each account may be in the file once: remove one of the rows, or give it its own slug");
                continue;
            }
            values.remove(slugTarget(columns));
            out.add(new RowPlan(slug, row.line(), values, where));
        }
        return out;
    }

    /**
     * The cell of column {@code c} without the characters a web page may not hold (ControlCharacters),
     * each one left out with a warning; past {@link Diagnostics#PER_FILE} of them in the file
     * ({@code count}), silently.
     */
    private static Table.Cell cleaned(Table table, Table.Row row, Mapping.Column c, int[] count, Diagnostics d) {
        Table.Cell cell = row.cell(c.index());
        String text = cell.text();
        if (cell.number() != null) {
            return cell;
        }
        String clean = ControlCharacters.clean(text, false, cp -> {
            if (count[0]++ < Diagnostics.PER_FILE) {
                d.warning(
                        new SourceSpan(table.file(), row.line(), c.index() + 1),
                        ControlCharacters.RULE,
                        c.target().label() + " (" + table.columnName(c.index()) + ", '" + c.name() + "'): "
                                + ControlCharacters.message(cp, false),
                        "it usually comes with a value copied into the CRM or the sheet from another program;"
                                + " correct it there so that the next export is clean");
            }
        });
        return clean == text ? cell : Table.Cell.text(clean);
    }

    private static Target slugTarget(List<Mapping.Column> columns) {
        Mapping.Column c = column(columns, "slug");
        return c == null ? null : c.target();
    }

    private String slug(
            Table table,
            Table.Row row,
            Mapping.Column slugColumn,
            Mapping.Column nameColumn,
            Map<Target, String> values,
            Accounts accounts,
            Diagnostics d) {
        if (slugColumn != null) {
            String slug = values.get(slugColumn.target());
            SourceSpan at = new SourceSpan(table.file(), row.line(), slugColumn.index() + 1);
            if (slug == null) {
                d.error(
                        at,
                        "import-value",
                        "slug (" + table.columnName(slugColumn.index()) + "): the slug is empty",
                        "every row needs the folder name of its account");
                return null;
            }
            if (!Slugs.isValid(slug)) {
                d.error(
                        at,
                        "import-value",
                        "slug (" + table.columnName(slugColumn.index()) + "): '" + Printable.shorten(slug)
                                + "' is not a valid folder name for an account",
                        "use lower-case letters, digits and hyphens, at most " + Slugs.MAX_LENGTH
                                + " characters, e.g. '" + Slugs.suggest(slug) + "'");
                return null;
            }
            return slug;
        }
        String name = values.get(nameColumn.target());
        SourceSpan at = new SourceSpan(table.file(), row.line(), nameColumn.index() + 1);
        if (name == null) {
            d.error(
                    at,
                    "import-value",
                    "name (" + table.columnName(nameColumn.index()) + "): the name is empty",
                    "every row needs the customer's name (or map slug=COLUMN to say which account it is)");
            return null;
        }
        String existing = accounts.byName(name);
        if (existing != null) {
            return existing;
        }
        String slug = SlugRule.derive(name);
        if (slug.isEmpty()) {
            d.error(
                    at,
                    "import-value",
                    "name (" + table.columnName(nameColumn.index()) + "): no folder name can be made from '"
                            + Printable.shorten(name) + "'",
                    "add a column with the slug and map it: --map slug=COLUMN");
            return null;
        }
        return slug;
    }

    private static Mapping.Column column(List<Mapping.Column> columns, String key) {
        return columns.stream()
                .filter(c -> c.target().key().equals(key))
                .findFirst()
                .orElse(null);
    }

    private Outcome update(RowPlan row, Accounts accounts, Map<Path, String> files, Diagnostics d) throws IOException {
        Account account = accounts.load(row.slug, d);
        if (account == null) {
            return null;
        }
        Path file = accounts.file(row.slug);
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        boolean bom = raw.startsWith("\uFEFF");
        PlanEdit edit = new PlanEdit(bom ? raw.substring(1) : raw);
        List<Outcome.Change> changes = new ArrayList<>();
        for (Map.Entry<Target, String> e : row.values.entrySet()) {
            Target t = e.getKey();
            String before = current(account.plan(), t);
            if (same(t, before, e.getValue())) {
                continue;
            }
            String yaml = t.kind() == Target.Kind.TEXT || t.kind() == Target.Kind.PERSON
                    ? PlanEdit.text(e.getValue())
                    : e.getValue();
            String refused = switch (t.kind()) {
                case PERSON -> edit.setPersonName(t.key(), yaml);
                case AMOUNT -> edit.setRevenue(t.year(), yaml);
                default -> edit.setTop(t.key(), yaml, t.kind() == Target.Kind.TEXT);
            };
            if (refused != null) {
                d.error(
                        new SourceSpan(accounts.display(row.slug), edit.problemLine(), 1),
                        "import-edit",
                        "import cannot change '" + field(t) + "' here: " + refused,
                        "write it as one value on one line (" + t.key() + ": ...), or change it by hand");
                continue;
            }
            changes.add(new Outcome.Change(field(t), before, e.getValue()));
        }
        if (changes.isEmpty()) {
            return new Outcome(row.slug, row.line, Outcome.Kind.UNCHANGED, List.of());
        }
        files.put(file, (bom ? "\uFEFF" : "") + edit.text());
        return new Outcome(row.slug, row.line, Outcome.Kind.UPDATED, changes);
    }

    private Outcome create(
            RowPlan row,
            Table table,
            List<Mapping.Column> columns,
            Accounts accounts,
            Map<Path, String> files,
            Diagnostics d) {
        boolean ok = true;
        for (String key : List.of("name", "owner")) {
            if (row.values.keySet().stream().noneMatch(t -> t.key().equals(key))) {
                Mapping.Column c = column(columns, key);
                SourceSpan at = new SourceSpan(table.file(), row.line, c == null ? 1 : c.index() + 1);
                d.error(
                        at,
                        "import-new-account",
                        "'" + row.slug + "' is a new account and needs a" + (key.equals("owner") ? "n " : " ") + key
                                + (c == null ? ", but no column is mapped to " + key : ", but the cell is empty"),
                        c == null
                                ? "map the column that holds it, e.g. --map " + key + "=\"Account "
                                        + (key.equals("owner") ? "Owner" : "Name") + "\""
                                : "fill the cell in the export");
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        StringBuilder y = new StringBuilder();
        List<Outcome.Change> changes = new ArrayList<>();
        for (Target h : Target.HEADER) {
            String v = row.values.get(h);
            if (v != null) {
                String yaml = h.kind() == Target.Kind.TEXT || h.kind() == Target.Kind.PERSON ? PlanEdit.text(v) : v;
                y.append(h.key()).append(": ").append(yaml).append('\n');
                changes.add(new Outcome.Change(field(h), null, v));
            }
        }
        List<Map.Entry<Target, String>> revenue = row.values.entrySet().stream()
                .filter(e -> e.getKey().kind() == Target.Kind.AMOUNT)
                .sorted(Comparator.comparingInt(e -> e.getKey().year()))
                .toList();
        if (!revenue.isEmpty()) {
            y.append("\nbusiness_review:\n  revenue:\n");
            for (Map.Entry<Target, String> e : revenue) {
                y.append("    ")
                        .append(e.getKey().year())
                        .append(": ")
                        .append(e.getValue())
                        .append('\n');
                changes.add(new Outcome.Change(field(e.getKey()), null, e.getValue()));
            }
        }
        files.put(accounts.file(row.slug), y.toString());
        return new Outcome(row.slug, row.line, Outcome.Kind.NEW, changes);
    }

    private static String field(Target t) {
        return t.kind() == Target.Kind.AMOUNT ? "business_review.revenue." + t.year() : t.key();
    }

    /** The field's value in the plan as the import writes it, or null when absent. */
    static String current(AccountPlan p, Target t) {
        return switch (t.key()) {
            case "name" -> p.name();
            case "owner" -> name(p.owner());
            case "sponsor" -> name(p.sponsor());
            case "industry" -> p.industry();
            case "region" -> p.region();
            case "business_unit" -> p.businessUnit();
            case "customer_since" ->
                p.customerSince() == null ? null : p.customerSince().toString();
            case "stage" -> code(p.stage());
            case "status" -> code(p.status());
            case "visibility" -> code(p.visibility());
            case "last_review" -> p.lastReview() == null ? null : p.lastReview().toString();
            case "language" -> code(p.language());
            case "revenue" -> {
                Double v = p.businessReview() == null
                        ? null
                        : p.businessReview().revenue().get(t.year());
                yield v == null ? null : XlsxReader.plain(BigDecimal.valueOf(v));
            }
            default -> null;
        };
    }

    private static String name(Person person) {
        return person == null ? null : person.name();
    }

    private static String code(Coded c) {
        return c == null ? null : c.code();
    }

    private static boolean same(Target t, String before, String after) {
        if (before == null) {
            return false;
        }
        if (t.kind() == Target.Kind.AMOUNT) {
            return new BigDecimal(before).compareTo(new BigDecimal(after)) == 0;
        }
        return before.strip().equals(after);
    }

    /**
     * Puts the new files into a scratch copy of the content (portal.yaml and the accounts they
     * belong to), validates it and loads every written value back: the files are only written when
     * the plans are valid and hold exactly what the import meant to write.
     */
    private void checkResult(Path content, Map<Path, String> files, List<RowPlan> rows, Diagnostics d)
            throws IOException {
        Path scratch = Files.createTempDirectory("keyplan-import");
        try {
            Path portal = content.resolve("portal.yaml");
            if (Files.isRegularFile(portal)) {
                Files.copy(portal, scratch.resolve("portal.yaml"));
            }
            Path accountsDir = content.resolve("accounts");
            Map<Path, Path> scratchFiles = new HashMap<>();
            for (Map.Entry<Path, String> f : files.entrySet()) {
                Path folder = f.getKey().getParent();
                Path copy =
                        scratch.resolve("accounts").resolve(folder.getFileName().toString());
                copyTree(folder, copy);
                Path target = copy.resolve("account.yaml");
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
                scratchFiles.put(target, f.getKey());
            }
            Diagnostics found = checker.check(scratch);
            String scratchShown = shown(scratch);
            String contentShown = shown(content);
            for (Diagnostic x : found.all()) {
                if (x.isError()) {
                    String file = x.at().file();
                    if (file.startsWith(scratchShown)) {
                        file = contentShown + file.substring(scratchShown.length());
                    }
                    d.add(new Diagnostic(
                            x.severity(),
                            new SourceSpan(file, x.at().line(), x.at().column()),
                            x.rule(),
                            x.message(),
                            x.hint() == null
                                    ? "the import would make this plan invalid, so nothing was written"
                                    : x.hint()));
                }
            }
            if (found.hasErrors()) {
                return;
            }
            for (RowPlan row : rows) {
                Path written = accountsDir.resolve(row.slug).resolve("account.yaml");
                if (!files.containsKey(written)) {
                    continue;
                }
                Account back = loader.account(scratch, row.slug, new Diagnostics());
                for (Map.Entry<Target, String> e : row.values.entrySet()) {
                    String now = back == null ? null : current(back.plan(), e.getKey());
                    if (now == null || !same(e.getKey(), now, e.getValue())) {
                        d.error(
                                SourceSpan.file(new Accounts(content).display(row.slug)),
                                "import-edit",
                                "import could not write '" + field(e.getKey()) + "' safely, so nothing was written",
                                "change it by hand, then run the import again");
                    }
                }
            }
        } finally {
            deleteTree(scratch);
        }
    }

    private static String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String s = (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(dest);
                } else if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The accounts already in the content folder, loaded when a row needs them. */
    private final class Accounts {
        private final Path content;
        private Map<String, String> byName;

        Accounts(Path content) {
            this.content = content;
        }

        boolean exists(String slug) {
            return Files.isDirectory(content.resolve("accounts").resolve(slug));
        }

        Path file(String slug) {
            return content.resolve("accounts").resolve(slug).resolve("account.yaml");
        }

        String display(String slug) {
            return shown(file(slug));
        }

        /** The account with what loading it found; null (and the errors in {@code d}) when it has errors. */
        Account load(String slug, Diagnostics d) {
            Diagnostics own = new Diagnostics();
            Account a = loader.account(content, slug, own);
            if (own.hasErrors() || a == null) {
                own.all().stream().filter(Diagnostic::isError).forEach(d::add);
                if (!own.hasErrors()) {
                    d.error(
                            SourceSpan.file(display(slug)),
                            "import-edit",
                            "the folder of '" + slug + "' holds no account.yaml that can be read",
                            "add the plan by hand or remove the folder");
                }
                return null;
            }
            return a;
        }

        /** The slug of the account whose name is {@code name} (case and accents aside), or null. */
        String byName(String name) {
            if (byName == null) {
                byName = new HashMap<>();
                List<String> names = loader.accountNames(content, new Diagnostics());
                for (String slug : names == null ? List.<String>of() : names) {
                    Account a = loader.account(content, slug, new Diagnostics());
                    if (a != null && a.plan().name() != null) {
                        byName.putIfAbsent(SlugRule.fold(a.plan().name().strip()), slug);
                    }
                }
            }
            return byName.get(SlugRule.fold(name.strip()));
        }
    }
}
