package io.keyplan.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.keyplan.site.Audience;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A preview of a copy of the example content, served on a free port and kept up to date by the
 * watcher, as {@code keyplan serve} runs it; with an HTTP client and an event-stream reader.
 */
final class Served implements AutoCloseable {
    static final LocalDate BUILD_DATE = LocalDate.of(2026, 11, 23);
    /** Long enough for a slow, shared CI machine; a wait that ends early is the normal case. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    final Path content;
    final IncrementalPreview preview;
    final PreviewServer server;
    final Watching watching;
    final BlockingQueue<Preview.Update> updates = new LinkedBlockingQueue<>();
    /** A refresh that stopped with an exception; every test expects none. */
    final java.util.concurrent.atomic.AtomicReference<RuntimeException> failure =
            new java.util.concurrent.atomic.AtomicReference<>();

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Served(Path content, Audience audience) throws IOException {
        this.content = content;
        this.preview = new IncrementalPreview(content, Path.of("site-theme"), audience, BUILD_DATE, "test");
        this.server = PreviewServer.bind(preview, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), audience);
        server.start(preview.started());
        this.watching = Watching.start(
                List.of(content, Path.of("site-theme")),
                u -> {
                    server.published(u);
                    updates.add(u);
                },
                failure::set,
                preview);
    }

    /** The example content copied into {@code dir}/content, served. */
    static Served example(Path dir, Audience audience) throws IOException {
        Path content = dir.resolve("content");
        copy(Path.of("content"), content);
        return new Served(content, audience);
    }

    /** A content folder the test made itself, served. */
    static Served existing(Path content, Audience audience) throws IOException {
        return new Served(content, audience);
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url(String path) {
        return server.url().resolve(path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(url(path)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next refresh the watcher brought; fails the test when none comes. */
    Preview.Update nextUpdate() throws InterruptedException {
        Preview.Update u = updates.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        if (u == null) {
            fail("no refresh after a change under " + content);
        }
        return u;
    }

    /** Waits for the refreshes after an edit until {@code done} holds for the last one. */
    Preview.Update until(java.util.function.Predicate<Preview.Update> done) throws InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < end) {
            Preview.Update u = updates.poll(1, TimeUnit.SECONDS);
            if (u != null && done.test(u)) {
                return u;
            }
        }
        fail("the preview did not reach the expected state");
        return null;
    }

    /** An open event stream, as a page's script holds one: its lines as they come. */
    final class Events implements AutoCloseable {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final java.util.concurrent.CompletableFuture<HttpResponse<Void>> response;

        Events() {
            HttpRequest request =
                    HttpRequest.newBuilder(url(PreviewServer.EVENTS)).GET().build();
            response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                    .thenApply(r -> {
                        assertTrue(r.headers()
                                .firstValue("Content-Type")
                                .orElse("")
                                .startsWith("text/event-stream"));
                        Thread t = new Thread(
                                () -> {
                                    try {
                                        r.body().forEach(lines::add);
                                    } catch (UncheckedIOException e) {
                                        // the server closed the stream: the test is over
                                    }
                                },
                                "test-events");
                        t.setDaemon(true);
                        t.start();
                        return null;
                    });
        }

        /** The data line of the next event of this kind. */
        String next(String event) throws InterruptedException {
            long end = System.nanoTime() + PATIENCE.toNanos();
            boolean seen = false;
            while (System.nanoTime() < end) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line == null) {
                    continue;
                }
                if (line.equals("event: " + event)) {
                    seen = true;
                } else if (seen && line.startsWith("data: ")) {
                    return line.substring("data: ".length());
                }
            }
            fail("no '" + event + "' event on " + PreviewServer.EVENTS);
            return null;
        }

        @Override
        public void close() {
            response.cancel(true);
        }
    }

    @Override
    public void close() {
        try {
            watching.close();
            server.close();
            preview.close();
        } finally {
            if (failure.get() != null) {
                throw new AssertionError("a refresh failed", failure.get());
            }
        }
    }
}
