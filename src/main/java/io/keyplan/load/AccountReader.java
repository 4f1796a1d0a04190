package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Suggest;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Attachment;
import io.keyplan.model.Coded;
import io.keyplan.model.Narrative;
import io.keyplan.model.Note;
import io.keyplan.model.NoteFront;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads one account folder: {@code account.yaml}, narratives, notes and attachments. */
final class AccountReader {
    private final ContentFiles files;
    private final Diagnostics diagnostics;
    /** Where each plan's digest of its bytes goes; null when nobody asked for them. */
    private final PlanDigests digests;
    /** Where each plan goes with the bytes it was bound from, for the history; null when nobody asked. */
    private final BoundPlans bound;
    /** The folder's files as the loader's cache took them (read from there, not the disk); null: none. */
    private final FolderSnapshot snapshot;
    /** True when a file was read from the disk although a snapshot was given: what was read is then not the snapshot's alone. */
    private boolean readBeyond;

    AccountReader(ContentFiles files, Diagnostics diagnostics, PlanDigests digests) {
        this(files, diagnostics, digests, null, null);
    }

    AccountReader(ContentFiles files, Diagnostics diagnostics, PlanDigests digests, BoundPlans bound) {
        this(files, diagnostics, digests, null, bound);
    }

    AccountReader(ContentFiles files, Diagnostics diagnostics, PlanDigests digests, FolderSnapshot snapshot) {
        this(files, diagnostics, digests, snapshot, null);
    }

    private AccountReader(
            ContentFiles files,
            Diagnostics diagnostics,
            PlanDigests digests,
            FolderSnapshot snapshot,
            BoundPlans bound) {
        this.files = files;
        this.diagnostics = diagnostics;
        this.digests = digests;
        this.snapshot = snapshot;
        this.bound = bound;
    }

    /** The bytes of {@code file} in the snapshot; null (and noted) when there is none. */
    private byte[] given(Path file) {
        if (snapshot == null) {
            return null;
        }
        byte[] b = snapshot.bytes(file);
        if (b == null) {
            readBeyond = true;
        }
        return b;
    }

    /** True when a snapshot was given and every file read came from it. */
    boolean readFromSnapshotOnly() {
        return snapshot != null && !readBeyond;
    }

    /** Null when the account has no usable {@code account.yaml} (the reason is reported). */
    Account read(Path dir) {
        String slug = dir.getFileName().toString();
        Path yaml = dir.resolve("account.yaml");
        String yamlShown = files.display(yaml);
        AccountPlan plan = null;
        if (!Files.isRegularFile(yaml)) {
            diagnostics.error(
                    SourceSpan.file(files.display(dir)),
                    "missing-file",
                    "the account folder '" + slug + "' has no account.yaml",
                    "every account needs an account.yaml with at least 'name' and 'owner'");
        } else if (files.checkInside(yaml)) {
            Diagnostics reading = new Diagnostics();
            byte[][] read = new byte[1][];
            YamlNode.Mapping root = YamlFiles.read(
                    yaml,
                    given(yaml),
                    yamlShown,
                    reading,
                    digests == null && bound == null ? null : bytes -> read[0] = bytes);
            diagnostics.addAll(reading);
            if (root != null) {
                // A file read despite a mistake (a key written twice): which value a reference relied on
                // is unclear, so its references are not judged until it is fixed (Origin.intact).
                plan = new Binder(diagnostics).bind(AccountPlan.class, root, reading.hasErrors());
                if (plan != null && read[0] != null) {
                    // The bytes just bound, never the file read again: it may have changed since.
                    if (digests != null) {
                        digests.put(plan, yamlShown, read[0]);
                    }
                    if (bound != null) {
                        bound.put(read[0], plan);
                    }
                }
            }
        }
        Map<SectionId, Narrative> narratives = new EnumMap<>(SectionId.class);
        List<Attachment> attachments = new ArrayList<>();
        for (Path p : files.list(dir)) {
            String name = p.getFileName().toString();
            if (name.equals("account.yaml") || name.equals("notes") && Files.isDirectory(p)) {
                continue;
            }
            if (name.endsWith(".md") && Files.isRegularFile(p)) {
                narrative(p, name).ifPresent(n -> narratives.put(n.section(), n));
            } else if (isYaml(name)) {
                strayYaml(p);
            } else {
                attachments(dir, p, attachments);
            }
        }
        List<Note> notes = notes(dir.resolve("notes"), dir, attachments);
        attachments.sort(Comparator.comparing(Attachment::relativePath));
        if (plan == null) {
            return null;
        }
        return new Account(slug, plan, narratives, notes, attachments, SourceSpan.file(yamlShown));
    }

