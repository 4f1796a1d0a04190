package io.keyplan.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A git repository in a test folder, written and committed with JGit, with known authors and dates. */
final class TestRepo implements AutoCloseable {
    final Path root;
    final Git git;

    private TestRepo(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    static TestRepo init(Path root) {
        try {
            return new TestRepo(
                    root,
                    Git.init()
                            .setDirectory(root.toFile())
                            .setInitialBranch("main")
                            .call());
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    TestRepo write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestRepo delete(String path) {
        try {
            Path p = root.resolve(path);
            if (Files.isDirectory(p)) {
                try (var walk = Files.walk(p)) {
                    walk.sorted(java.util.Comparator.reverseOrder())
                            .forEach(x -> x.toFile().delete());
                }
            } else {
                Files.delete(p);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestRepo move(String from, String to) {
        try {
            Files.createDirectories(root.resolve(to).getParent());
            Files.move(root.resolve(from), root.resolve(to));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits everything in the working tree (new, changed and deleted files) at {@code date} (UTC, ISO). */
    RevCommit commit(String author, String date, String subject) {
        try {
            git.add().addFilepattern(".").call();
            git.add().setUpdate(true).addFilepattern(".").call();
            Instant when = Instant.parse(date);
            PersonIdent who = new PersonIdent(
                    author, author.toLowerCase().replace(' ', '.') + "@example.com", when, ZoneOffset.ofHours(2));
            return git.commit()
                    .setAuthor(who)
                    .setCommitter(who)
                    .setMessage(subject + "\n\nbody text")
                    .setSign(false)
                    .call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
