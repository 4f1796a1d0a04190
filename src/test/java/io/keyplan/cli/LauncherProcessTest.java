package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.bench.SyntheticPortfolio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real {@code java -jar} runs: exit codes of the second JVM, quoted options, non-ASCII file names under LANG=C. */
class LauncherProcessTest {
    private static final String ATTACHMENT = "Pr\u00e4sentation \u00dcbersicht.pdf";
    private static final byte[] PDF = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path dir;
    static Path jar;
    static Path content;
    static String account;

    @BeforeAll
    static void portfolio() throws IOException {
        jar = TestJar.make(dir);
        content = dir.resolve("content");
        SyntheticPortfolio.write(2, content);
        try (Stream<Path> s = Files.list(content.resolve("accounts"))) {
            account = s.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
        Files.write(content.resolve("accounts").resolve(account).resolve(ATTACHMENT), PDF);
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(ProcessBuilder pb) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "java -jar did not finish");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static ProcessBuilder asciiLocale(ProcessBuilder pb) {
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_"));
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        return pb;
    }

    @Test
    void aSecondJvmThatDoesNotStartHasItsOwnExitCodeAndSaysWhy() throws Exception {
        for (String options : List.of("-XX:+NoSuchOption", "-Xmx1q", "--no-such-launcher-option")) {
            ProcessBuilder pb = TestJar.javaJar(jar, "validate", "--content", content.toString());
            pb.environment().put(Launcher.OPTIONS_VARIABLE, options);
            Result r = run(pb);
            assertEquals(Main.JVM_DID_NOT_START, r.code, options + ": " + r.err);
            assertTrue(r.err.contains("the second Java VM stopped before KeyPlan could run") && r.err.contains("KEYPLAN_JAVA_OPTIONS=off"),
                    r.err);
        }
    }

    @Test
    void exitCodesOfKeyPlanPassThroughTheSecondJvm() throws Exception {
        assertEquals(0, run(TestJar.javaJar(jar, "validate", "--content", content.toString())).code);
        Result r = run(TestJar.javaJar(jar, "validate", "--content", dir.resolve("missing").toString()));
        assertEquals(Main.USAGE, r.code, r.err);
        r = run(TestJar.javaJar(jar, "validate", "--no-such-option"));
        assertEquals(Main.USAGE, r.code, r.err);
        Files.writeString(dir.resolve("c.txt"), "a file where the output's parent should be");
        r = run(TestJar.javaJar(jar, "build", "--content", content.toString(), "--output", dir.resolve("c.txt/_site").toString()));
        assertEquals(Main.USAGE, r.code, r.err);
        assertTrue(r.err.contains("c.txt is a file"), r.err);
    }

    @Test
    void quotedOptionsReachTheSecondJvmAsOneOption() throws Exception {
        ProcessBuilder pb = TestJar.javaJar(jar, "validate", "--content", content.toString());
        pb.environment().put(Launcher.OPTIONS_VARIABLE, "-XshowSettings:properties \"-Dkeyplan.test=Key accounts\" '-Dkeyplan.other=a  \"b\"'");
        Result r = run(pb);
        assertEquals(0, r.code, r.err);
        assertTrue(r.err.contains("keyplan.test = Key accounts"), r.err);
        assertTrue(r.err.contains("keyplan.other = a  \"b\""), r.err);

        pb.environment().put(Launcher.OPTIONS_VARIABLE, "\"-Dkeyplan.test=Key accounts");
        r = run(pb);
        assertEquals(Main.USAGE, r.code, r.err);
        assertTrue(r.err.contains("quote that is not closed"), r.err);
    }

    @Test
    void nonAsciiFileNamesArePublishedUnderLangC() throws Exception {
        Path site = dir.resolve("site-c");
        Result r = run(asciiLocale(TestJar.javaJar(jar, "build", "--content", content.toString(), "--output", site.toString())));
        assertEquals(0, r.code, r.err);
        Path published = site.resolve("accounts").resolve(account).resolve(ATTACHMENT);
        assertArrayEquals(PDF, Files.readAllBytes(published), "the attachment under its own name, as UTF-8 bytes");
        String page = Files.readString(site.resolve("accounts").resolve(account).resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("Pr%C3%A4sentation") || page.contains("Pr\u00e4sentation"), "the page links to it");
    }

    @Test
    void aSingleJvmUnderLangCNamesTheFixAndWritesNothing() throws Exception {
        Path site = dir.resolve("site-single");
        ProcessBuilder pb = asciiLocale(TestJar.javaJar(jar, "build", "--content", content.toString(), "--output", site.toString()));
        pb.environment().put(Launcher.OPTIONS_VARIABLE, "off");
        Result r = run(pb);
        assertEquals(Main.USAGE, r.code, r.err);
        assertTrue(r.err.contains("LC_ALL=C.UTF-8"), r.err);
        assertFalse(r.err.contains("internal problem") || r.err.contains("Exception"), r.err);
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".site-single")), "no staging folder left");
        }
        assertFalse(Files.exists(site));
    }

    @Test
    void theSecondJvmGetsAUtf8LocaleOnlyWhereFileNamesNeedIt() {
        assertEquals(Map.of("LC_ALL", "C.UTF-8"), Launcher.environment("ANSI_X3.4-1968", "Linux"));
        assertEquals(Map.of("LC_ALL", "C.UTF-8"), Launcher.environment("ISO-8859-1", "FreeBSD"));
        assertEquals(Map.of(), Launcher.environment("UTF-8", "Linux"));
        assertEquals(Map.of(), Launcher.environment("Cp1252", "Windows 11"));
        assertEquals(Map.of(), Launcher.environment("US-ASCII", "Mac OS X"));
    }

    @Test
    void theLauncherTellsKeyPlansExitCodesFromAJvmThatDidNotRun() {
        for (int code : new int[] {Main.OK, Main.CONTENT_ERRORS, Main.USAGE, Main.INTERNAL, Main.STOPPED}) {
            assertEquals(Optional.of(code), Launcher.exitCode(Launcher.ran(code)));
        }
        assertEquals(Optional.of(130), Launcher.exitCode(130), "SIGINT before KeyPlan ran");
        assertEquals(Optional.of(143), Launcher.exitCode(143), "SIGTERM before KeyPlan ran");
        assertEquals(Optional.of(137), Launcher.exitCode(137), "killed");
        assertEquals(Optional.of(134), Launcher.exitCode(134), "a JVM that crashed (SIGABRT)");
        for (int code : new int[] {1, 2, 3, 4, 99, 104, 128, 160, 255}) {
            assertEquals(Optional.empty(), Launcher.exitCode(code), "a JVM that failed with " + code);
        }
    }
}
