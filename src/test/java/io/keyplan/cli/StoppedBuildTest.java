package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.keyplan.bench.SyntheticPortfolio;
import io.keyplan.publish.OutputFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real builds, stopped from outside while they render: Ctrl-C, SIGTERM (a CI cancel) and SIGKILL
 * of the launcher. Afterwards no staging folder is left, the previous output is byte-identical and
 * no second JVM is still running (it would replace the output later).
 */
class StoppedBuildTest {
    /** Large enough that rendering takes seconds, so the signal arrives in the middle of it. */
    private static final int ACCOUNTS = 100;

    @TempDir
    static Path dir;

    static Path jar;
    static Path content;

    @BeforeAll
    static void portfolio() throws IOException {
        jar = TestJar.make(dir);
        content = dir.resolve("content");
        SyntheticPortfolio.write(ACCOUNTS, content);
    }

    /** A previous site: what must survive every stopped build exactly as it was. */
    private static Path previousSite(String name) throws IOException {
        Path site = Files.createDirectories(dir.resolve(name));
        Files.writeString(site.resolve(OutputFolder.MARKER), "KeyPlan\n");
        Files.writeString(site.resolve("index.html"), "<p>the previous portal</p>");
        Files.createDirectories(site.resolve("accounts/acme"));
        Files.write(site.resolve("accounts/acme/index.html"), new byte[] {1, 2, 3, (byte) 0xff});
        return site;
    }

    private enum Stop {
        SIGTERM,
        SIGINT,
        SIGKILL
    }

    private record Outcome(int exitCode, String err) {}

    /** Starts a build into {@code site}, stops it once it is rendering, and checks what it left. */
    private static Outcome stopMidBuild(String name, Stop stop, boolean secondJvm) throws Exception {
        Path site = previousSite(name);
        Map<String, String> before = hashes(site);
        ProcessBuilder pb = TestJar.javaJar(jar, "build", "--content", content.toString(), "--output", site.toString());
        if (!secondJvm) {
            pb.environment().put(Launcher.OPTIONS_VARIABLE, "off");
        }
        if (stop == Stop.SIGINT && sigintIgnored()) {
            // Started in the background by a shell, this JVM ignores SIGINT and passes that on; a terminal would not.
            pb.command().addAll(0, List.of("env", "--default-signal=INT"));
        }
        Path err = dir.resolve(name + ".err");
        Process launcher = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        try {
            Path staging = waitForRendering(site, launcher);
            List<ProcessHandle> jvms = Stream.concat(Stream.of(launcher.toHandle()), launcher.descendants())
                    .toList();
            assertEquals(
                    secondJvm ? 2 : 1,
                    jvms.stream()
                            .filter(h -> h.info().command().orElse("").endsWith("java"))
                            .count(),
                    "the JVMs at work: " + jvms);
            switch (stop) {
                case SIGTERM -> launcher.destroy();
                case SIGKILL -> launcher.destroyForcibly();
                case SIGINT ->
                    new ProcessBuilder("kill", "-INT", Long.toString(launcher.pid()))
                            .start()
                            .waitFor();
            }
            assertTrue(launcher.waitFor(30, TimeUnit.SECONDS), "the build did not stop");
            for (ProcessHandle jvm : jvms) {
                jvm.onExit().get(15, TimeUnit.SECONDS); // the second JVM stops too, also when its launcher was killed
                assertFalse(jvm.isAlive(), jvm + " still runs");
            }
            assertFalse(Files.exists(staging), "the staging folder is left: " + staging);
            assertEquals(List.of(name), siblings(site), "nothing is left next to the output");
            assertEquals(before, hashes(site), "the previous output is byte-identical");
            return new Outcome(launcher.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    @Test
    void sigtermToTheLauncherStopsBothJvmsAndLeavesThePreviousSite() throws Exception {
        Outcome o = stopMidBuild("term", Stop.SIGTERM, true);
        assertEquals(143, o.exitCode(), o.err());
        assertTrue(o.err().contains("was left as it was"), o.err());
    }

    @Test
    void ctrlCToTheLauncherStopsBothJvmsAndLeavesThePreviousSite() throws Exception {
        Outcome o = stopMidBuild("int", Stop.SIGINT, true);
        assertEquals(130, o.exitCode(), o.err());
    }

    @Test
    void aKilledLauncherTakesTheSecondJvmWithIt() throws Exception {
        Outcome o = stopMidBuild("kill", Stop.SIGKILL, true);
        assertEquals(137, o.exitCode(), o.err());
    }

    @Test
    void sigtermToASingleJvmBuildLeavesThePreviousSite() throws Exception {
        Outcome o = stopMidBuild("single", Stop.SIGTERM, false);
        assertEquals(143, o.exitCode(), o.err());
        assertTrue(o.err().contains("was left as it was"), o.err());
    }

    /** The staging folder, once pages are being written into it. */
    private static Path waitForRendering(Path site, Process build) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!build.isAlive()) {
                fail("the build ended before it could be stopped (exit code " + build.exitValue() + ")");
            }
            try (Stream<Path> s = Files.list(site.getParent())) {
                for (Path p : s.toList()) {
                    if (p.getFileName().toString().startsWith("." + site.getFileName() + ".staging-")
                            && Files.isDirectory(p.resolve("accounts"))) {
                        return p;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no staging folder appeared");
    }

    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << (2 - 1))) != 0;
            }
        }
        return false;
    }

    private static List<String> siblings(Path site) throws IOException {
        try (Stream<Path> s = Files.list(site.getParent())) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains(site.getFileName().toString()) && !n.endsWith(".err"))
                    .sorted()
                    .toList();
        }
    }

    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted().toList()) {
                String key = root.relativize(p).toString();
                out.put(
                        key,
                        Files.isDirectory(p) ? "folder" : HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }
}
