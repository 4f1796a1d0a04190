package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --cache} across two real {@code java -jar} runs of the example: every key is made
 * again in a new JVM, where {@code Map.of} iterates in another order and identity hash codes
 * differ, so a key that leans on either misses every page. The in-JVM tests
 * ({@code pipeline.CachedBuildTest}) cannot see that.
 */
class CacheAcrossRunsTest {
    private static final Pattern REUSED = Pattern.compile("reused (\\d+) pages .* kept (\\d+) newly rendered");

    @TempDir
    Path dir;

    @Test
    void aSecondRunOfTheSameContentReusesEveryPage() throws Exception {
        Path jar = TestJar.make(dir);
        String[] run = {
            "build",
            "--content",
            Path.of("content").toAbsolutePath().toString(),
            "--output",
            dir.resolve("site").toString(),
            "--cache",
            dir.resolve("kc").toString()
        };
        int[] first = reused(jar, run);
        assertEquals(0, first[0], "an empty cache reuses nothing");
        assertTrue(first[1] > 50, "the example has more than 50 pages");
        int[] second = reused(jar, run);
        assertEquals(first[1], second[0], "the second run reuses every page");
        assertEquals(0, second[1], "and renders none");
    }

    private static int[] reused(Path jar, String[] run) throws Exception {
        Process p = TestJar.javaJar(jar, run).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        Matcher m = REUSED.matcher(out);
        assertTrue(m.find(), out);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
}
