package io.keyplan.preview;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Printable;
import io.keyplan.site.Audience;
import io.keyplan.site.SiteLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a {@link Preview} over HTTP for {@code keyplan serve}, on the JDK's own server. Only GET
 * and HEAD; paths are normalised and never leave the site; a folder address serves its
 * {@code index.html}; an unknown one the site's own 404 page.
 *
 * <p>Into every HTML page (and only there, and only here: {@code build} output never has it) it
 * puts one script tag for {@value #SCRIPT}. The script listens on {@value #EVENTS} (server-sent
 * events): after each refresh the server sends the new state, and an open page whose generation is
 * older reloads itself. The state also carries the errors, exactly as the command line prints
 * them, which the script shows over the last good page; the warnings in a small panel; and, for
 * {@code --profile public}, a banner. Everything under {@value #RESERVED} belongs to the server.
 */
public final class PreviewServer implements AutoCloseable {
    public static final String RESERVED = "/__keyplan/";
    public static final String SCRIPT = RESERVED + "live.js";
    public static final String EVENTS = RESERVED + "events";
    public static final String STATE = RESERVED + "state";

    /** How often an idle event stream gets a comment line, so a closed tab is noticed. */
    private static final long KEEP_ALIVE_SECONDS = 15;

    private static final String STOP = "";

    private final Preview preview;
    private final Audience audience;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Set<BlockingQueue<String>> listeners = ConcurrentHashMap.newKeySet();
    private final byte[] script;
    private volatile long generation;
    private volatile boolean closed;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private PreviewServer(Preview preview, Audience audience, HttpServer server) {
        this.preview = preview;
        this.audience = audience;
        this.server = server;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "keyplan-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            if (in == null) {
                throw new IllegalStateException("live.js is missing from the jar");
            }
            this.script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    /**
     * Binds the address (port 0: any free port) without serving yet, so that a port in use is
     * reported before the first build. Throws {@link java.net.BindException} when the port is
     * taken or the address is not this machine's.
     */
    public static PreviewServer bind(Preview preview, InetSocketAddress address, Audience audience) throws IOException {
        return new PreviewServer(preview, audience, HttpServer.create(address, 50));
    }

    /** Starts serving what {@code first} brought. */
    public void start(Preview.Update first) {
        generation = first.generation();
        server.start();
    }

    /** The address pages are served at, e.g. {@code http://127.0.0.1:1313/}. */
    public URI url() {
        InetSocketAddress a = server.getAddress();
        InetAddress ip = a.getAddress();
        String host = ip.isAnyLocalAddress() ? "127.0.0.1" : ip.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host.replaceFirst("%.*$", "") + "]";
        }
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    /** Tells every open page about a refresh; pages older than it reload. */
    public void published(Preview.Update update) {
        generation = update.generation();
        String event = "event: reload\ndata: " + state() + "\n\n";
        for (BlockingQueue<String> l : listeners) {
            l.offer(event);
        }
    }

    /** How many pages listen for reloads now. */
    public int listeners() {
        return listeners.size();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            Headers h = x.getResponseHeaders();
            h.set("Cache-Control", "no-store");
            h.set("X-Content-Type-Options", "nosniff");
            String method = x.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                h.set("Allow", "GET, HEAD");
                send(x, 405, "text/plain; charset=utf-8", bytes("Only GET and HEAD.\n"), false);
                return;
            }
            if (!hostAllowed(x)) {
                send(x, 421, "text/plain; charset=utf-8", bytes("Unknown host name for this preview.\n"), head);
                return;
            }
            String path = x.getRequestURI().getPath();
            if (path == null) {
                path = "/";
            }
            if (path.startsWith(RESERVED)) {
                reserved(x, path, head);
                return;
            }
            Optional<String> site = sitePath(path);
            if (site.isEmpty()) {
                notFound(x, head);
                return;
            }
            long at = generation;
            Optional<Preview.Served> file = preview.file(site.get());
            if (file.isEmpty()
                    && !path.endsWith("/")
                    && preview.file(site.get() + "/index.html").isPresent()) {
                // A folder without its slash: redirect, so the page's relative links work.
                String raw = x.getRequestURI().getRawPath() + "/";
                String query = x.getRequestURI().getRawQuery();
                h.set("Location", query == null ? raw : raw + "?" + query);
                send(x, 301, "text/plain; charset=utf-8", bytes("Moved to " + raw + "\n"), head);
                return;
            }
            if (file.isEmpty()) {
                if (preview.file(SiteLayout.HOME).isEmpty() && isPage(site.get())) {
                    // Never built without errors yet: a blank page, for the overlay to show the errors on.
                    send(x, 200, MediaTypes.HTML, withScript(bytes(blankPage()), at, profile()), head);
                } else {
                    notFound(x, head);
                }
                return;
            }
            Preview.Served served = file.get();
            byte[] body = served.contentType().startsWith("text/html")
                    ? withScript(served.bytes(), at, profile())
                    : served.bytes();
            send(x, 200, served.contentType(), body, head);
        } catch (IOException e) {
            // The browser went away mid-answer: nothing to tell anyone.
        }
    }

    private void reserved(HttpExchange x, String path, boolean head) throws IOException {
        switch (path) {
            case SCRIPT -> send(x, 200, "text/javascript; charset=utf-8", script, head);
            case STATE -> send(x, 200, "application/json", bytes(state()), head);
            case EVENTS -> {
                if (head) {
                    send(x, 200, "text/event-stream", new byte[0], true);
                } else {
                    events(x);
                }
            }
            default -> send(x, 404, "text/plain; charset=utf-8", bytes("Not found.\n"), head);
        }
    }

    /** One open page's event stream: the state now, then one event per refresh, until the page or the server goes. */
    private void events(HttpExchange x) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        x.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        x.sendResponseHeaders(200, 0);
        listeners.add(queue);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes("retry: 500\nevent: state\ndata: " + state() + "\n\n"));
            out.flush();
            while (!closed) {
                String event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (event == STOP) {
                    break;
                }
                out.write(bytes(event == null ? ": still here\n\n" : event));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            listeners.remove(queue);
        }
    }

    private void notFound(HttpExchange x, boolean head) throws IOException {
        long at = generation;
        Optional<Preview.Served> page = preview.file(SiteLayout.NOT_FOUND);
        byte[] body = page.map(Preview.Served::bytes).orElse(bytes(blankPage()));
        send(x, 404, MediaTypes.HTML, withScript(body, at, profile()), head);
    }

    private static void send(HttpExchange x, int status, String type, byte[] body, boolean head) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        if (head) {
            x.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            x.sendResponseHeaders(status, -1);
            return;
        }
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * Only the names this machine is reached by when the server listens on a loopback address: a web
     * page elsewhere cannot read the preview through a name of its own (DNS rebinding).
     */
    private boolean hostAllowed(HttpExchange x) {
        InetAddress bound = server.getAddress().getAddress();
        if (!bound.isLoopbackAddress()) {
            return true;
        }
        String host = x.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return true;
        }
        String name = host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
        return name.equals("localhost")
                || name.equals("127.0.0.1")
                || name.equals("[::1]")
                || name.equals(bound.getHostAddress())
                || name.endsWith(".localhost");
    }

    /**
     * The site path for a decoded URL path: {@code .} and {@code ..} resolved (never above the site),
     * empty segments dropped, a folder's {@code index.html}. Empty for what can never be a site file.
     */
    static Optional<String> sitePath(String urlPath) {
        if (!urlPath.startsWith("/") || urlPath.indexOf('\\') >= 0 || urlPath.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : urlPath.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(segment);
            }
        }
        String joined = String.join("/", parts);
        if (joined.isEmpty()) {
            return Optional.of(SiteLayout.HOME);
        }
        return Optional.of(urlPath.endsWith("/") ? joined + "/index.html" : joined);
    }

    private static boolean isPage(String sitePath) {
        return sitePath.endsWith(".html")
                || !sitePath.substring(sitePath.lastIndexOf('/') + 1).contains(".");
    }

    /** The page with the live script before its last {@code </body>} (at the end when it has none). */
    static byte[] withScript(byte[] page, long generation, String profile) {
        String html = new String(page, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + SCRIPT + "\" data-generation=\"" + generation + "\" data-profile=\"" + profile
                + "\"></script>\n";
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? html + tag : html.substring(0, at) + tag + html.substring(at);
        return bytes(out);
    }

    private String profile() {
        return audience.name().toLowerCase(Locale.ROOT);
    }

    private static String blankPage() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>KeyPlan preview</title></head><body></body></html>\n";
    }

    /** The state the script shows: the generation, the profile, each error and warning as the command line prints it. */
    String state() {
        Diagnostics d = preview.diagnostics();
        List<Diagnostic> all = d.all();
        StringBuilder out = new StringBuilder("{\"generation\":").append(generation);
        out.append(",\"profile\":\"")
                .append(audience.name().toLowerCase(Locale.ROOT))
                .append('"');
        out.append(",\"errors\":");
        list(out, all.stream().filter(Diagnostic::isError).toList());
        out.append(",\"warnings\":");
        list(out, all.stream().filter(f -> !f.isError()).toList());
        out.append(",\"errorCount\":").append(d.errorCount());
        out.append(",\"warningCount\":").append(d.warningCount());
        out.append(",\"omitted\":");
        json(out, d.omitted() > 0 ? Printable.omittedLine(d.omitted()) : "");
        return out.append('}').toString();
    }

    private static void list(StringBuilder out, List<Diagnostic> found) {
        out.append('[');
        for (int i = 0; i < found.size(); i++) {
            Diagnostic d = found.get(i);
            out.append(i == 0 ? "" : ",").append("{\"text\":");
            // Exactly the lines TextFormat prints: the finding, then its indented hint.
            json(out, d.toString());
            out.append(",\"hint\":");
            json(out, d.hint() == null || d.hint().isBlank() ? "" : "    hint: " + Printable.escape(d.hint()));
            out.append('}');
        }
        out.append(']');
    }

    /** A JSON string; {@code <}, {@code >} and {@code &} as escapes too, and nothing that ends an event line. */
    static void json(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Stops serving at once: open event streams end, the port is free again. */
    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        closed = true;
        for (BlockingQueue<String> l : listeners) {
            l.offer(STOP);
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
