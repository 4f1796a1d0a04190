package io.keyplan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example portfolio with every amount at the edge of what {@code validate} allows: the
 * build goes through (sums, shares, growth and charts stay finite) instead of stopping with
 * "internal problem".
 */
class ExtremeFiguresTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"1000000000000000", "-1000000000000000", "0.000001", "1e-300"})
    void everyAmountAtTheLimitStillBuilds(String amount) throws IOException {
        Path content = dir.resolve("content");
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path p : files.toList()) {
                Path to = content.resolve(Path.of("content").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (p.getFileName().toString().equals("account.yaml")) {
                    // Amounts are the numbers of five digits or more; percentages become tiny.
                    Files.writeString(
                            to,
                            Files.readString(p)
                                    .replaceAll("(?<=: )\\d{5,}\\b", amount)
                                    .replaceAll("(pct: )[\\d.]+", "$1" + "0.000001"));
                } else {
                    Files.copy(p, to);
                }
            }
        }
        assertFalse(Files.readString(content.resolve("accounts/noordzee-foods/account.yaml"))
                .contains("7900000"));
        for (List<String> profile : List.of(List.<String>of(), List.of("--profile", "public"))) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            String[] args = Stream.concat(
                            Stream.of(
                                    "build",
                                    "--content",
                                    content.toString(),
                                    "--output",
                                    dir.resolve("site" + profile.size()).toString()),
                            profile.stream())
                    .toArray(String[]::new);
            int code = Main.run(
                    args,
                    new PrintStream(o, true, StandardCharsets.UTF_8),
                    new PrintStream(e, true, StandardCharsets.UTF_8),
                    Map.of("SOURCE_DATE_EPOCH", "1795392000"),
                    Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC),
                    Stages.standard());
            assertEquals(0, code, () -> o.toString(StandardCharsets.UTF_8) + e.toString(StandardCharsets.UTF_8));
        }
    }
}
