package io.keyplan.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.keyplan.site.Audience;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser: headless Chromium opens a served page, and the test edits the plan underneath
 * it. Talks to Chromium over the DevTools protocol (a WebSocket, {@link java.net.http.WebSocket})
 * to ask the page what it shows. Chromium is required, not optional: {@code .ci/run} installs it.
 */
class LiveReloadBrowserTest {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");

    @TempDir
    Path tmp;

    @Test
    void anOpenPageReloadsByItselfAndShowsTheErrorsOverlay() throws Exception {
        try (Served s = Served.example(tmp, Audience.INTERNAL);
                Chromium chromium = Chromium.open(tmp, s.url("/accounts/cerealis/"))) {
            Chromium.Page page = chromium.page("/accounts/cerealis/");
            page.waitFor("document.readyState === 'complete' && !!document.getElementById('keyplan-preview-errors')");
            page.evaluate("window.keyplanTestMarker = 'still the first load'");

            PreviewServerTest.edit(
                    s.content.resolve("accounts/cerealis/account.yaml"),
                    "name: Coopérative Céréalis",
                    "name: Cooperative Reloadmarker");
            // Reloaded by itself: a new window (the marker is gone) showing the new name.
            page.waitFor("window.keyplanTestMarker === undefined && document.readyState === 'complete'"
                    + " && document.querySelector('h1').textContent.includes('Reloadmarker')");

            PreviewServerTest.edit(
                    s.content.resolve("accounts/cerealis/account.yaml"), "status: prospect", "status: prospekt");
            String overlay = "(function () { var h = document.getElementById('keyplan-preview-errors');"
                    + " return h ? h.shadowRoot.textContent : ''; })()";
            page.waitFor(overlay + ".includes('account.yaml:8:9: error: \\'status\\' must be one of')");
            assertEquals(
                    "\"alertdialog\"",
                    page.value("document.getElementById('keyplan-preview-errors').shadowRoot"
                            + ".querySelector('[role=alertdialog]').getAttribute('role')"));
            // The last good page stays underneath.
            assertEquals("true", page.value("document.querySelector('h1').textContent.includes('Reloadmarker')"));
            // Escape hides the overlay; the button to show it again gets the focus.
            page.evaluate("document.getElementById('keyplan-preview-errors').shadowRoot.querySelector('.dialog')"
                    + ".dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}))");
            page.waitFor("document.getElementById('keyplan-preview-errors').shadowRoot.activeElement"
                    + " && document.getElementById('keyplan-preview-errors').shadowRoot.activeElement.className"
                    + " === 'reopen'");

            PreviewServerTest.edit(
                    s.content.resolve("accounts/cerealis/account.yaml"), "status: prospekt", "status: prospect");
            page.waitFor("document.readyState === 'complete' && !!document.getElementById('keyplan-preview-errors')"
                    + " && !document.getElementById('keyplan-preview-errors').shadowRoot"
                    + ".querySelector('.backdrop, .reopen')");
        }
    }

    @Test
    void thePublicPreviewSaysSoOnEveryPage() throws Exception {
        try (Served s = Served.example(tmp, Audience.PUBLIC);
                Chromium chromium = Chromium.open(tmp, s.url("/"))) {
            Chromium.Page page = chromium.page("/");
            // Not only "complete": before the page is loaded, that is also true of the blank page before it.
            page.waitFor("!!document.getElementById('keyplan-preview-banner')");
            assertEquals(
                    "\"Public preview: this is what readers outside the company see.\"",
                    page.value("document.getElementById('keyplan-preview-banner').shadowRoot"
                            + ".querySelector('[role=note]').textContent"));
        }
    }

    /** Headless Chromium with its DevTools port, and a client for one of its pages. */
    static final class Chromium implements AutoCloseable {
        private final Process process;
        private final String devtools;
        private final HttpClient http = HttpClient.newHttpClient();

        private Chromium(Process process, String devtools) {
            this.process = process;
            this.devtools = devtools;
        }

        static Chromium open(Path tmp, URI url) throws Exception {
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
            long end = System.nanoTime() + Served.PATIENCE.toNanos();
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
        Page page(String path) throws Exception {
            Pattern target = Pattern.compile(
                    "\"type\":\\s*\"page\",\\s*\"url\":\\s*\"([^\"]*)\",\\s*\"webSocketDebuggerUrl\":\\s*\"([^\"]+)\"");
            long end = System.nanoTime() + Served.PATIENCE.toNanos();
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
        static final class Page implements WebSocket.Listener {
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

            /** The raw answer to {@code Runtime.evaluate}; a page that is reloading may give none. */
            String evaluate(String expression) throws Exception {
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
            String value(String expression) throws Exception {
                Matcher m = Pattern.compile("\"value\":(.*?)\\}\\}\\}?$").matcher(evaluate(expression));
                return m.find() ? m.group(1) : "";
            }

            void waitFor(String condition) throws Exception {
                long end = System.nanoTime() + Served.PATIENCE.toNanos();
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

            private static String json(String s) {
                StringBuilder out = new StringBuilder();
                PreviewServer.json(out, s);
                return out.toString();
            }
        }
    }
}
