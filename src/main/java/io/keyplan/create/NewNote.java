package io.keyplan.create;

import io.keyplan.diagnostic.Suggest;
import io.keyplan.load.Slugs;
import io.keyplan.model.Field;
import io.keyplan.model.NoteFront;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code keyplan new note}: a dated note in {@code accounts/<slug>/notes/}, named
 * {@code <date>-<title as a slug>.md} like the example's notes, with {@code title} and {@code date}
 * in its front matter (spec section 1). A name already taken gets {@code -2}, {@code -3}...: an
 * existing note is never overwritten.
 */
public final class NewNote {
    /** The title of a note not given one on the command line. */
    public static final String DEFAULT_TITLE = "Note";

    /** How many notes of one title and day are numbered before KeyPlan gives up looking for a free name. */
    private static final int MAX_NUMBER = 99;

    private NewNote() {}

    /** Writes the note and returns the file written. */
    public static Path create(Path content, String slug, String title, LocalDate date) throws Refused, IOException {
        String heading = title == null ? DEFAULT_TITLE : NewAccount.oneLine("--title", title);
        NewAccount.requireContent(content);
        Path accounts = content.resolve("accounts");
        Path folder = accounts.resolve(slug);
        if (!Slugs.isValid(slug) || !Files.isRegularFile(folder.resolve("account.yaml"))) {
            String close = Suggest.closest(slug, accountsIn(accounts));
            throw new Refused(
                    "there is no account '" + slug + "' in " + NewAccount.shown(accounts)
                            + (close == null ? "" : " (did you mean '" + close + "'?)"),
                    close == null
                            ? "the slug is the name of the account's folder; add the account first with"
                                    + " 'keyplan new account " + Slugs.suggest(slug) + "'"
                            : "keyplan new note " + close);
        }
        Path notes = folder.resolve("notes");
        if (Files.exists(notes) && !Files.isDirectory(notes)) {
            throw new Refused(NewAccount.shown(notes) + " is a file; it should be the folder of the notes", null);
        }
        Files.createDirectories(notes);
        String base = baseName(heading, date);
        String text = text(heading, date);
        for (int n = 1; n <= MAX_NUMBER; n++) {
            String name = n == 1 ? base : base + "-" + n;
            Path file = notes.resolve(name + ".md");
            if (taken(notes, name)) {
                continue;
            }
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                return file;
            } catch (FileAlreadyExistsException e) {
                // made by someone else meanwhile: take the next number
            }
        }
        throw new Refused(
                "there are already " + MAX_NUMBER + " notes named " + base + " in " + NewAccount.shown(notes),
                "give the note another title with --title");
    }

    /** {@code 2026-11-29-visit-to-urk}: the date first, so the notes sort by day in a folder. */
    static String baseName(String title, LocalDate date) {
        String folded = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
        // A title with nothing a slug can hold (e.g. in Greek or Chinese letters) still gets a name.
        String words = folded.matches("(?s).*[a-z0-9].*") ? Slugs.suggest(title) : "note";
        // room for the date, a '-', and a number such as "-99" within the slug's 64 characters
        int room = Slugs.MAX_LENGTH - 11 - 3;
        if (words.length() > room) {
            words = words.substring(0, room).replaceAll("-+$", "");
        }
        return date + "-" + words;
    }

    /** A name that is there already, also in other upper and lower case (Windows and macOS see one name). */
    private static boolean taken(Path notes, String name) throws IOException {
        try (Stream<Path> files = Files.list(notes)) {
            return files.map(p -> p.getFileName().toString())
                    .anyMatch(f -> f.equalsIgnoreCase(name + ".md")
                            || f.equalsIgnoreCase(name + ".html")
                            || f.equalsIgnoreCase(name));
        }
    }

    /** The note's text: front matter with the title and date, the optional keys as comments, an empty body. */
    public static String text(String title, LocalDate date) {
        StringBuilder b = new StringBuilder("---\n");
        b.append("title: ").append(YamlText.scalar(title)).append('\n');
        b.append("date: ").append(date).append('\n');
        for (Field f : Field.of(NoteFront.class)) {
            if (!f.key().equals("title") && !f.key().equals("date")) {
                b.append("# ").append(f.key()).append(":  # ").append(f.doc()).append('\n');
            }
        }
        b.append("---\n\n");
        return b.toString();
    }

    private static List<String> accountsIn(Path accounts) throws IOException {
        List<String> slugs = new ArrayList<>();
        if (Files.isDirectory(accounts)) {
            try (Stream<Path> entries = Files.list(accounts)) {
                entries.filter(p -> Files.isRegularFile(p.resolve("account.yaml")))
                        .map(p -> p.getFileName().toString())
                        .sorted()
                        .forEach(slugs::add);
            }
        }
        return slugs;
    }
}
