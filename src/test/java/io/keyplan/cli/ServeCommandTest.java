package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.preview.IncrementalPreview;
import io.keyplan.preview.PreviewServer;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keyplan serve} on the command line: usage errors, and a real process stopped by SIGTERM. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(List.of(args), Map.of("SOURCE_DATE_EPOCH", "1795392000"), "2026-11-23T10:00:00Z");
    }

    @Test
    void aPortInUseIsAUsageErrorThatNamesPort() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            CliRun r = run("serve", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(ExitCode.USAGE, r.code(), r.err());
            assertTrue(r.err().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use"), r.err());
            assertTrue(r.err().contains("--port"), r.err());
        }
    }

    @Test
    void aSecondServerOnTheSamePortIsAUsageError() throws IOException {
        BuildInfo info = new BuildInfo(java.time.LocalDate.of(2026, 11, 23), "test", Audience.INTERNAL);
        try (IncrementalPreview preview = new IncrementalPreview(
                        Path.of("content"), Path.of("site-theme"), Audience.INTERNAL, info.buildDate(), "test");
                PreviewServer first = PreviewServer.bind(
                        preview, new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), Audience.INTERNAL)) {
            first.start(preview.started());
            int port = first.url().getPort();
            CliRun second = run("serve", "--port", Integer.toString(port));
            assertEquals(ExitCode.USAGE, second.code(), second.err());
            assertTrue(
                    second.err().contains("is in use (is keyplan serve already running?). Use --port"), second.err());
            assertEquals(200, get(first.url()).statusCode(), "the first server goes on");
        }
    }

    private static HttpResponse<String> get(URI url) throws IOException {
        try {
            return HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Test
    void anAddressNotOfThisMachineIsAUsageErrorThatNamesBind() {
        // 203.0.113.0/24 is set aside for documentation: never an address of this machine.
        CliRun r = run("serve", "--port", "0", "--bind", "203.0.113.7");
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("--bind"), r.err());
    }

    @Test
    void otherUsageErrors() {
        CliRun theme =
                run("serve", "--port", "0", "--theme", tmp.resolve("no-theme").toString());
        assertEquals(ExitCode.USAGE, theme.code());
        assertTrue(theme.err().contains("the theme folder"), theme.err());
        CliRun content = run("serve", "--content", tmp.resolve("none").toString());
        assertEquals(ExitCode.USAGE, content.code());
        assertTrue(content.err().contains("--content"), content.err());
        CliRun port = run("serve", "--port", "70000");
        assertEquals(ExitCode.USAGE, port.code());
        assertTrue(port.err().contains("--port 70000 is not a port"), port.err());
        CliRun profile = run("serve", "--profile", "everyone");
        assertEquals(ExitCode.USAGE, profile.code());
    }

    @Test
    void sigtermStopsTheServerWithExitZeroAndNothingLeftBehind() throws Exception {
        Path content = tmp.resolve("content");
        copy(Path.of("content"), content);
        Path temp = Files.createDirectories(tmp.resolve("java-tmp"));
        Path jar = TestJar.make(tmp);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.io.tmpdir=" + temp);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--content", content.toString(), "--port", "0"));
        Path log = tmp.resolve("serve.log");
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().put("SOURCE_DATE_EPOCH", "1795392000");
        Process p = pb.start();
        try {
            List<String> lines = lines(log, 2);
            String first = lines.get(0);
            assertTrue(first.startsWith("Serving http://127.0.0.1:"), first);
            String second = lines.get(1);
            assertTrue(second.contains(": ") && second.contains("13 accounts") && second.contains("0 errors"), second);
            URI url = URI.create(first.substring("Serving ".length(), first.indexOf(' ', "Serving ".length())));
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());

            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
            assertEquals(0, p.exitValue());
            String all = Files.readString(log);
            assertTrue(all.endsWith("Stopped.\n"), all);
            try (Stream<Path> left = Files.list(temp)) {
                assertEquals(List.of(), left.toList(), "temporary files left behind");
            }
            try (ServerSocket again = new ServerSocket()) {
                again.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), url.getPort()));
            }
        } finally {
            p.destroyForcibly();
        }
    }

    /** With errors from the start there is no earlier version to show: the status line must not promise one. */
    @Test
    void errorsFromTheStartAreNotCalledALastGoodVersion() throws Exception {
        Path content = tmp.resolve("content");
        copy(Path.of("content"), content);
        Files.writeString(content.resolve("accounts/cerealis/account.yaml"), "name: [broken\n");
        Path jar = TestJar.make(tmp);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.io.tmpdir=" + Files.createDirectories(tmp.resolve("java-tmp")));
        command.addAll(List.of("-jar", jar.toString(), "serve", "--content", content.toString(), "--port", "0"));
        Path log = tmp.resolve("serve.log");
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SOURCE_DATE_EPOCH", "1795392000");
        Process p = pb.start();
        try {
            String status = lines(log, 2).get(1);
            assertTrue(status.contains("1 error; the pages show the errors until they are fixed"), status);
            assertFalse(status.contains("last version"), status);
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
        } finally {
            p.destroyForcibly();
        }
    }

    /** The first {@code n} lines the process wrote, waiting for them. */
    private static List<String> lines(Path log, int n) throws Exception {
        for (int i = 0; i < 600; i++) {
            List<String> lines = Files.readAllLines(log);
            if (lines.size() >= n) {
                return lines;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve wrote no " + n + " lines: " + Files.readString(log));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
