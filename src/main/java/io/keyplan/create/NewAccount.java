package io.keyplan.create;

import io.keyplan.load.Slugs;
import io.keyplan.validate.PortableNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * {@code keyplan new account}: makes {@code accounts/<slug>/account.yaml} from {@link PlanTemplate}.
 * Everything is checked before anything is written, and an existing folder is never touched: a
 * refusal leaves the content folder as it was.
 */
public final class NewAccount {
    /** What an owner not named on the command line is written as; valid, and plainly a placeholder. */
    public static final String NO_OWNER = "Unassigned";

    private NewAccount() {}

    /**
     * Writes the plan and returns the file written.
     *
     * @param name  the customer's name; null for one made from the slug
     * @param owner the key account manager; null for {@link #NO_OWNER}
     */
    public static Path create(Path content, String slug, String name, String owner) throws Refused, IOException {
        checkSlug(slug);
        String customer = name == null ? nameOf(slug) : oneLine("--name", name);
        String manager = owner == null ? NO_OWNER : oneLine("--owner", owner);
        requireContent(content);
        Path accounts = content.resolve("accounts");
        Path folder = accounts.resolve(slug);
        if (Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused(
                    Files.isDirectory(folder)
                            ? "the account folder " + shown(folder) + " already exists; KeyPlan does not overwrite it"
                            : shown(folder) + " already exists and is not an account folder",
                    Files.isRegularFile(folder.resolve("account.yaml"))
                            ? "edit " + shown(folder.resolve("account.yaml")) + ", or choose another slug"
                            : "choose another slug, or move it out of the way");
        }
        if (Files.exists(accounts) && !Files.isDirectory(accounts)) {
            throw new Refused(shown(accounts) + " is a file; it should be the folder of the accounts", null);
        }
        Files.createDirectories(accounts);
        Files.createDirectory(folder); // fails if someone made it meanwhile: never write into another folder
        Path file = folder.resolve("account.yaml");
        try {
            Files.writeString(
                    file,
                    PlanTemplate.text(customer, manager, schemaNextTo(content)),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
            throw e;
        }
        return file;
    }

    /**
     * The schema's address as the example plans give it, when the repository keeps the schemas in
     * {@code schema/} beside the content folder as KeyPlan's own does; null otherwise, since a line
     * pointing at no file makes the editor complain instead of help.
     */
    static String schemaNextTo(Path content) {
        Path parent = content.toAbsolutePath().normalize().getParent();
        return parent != null && Files.isRegularFile(parent.resolve(SCHEMA)) ? "../../../" + SCHEMA : null;
    }

    private static final String SCHEMA = "schema/account.schema.json";

    /** Refuses a slug the loader would refuse, or one Windows cannot hold, and suggests one it accepts. */
    static void checkSlug(String slug) throws Refused {
        if (!Slugs.isValid(slug)) {
            String suggestion = Slugs.suggest(slug);
            throw new Refused(
                    "'" + slug + "' cannot be the name of an account folder (its slug): use only lower-case letters"
                            + " a-z, digits and '-', start with a letter or digit, at most " + Slugs.MAX_LENGTH
                            + " characters",
                    "try '" + suggestion + "', e.g. keyplan new account " + suggestion
                            + (slug.equals(suggestion) ? "" : " --name \"" + slug.strip() + "\""));
        }
        String problem = PortableNames.problem(slug);
        if (problem != null) {
            throw new Refused(
                    "'" + slug + "' cannot be the name of an account folder: it " + problem,
                    "try '" + slug + "-account'");
        }
    }

    /** {@code noordzee-foods} -> {@code Noordzee Foods}: a start the user can correct. */
    static String nameOf(String slug) {
        StringBuilder b = new StringBuilder();
        for (String word : slug.split("-")) {
            if (word.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return b.toString();
    }

    static void requireContent(Path content) throws Refused {
        if (!Files.isDirectory(content)) {
            throw new Refused(
                    "the content folder " + shown(content) + " does not exist",
                    "use --content to name the folder that holds portal.yaml and accounts/");
        }
    }

    /** A text from the command line that becomes one YAML value: not blank, on one line. */
    static String oneLine(String option, String text) throws Refused {
        if (text.isBlank()) {
            throw new Refused(option + " may not be empty", "leave " + option + " out, or give it a text");
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
            throw new Refused(option + " must be one line of text, without tabs or line breaks", null);
        }
        return text.strip();
    }

    /** A path as the user typed it, with forward slashes, as in every message of KeyPlan. */
    public static String shown(Path p) {
        return p.toString().replace('\\', '/');
    }
}