    private Optional<Narrative> narrative(Path p, String name) {
        String id = name.substring(0, name.length() - 3);
        Optional<SectionId> section = Coded.fromCode(SectionId.class, id);
        String shown = files.display(p);
        if (section.isEmpty()) {
            List<String> ids = Coded.codes(SectionId.class);
            diagnostics.error(
                    SourceSpan.file(shown),
                    "unknown-file",
                    "'" + name + "' is not the name of a section" + Suggest.didYouMean(id, ids),
                    "a narrative file is named after its section: " + String.join(", ", ids)
                            + " (with .md); notes go into notes/");
            return Optional.empty();
        }
        if (!files.checkInside(p)) {
            return Optional.empty();
        }
        MarkdownFile md = MarkdownFile.read(p, given(p), shown, diagnostics);
        if (md == null) {
            return Optional.empty();
        }
        if (md.frontMatter() != null) {
            new Binder(diagnostics).bind(FrontMatters.NarrativeFront.class, md.frontMatter());
        }
        return Optional.of(new Narrative(section.get(), md.body(), SourceSpan.file(shown)));
    }

    private List<Note> notes(Path notesDir, Path accountDir, List<Attachment> attachments) {
        List<Note> notes = new ArrayList<>();
        if (!Files.isDirectory(notesDir) || !files.checkInside(notesDir)) {
            return notes;
        }
        for (Path p : files.list(notesDir)) {
            String name = p.getFileName().toString();
            if (!name.endsWith(".md") || !Files.isRegularFile(p)) {
                if (isYaml(name)) {
                    strayYaml(p);
                } else {
                    attachments(accountDir, p, attachments);
                }
                continue;
            }
            String base = name.substring(0, name.length() - 3);
            String shown = files.display(p);
            MarkdownFile md = MarkdownFile.readNamed(p, given(p), "note", files, diagnostics);
            if (md == null) {
                continue;
            }
            if (md.frontMatter() == null) {
                diagnostics.error(
                        new SourceSpan(shown, 1, 1),
                        "required",
                        "a note needs front matter with 'title' and 'date'",
                        "start the file with:\n---\ntitle: ...\ndate: 2026-03-31\n---");
                continue;
            }
            NoteFront front = new Binder(diagnostics).bind(NoteFront.class, md.frontMatter());
            if (front != null && front.title() != null && front.date() != null) {
                notes.add(new Note(base, front.title(), front.date(), md.body(), SourceSpan.file(shown)));
            }
        }
        notes.sort(Comparator.comparing(Note::name));
        return notes;
    }

    /**
     * {@code p} and, for a folder, everything below it, as attachments. Nothing is skipped without
     * a word: symbolic links are reported (never followed: links are not published, and one could
     * lead out of the content folder), so are pipes and devices; YAML is reported as a stray plan
     * source, and Markdown becomes an attachment that validation explains.
     */
    private void attachments(Path accountDir, Path p, List<Attachment> out) {
        Deque<Path> todo = new ArrayDeque<>();
        todo.push(p);
        while (!todo.isEmpty()) {
            Path x = todo.pop();
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(x, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                diagnostics.error(SourceSpan.file(files.display(x)), "missing-file", "the file cannot be read", null);
                continue;
            }
            String name = x.getFileName().toString();
            if (attrs.isSymbolicLink()) {
                if (files.checkInside(x)) {
                    diagnostics.error(
                            SourceSpan.file(files.display(x)),
                            "symlink",
                            "this is a symbolic link; links in an account folder are not published",
                            "copy the " + (Files.isDirectory(x) ? "folder" : "file")
                                    + " into the account folder instead of linking to it");
                }
            } else if (attrs.isDirectory()) {
                List<Path> below = files.list(x);
                for (int i = below.size() - 1; i >= 0; i--) {
                    todo.push(below.get(i));
                }
            } else if (!attrs.isRegularFile()) {
                diagnostics.error(
                        SourceSpan.file(files.display(x)),
                        "unknown-file",
                        "'" + name + "' is neither a file nor a folder (a pipe or a device) and cannot be published",
                        "delete it");
            } else if (isYaml(name)) {
                strayYaml(x);
            } else {
                add(accountDir, x, out);
            }
        }
    }

    private void add(Path accountDir, Path file, List<Attachment> out) {
        if (!files.checkInside(file)) {
            return;
        }
        // Joined by name, not by the platform's separator: on Linux a backslash is part of a name.
        StringBuilder rel = new StringBuilder();
        for (Path part : accountDir.relativize(file)) {
            rel.append(rel.length() == 0 ? "" : "/").append(part);
        }
        try {
            out.add(new Attachment(file, rel.toString(), Files.size(file), SourceSpan.file(files.display(file))));
        } catch (IOException e) {
            diagnostics.error(SourceSpan.file(files.display(file)), "missing-file", "the file cannot be read", null);
        }
    }

    private void strayYaml(Path p) {
        diagnostics.error(
                SourceSpan.file(files.display(p)),
                "unknown-file",
                "only account.yaml is read in an account folder; '" + p.getFileName() + "' would be ignored",
                "move its content into account.yaml, or delete the file");
    }

    private static boolean isYaml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }
}
