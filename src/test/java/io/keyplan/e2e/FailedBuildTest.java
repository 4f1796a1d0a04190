package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.cli.Main;
import io.keyplan.pipeline.Stages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build with a content error leaves the previously published site exactly as it was. */
class FailedBuildTest {
    @TempDir
    Path tmp;

    int build(Path content, Path output, ByteArrayOutputStream err) {
        return Main.run(
                new String[] {"build", "--content", content.toString(), "--output", output.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("SOURCE_DATE_EPOCH", "1795392000"),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC),
                Stages.standard());
    }

    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(
                        dir.relativize(p).toString(),
                        java.util.Arrays.toString(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    @Test
    void aTypoInOnePlanLeavesThePublishedSiteUntouched() throws IOException {
        Path content = tmp.resolve("content");
        try (Stream<Path> all = Files.walk(Path.of("content"))) {
            for (Path p : all.toList()) {
                Path target = content.resolve(Path.of("content").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path site = tmp.resolve("site");
        assertEquals(0, build(content, site, new ByteArrayOutputStream()));
        Map<String, String> before = snapshot(site);

        Path plan = content.resolve("accounts/noordzee-foods/account.yaml");
        Files.writeString(plan, Files.readString(plan).replaceFirst("\nstage:", "\nstaeg:"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, build(content, site, err));

        assertTrue(
                err.toString(StandardCharsets.UTF_8).contains("unknown key 'staeg' (did you mean 'stage'?)"),
                err.toString());
        assertEquals(before, snapshot(site));
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(2, siblings.count(), "no staging folder is left behind");
        }
    }
}
