package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    private static final String JAR = "/opt/keyplan/keyplan.jar";
    private static final String HOME = "/usr/lib/jvm/jdk";
    private static final List<String> PLAIN = List.of("-jar", JAR, "build", "--content", "my content");

    private static Optional<List<String>> command(List<String> jvm, Map<String, String> env, String... args) {
        return Launcher.command(Main.class, args, jvm, JAR, HOME, env, false, null);
    }

    @Test
    void aPlainJavaJarBuildGoesOnInATunedJvmWithTheSameArguments() {
        List<String> c =
                command(PLAIN, Map.of(), "build", "--content", "my content").orElseThrow();
        List<String> expected =
                new ArrayList<>(List.of(Path.of(HOME, "bin", "java").toString()));
        expected.addAll(Launcher.DEFAULT_OPTIONS);
        expected.addAll(List.of(
                "-Dkeyplan.launched=true", "-cp", JAR, "io.keyplan.cli.Main", "build", "--content", "my content"));
        assertEquals(expected, c);
        assertTrue(
                command(List.of("-jar", JAR, "validate"), Map.of(), "validate").isPresent());
    }

    @Test
    void aUserWhoTunedTheJvmKeepsItsOwnRun() {
        assertEquals(Optional.empty(), command(List.of("-Xmx2g", "-jar", JAR, "build"), Map.of(), "build"));
        assertEquals(Optional.empty(), command(List.of("-Dx=y", "-jar", JAR, "build"), Map.of(), "build"));
        assertEquals(Optional.empty(), command(PLAIN, Map.of("JDK_JAVA_OPTIONS", "-Xmx2g"), "build"));
        assertEquals(Optional.empty(), command(PLAIN, Map.of("JAVA_TOOL_OPTIONS", "-Xss4m"), "build"));
        assertEquals(Optional.empty(), command(PLAIN, Map.of("KEYPLAN_JAVA_OPTIONS", "off"), "build"));
        assertTrue(
                command(PLAIN, Map.of("JDK_JAVA_OPTIONS", " "), "build").isPresent(), "a blank variable tunes nothing");
    }

    @Test
    void theClassDataArchiveBesideTheJarIsUsedWhenThereIsOne(@TempDir Path dir) throws IOException {
        Path jar = Files.createFile(dir.resolve("keyplan.jar"));
        assertEquals(null, Launcher.archiveOf(jar.toString()));
        Path archive = Files.createFile(dir.resolve("keyplan.jsa"));
        assertEquals(archive, Launcher.archiveOf(jar.toString()));
        assertEquals(null, Launcher.archiveOf(jar + File.pathSeparator + "other.jar"));
        List<String> c = Launcher.command(
                        Main.class,
                        new String[] {"build"},
                        List.of("-jar", JAR, "build"),
                        JAR,
                        HOME,
                        Map.of(),
                        false,
                        archive)
                .orElseThrow();
        assertTrue(c.contains("-XX:SharedArchiveFile=" + archive), c.toString());
        assertTrue(
                c.contains("-Xlog:cds=off") && c.contains("-Xlog:cds+dynamic=off"),
                "no note about an unfit archive in the output");
        List<String> own = Launcher.command(
                        Main.class,
                        new String[] {"build"},
                        List.of("-jar", JAR, "build"),
                        JAR,
                        HOME,
                        Map.of("KEYPLAN_JAVA_OPTIONS", "-Xmx1g"),
                        false,
                        archive)
                .orElseThrow();
        assertTrue(own.stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile")), "own options: only those");
    }

    @Test
    void keyplanJavaOptionsReplaceTheDefaults() {
        List<String> c = command(PLAIN, Map.of("KEYPLAN_JAVA_OPTIONS", " -Xmx1g  -XX:+UseParallelGC "), "build")
                .orElseThrow();
        assertEquals(List.of("-Xmx1g", "-XX:+UseParallelGC", "-Dkeyplan.launched=true"), c.subList(1, 4));
        List<String> none =
                command(PLAIN, Map.of("KEYPLAN_JAVA_OPTIONS", ""), "build").orElseThrow();
        assertEquals("-Dkeyplan.launched=true", none.get(1));
    }

    /** A server runs for hours: with the serial collector it keeps about a third of the memory (docs/performance.md). */
    @Test
    void serveGoesOnInATunedJvmToo() {
        List<String> c = command(PLAIN, Map.of(), "serve", "--port", "0").orElseThrow();
        assertTrue(c.containsAll(Launcher.DEFAULT_OPTIONS), c.toString());
        assertEquals(List.of("serve", "--port", "0"), c.subList(c.size() - 3, c.size()));
    }

    @Test
    void otherCommandsAndOtherLaunchesRunHere() {
        assertEquals(Optional.empty(), command(List.of("-jar", JAR, "schema"), Map.of(), "schema"));
        assertEquals(Optional.empty(), command(List.of("-jar", JAR, "--help"), Map.of(), "--help"));
        assertEquals(Optional.empty(), command(List.of("-jar", JAR), Map.of()));
        assertEquals(
                Optional.empty(),
                Launcher.command(Main.class, new String[] {"build"}, PLAIN, JAR, HOME, Map.of(), true, null),
                "never a third JVM");
        assertEquals(Optional.empty(), command(null, Map.of(), "build"), "command line unknown");
        assertEquals(Optional.empty(), command(List.of("-cp", "x", "io.keyplan.cli.Main", "build"), Map.of(), "build"));
        assertEquals(
                Optional.empty(),
                Launcher.command(
                        Main.class,
                        new String[] {"build"},
                        List.of("-jar", "other.jar", "build"),
                        JAR,
                        HOME,
                        Map.of(),
                        false,
                        null));
    }

    /**
     * A real {@code java -jar}: the second JVM runs with the options, and its output, errors and
     * exit code reach the caller. The jar holds only a manifest pointing at the test class path.
     */
    @Test
    void endToEndTheSecondJvmRunsAndPassesOutputAndExitCodeThrough(@TempDir Path dir) throws Exception {
        Path jar = TestJar.make(dir);
        Path content = Path.of("src/test/resources/load/mistakes").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        // Only the second JVM has the option on its command line, and it prints the flags it runs with.
        ProcessBuilder pb =
                new ProcessBuilder(java, "-jar", jar.toString(), "validate", "--content", content.toString());
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().put("KEYPLAN_JAVA_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+PrintFlagsFinal");
        Result r = run(pb, dir);
        assertEquals(1, r.code, "content errors give exit code 1 through the second JVM:\n" + r.err);
        assertTrue(
                r.out.matches("(?s).*TieredStopAtLevel\\s+= 1\\s.*command line.*"), "the second JVM got the options");
        assertTrue(r.err.contains("error:"), "the errors reach the caller: " + r.err);

        pb.environment().put("KEYPLAN_JAVA_OPTIONS", "off");
        r = run(pb, dir);
        assertEquals(1, r.code);
        assertTrue(!r.out.contains("TieredStopAtLevel"), "off: one JVM");
    }

    private record Result(int code, String out, String err) {}

    private static Result run(ProcessBuilder pb, Path dir) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "java -jar did not finish");
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
