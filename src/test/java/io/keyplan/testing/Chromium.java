package io.keyplan.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium with its DevTools port, and a client for one of its pages: what browser tests
 * use to ask a real browser what a page shows. Chromium is required, not optional: {@code .ci/run}
 * installs it.
 */
public final class Chromium implements AutoCloseable {
    /** How long a browser test waits for Chromium or for a condition (a loaded CI machine is slow). */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");

    private final Process process;
    private final String devtools;
    private final HttpClient http = HttpClient.newHttpClient();

    private Chromium(Process process, String devtools) {
        this.process = process;
        this.devtools = devtools;
    }

    public static Chromium open(Path tmp, URI url) throws Exception {
        Path log = tmp.resolve("chromium.log");
        ProcessBuilder pb = new ProcessBuilder(List.of(
                        executable(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--no-first-run",
                        "--no-default-browser-check",
                        "--remote-debugging-address=127.0.0.1",
                        "--remote-debugging-port=0",
                        "--user-data-dir=" + tmp.resolve("chromium-profile"),
                        url.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Chromium's own temporary folders (its singleton socket) go where the test cleans up.
        pb.environment()
                .put(
                        "TMPDIR",
                        Files.createDirectories(tmp.resolve("chromium-tmp")).toString());
        Process p = pb.start();
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < end && p.isAlive()) {
            Matcher m = LISTENING.matcher(Files.readString(log));
            if (m.find()) {
                URI ws = URI.create(m.group(1));
                return new Chromium(p, "http://" + ws.getHost() + ":" + ws.getPort());
            }
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new AssertionError("Chromium did not start:\n" + Files.readString(log));
    }

    private static String executable() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "chromium"; // on the PATH, or the test fails: CI installs it
    }

    /** The open page whose address ends with {@code path}. */
    public Page page(String path) throws Exception {
        Pattern target = Pattern.compile(
                "\"type\":\\s*\"page\",\\s*\"url\":\\s*\"([^\"]*)\",\\s*\"webSocketDebuggerUrl\":\\s*\"([^\"]+)\"");
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < end) {
            String list = http.send(
                            HttpRequest.newBuilder(URI.create(devtools + "/json/list"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher m = target.matcher(list);
            while (m.find()) {
                if (m.group(1).endsWith(path)) {
                    return new Page(http, URI.create(m.group(2)));
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no page for " + path + " in Chromium");
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** One page over the DevTools protocol: Runtime.evaluate, and waiting for a condition. */
    public static final class Page implements WebSocket.Listener {
        private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),");
        private final Map<Integer, CompletableFuture<String>> answers = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();
        private final StringBuilder partial = new StringBuilder();
        private final WebSocket socket;

        Page(HttpClient http, URI ws) throws Exception {
            socket = http.newWebSocketBuilder().buildAsync(ws, this).get(30, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                Matcher m = ID.matcher(message);
                if (m.find()) {
                    CompletableFuture<String> f = answers.remove(Integer.parseInt(m.group(1)));
                    if (f != null) {
                        f.complete(message);
                    }
                }
            }
            ws.request(1);
            return null;
        }

        /**
         * Sends a DevTools command and returns its raw answer, e.g. {@code send("Page.navigate",
         * "{\"url\":" + json(url) + "}")}.
         */
        public String send(String method, String paramsJson) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<String> answer = new CompletableFuture<>();
            answers.put(id, answer);
            socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}", true)
                    .get(30, TimeUnit.SECONDS);
            return answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }

        /** Opens {@code url} in this page and waits until it has loaded. */
        public void navigate(String url) throws Exception {
            send("Page.navigate", "{\"url\":" + json(url) + "}");
            waitFor("document.readyState === 'complete' && location.href === " + json(url));
        }

        /** Lays the page out as a window of this size (CSS pixels), like a phone or a laptop screen. */
        public void viewport(int width, int height) throws Exception {
            send(
                    "Emulation.setDeviceMetricsOverride",
                    "{\"width\":" + width + ",\"height\":" + height + ",\"deviceScaleFactor\":1,\"mobile\":false}");
        }

        /** Asks the page for the dark (or light) colour scheme, as a reader's system setting would. */
        public void colourScheme(String scheme) throws Exception {
            send(
                    "Emulation.setEmulatedMedia",
                    "{\"features\":[{\"name\":\"prefers-color-scheme\",\"value\":" + json(scheme) + "}]}");
        }

        /** The raw answer to {@code Runtime.evaluate}; a page that is reloading may give none. */
        public String evaluate(String expression) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<String> answer = new CompletableFuture<>();
            answers.put(id, answer);
            socket.sendText(
                            "{\"id\":" + id + ",\"method\":\"Runtime.evaluate\",\"params\":{\"expression\":"
                                    + json(expression) + ",\"returnByValue\":true}}",
                            true)
                    .get(30, TimeUnit.SECONDS);
            try {
                return answer.get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                answers.remove(id);
                return "";
            }
        }

        /** The value of an expression, as JSON text ({@code true}, {@code "text"}). */
        public String value(String expression) throws Exception {
            Matcher m = Pattern.compile("\"value\":(.*?)\\}\\}\\}?$").matcher(evaluate(expression));
            return m.find() ? m.group(1) : "";
        }

        public void waitFor(String condition) throws Exception {
            long end = System.nanoTime() + PATIENCE.toNanos();
            String last = "";
            while (System.nanoTime() < end) {
                last = evaluate("!!(" + condition + ")");
                if (last.contains("\"value\":true")) {
                    return;
                }
                Thread.sleep(100);
            }
            fail("the page never showed: " + condition + "\nlast answer: " + last);
        }

        /** A JSON string literal. */
        public static String json(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
    }
}
