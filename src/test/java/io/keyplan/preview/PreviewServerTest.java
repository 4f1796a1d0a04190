package io.keyplan.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.site.Audience;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keyplan serve} over real HTTP, on a copy of the example content that the tests edit. */
class PreviewServerTest {
    private static final String ACCOUNT = "accounts/cerealis/account.yaml";

    @TempDir
    Path tmp;

    @Test
    void servesPagesAndReloadsOpenPagesAfterAnEdit() throws Exception {
        try (Served s = Served.example(tmp, Audience.INTERNAL);
                Served.Events events = s.new Events()) {
            HttpResponse<String> page = s.get("/accounts/cerealis/");
            assertEquals(200, page.statusCode());
            assertEquals(
                    "text/html; charset=utf-8",
                    page.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(page.body().contains("Coopérative Céréalis"));
            assertTrue(
                    page.body()
                            .contains(
                                    "<script src=\"/__keyplan/live.js\" data-generation=\"1\" data-profile=\"internal\"></script>\n</body>"));
            assertTrue(events.next("state").startsWith("{\"generation\":1,"));

            Path file = s.content.resolve(ACCOUNT);
            edit(file, "name: Coopérative Céréalis", "name: Coopérative Céréalis Nord");
            Preview.Update update = s.nextUpdate();
            assertEquals(13, update.accounts());
            assertEquals(ACCOUNT, update.what());
            String reload = events.next("reload");
            assertTrue(reload.startsWith("{\"generation\":2,"), reload);
            String after = s.get("/accounts/cerealis/").body();
            assertTrue(after.contains("Coopérative Céréalis Nord"));
            assertTrue(after.contains("data-generation=\"2\""));
        }
    }

    @Test
    void brokenYamlShowsTheErrorOverTheLastGoodSiteUntilItIsFixed() throws Exception {
        try (Served s = Served.example(tmp, Audience.INTERNAL);
                Served.Events events = s.new Events()) {
            events.next("state");
            Path file = s.content.resolve(ACCOUNT);
            String good = Files.readString(file);
            edit(file, "status: prospect", "status: prospekt");
            s.until(u -> u.diagnostics().hasErrors());
            String state = events.next("reload");
            String where =
                    s.content.toString().replace('\\', '/') + "/" + ACCOUNT + ":8:9: error: 'status' must be one of";
            assertTrue(state.contains("\"errors\":[{\"text\":\"" + where), state);
            assertTrue(state.contains("did you mean 'prospect'?"), state);
            assertTrue(s.get(PreviewServer.STATE).body().contains(where));
            // The last good version stays underneath.
            HttpResponse<String> page = s.get("/accounts/cerealis/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Coopérative Céréalis"));

            Files.writeString(file, good);
            s.until(u -> !u.diagnostics().hasErrors());
            String fixed = events.next("reload");
            assertTrue(fixed.contains("\"errors\":[]"), fixed);
            assertTrue(s.get(PreviewServer.STATE).body().contains("\"errors\":[]"));
        }
    }

    @Test
    void aDeletedAccountIsGoneAndANewOneAppears() throws Exception {
        try (Served s = Served.example(tmp, Audience.INTERNAL)) {
            assertTrue(s.get("/").body().contains("accounts/cerealis/"));
            Path folder = s.content.resolve("accounts/cerealis");
            Path kept = tmp.resolve("kept-cerealis");
            Served.copy(folder, kept);
            delete(folder);
            s.until(u -> u.accounts() == 12);
            HttpResponse<String> gone = s.get("/accounts/cerealis/");
            assertEquals(404, gone.statusCode());
            assertTrue(gone.body().contains("<html"), "the site's own 404 page");
            assertTrue(s.preview.file("404.html").isPresent());
            assertFalse(s.get("/").body().contains("accounts/cerealis/"));

            // A new account folder, made the way a file manager does: folder first, then its file.
            Path added = s.content.resolve("accounts/graanhandel-oost");
            Files.createDirectories(added);
            Files.writeString(
                    added.resolve("account.yaml"),
                    Files.readString(kept.resolve("account.yaml"))
                            .replace("name: Coopérative Céréalis", "name: Graanhandel Oost"));
            s.until(u -> u.accounts() == 13);
            HttpResponse<String> page = s.get("/accounts/graanhandel-oost/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Graanhandel Oost"));
            assertTrue(s.get("/").body().contains("accounts/graanhandel-oost/"));
        }
    }

    @Test
    void anEditorThatSavesByRenameIsSeen() throws Exception {
        try (Served s = Served.example(tmp, Audience.INTERNAL)) {
            Path file = s.content.resolve(ACCOUNT);
            Path scratch = file.resolveSibling(".account.yaml.tmp-save");
            Files.writeString(
                    scratch, Files.readString(file).replace("industry: Food processing", "industry: Milling"));
            Files.move(
                    scratch,
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            s.until(u -> u.generation() == 2);
            assertTrue(s.get("/accounts/cerealis/").body().contains("Milling"));
        }
    }

    @Test
    void onlyGetAndHeadPathsStayInTheSiteFoldersServeTheirIndex() throws Exception {
        try (Served s = Served.example(tmp, Audience.INTERNAL)) {
            HttpResponse<String> post = s.send(HttpRequest.newBuilder(s.url("/"))
                    .POST(HttpRequest.BodyPublishers.ofString("x"))
                    .build());
            assertEquals(405, post.statusCode());
            assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
            HttpResponse<String> head = s.send(HttpRequest.newBuilder(s.url("/assets/css/keyplan.css"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build());
            assertEquals(200, head.statusCode());
            assertEquals(
                    "text/css; charset=utf-8",
                    head.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("", head.body());
            HttpResponse<String> folder = s.get("/accounts/cerealis");
            assertEquals(301, folder.statusCode());
            assertEquals(
                    "/accounts/cerealis/",
                    folder.headers().firstValue("Location").orElseThrow());
            assertEquals(200, s.get("/accounts/cerealis/index.html").statusCode());
            assertEquals(404, s.get("/accounts/cerealis/account.yaml").statusCode());
            assertEquals(
                    "application/json",
                    s.get("/data/portfolio.json")
                            .headers()
                            .firstValue("Content-Type")
                            .orElseThrow());
            assertEquals(200, s.get("/schema/account.schema.json").statusCode());
            // The script is injected into HTML only.
            assertFalse(s.get("/assets/css/keyplan.css").body().contains("__keyplan"));
            assertTrue(s.get("/__keyplan/live.js").body().contains("EventSource"));
            assertEquals(404, s.get("/__keyplan/nothing").statusCode());
        }
    }

    @Test
    void contentWithErrorsFromTheStartShowsThemOnABlankPage() throws Exception {
        Path content = tmp.resolve("content");
        Served.copy(Path.of("content"), content);
        Path portal = content.resolve("portal.yaml");
        Files.writeString(portal, Files.readString(portal) + "\nnot_a_key: 1\n");
        try (Served s = Served.existing(content, Audience.INTERNAL)) {
            HttpResponse<String> page = s.get("/accounts/cerealis/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<script src=\"/__keyplan/live.js\""), page.body());
            String state = s.get(PreviewServer.STATE).body();
            assertTrue(state.contains("portal.yaml:"), state);
            assertTrue(state.contains("not_a_key"), state);
            assertEquals(404, s.get("/assets/css/keyplan.css").statusCode());
        }
    }

    @Test
    void urlPathsAreNormalisedAndNeverLeaveTheSite() {
        assertEquals(Optional.of("index.html"), PreviewServer.sitePath("/"));
        assertEquals(Optional.of("index.html"), PreviewServer.sitePath("//./"));
        assertEquals(Optional.of("accounts/acme/index.html"), PreviewServer.sitePath("/accounts/acme/"));
        assertEquals(Optional.of("accounts/acme"), PreviewServer.sitePath("/accounts/acme"));
        assertEquals(Optional.of("assets/x.css"), PreviewServer.sitePath("/accounts/../assets/./x.css"));
        assertEquals(Optional.empty(), PreviewServer.sitePath("/../etc/passwd"));
        assertEquals(Optional.empty(), PreviewServer.sitePath("/accounts/../../x"));
        assertEquals(Optional.empty(), PreviewServer.sitePath("/a\\..\\..\\x"));
        assertEquals(Optional.empty(), PreviewServer.sitePath("/a\0b"));
        assertEquals(Optional.empty(), PreviewServer.sitePath("relative"));
    }

    @Test
    void aWebPageElsewhereCannotReadThePreviewThroughANameOfItsOwn() throws Exception {
        try (Served s = Served.example(tmp, Audience.INTERNAL)) {
            String status;
            try (java.net.Socket socket = new java.net.Socket(
                    java.net.InetAddress.getLoopbackAddress(), s.server.url().getPort())) {
                socket.getOutputStream()
                        .write("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                status = new java.io.BufferedReader(
                                new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
            }
            assertTrue(status.startsWith("HTTP/1.1 421 "), status);
            assertEquals(200, s.get("/").statusCode(), "127.0.0.1 is served");
        }
    }

    @Test
    void theStateIsEscapedJson() {
        StringBuilder out = new StringBuilder();
        PreviewServer.json(out, "a\"b\\c\n</script><!--&\u2028\u0001");
        assertEquals("\"a\\\"b\\\\c\\n\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u0001\"", out.toString());
    }

    @Test
    void thePublicProfileIsPreviewedWithItsBanner() throws Exception {
        try (Served s = Served.example(tmp, Audience.PUBLIC)) {
            assertTrue(s.get(PreviewServer.STATE).body().contains("\"profile\":\"public\""));
            assertTrue(s.get("/__keyplan/live.js").body().contains("Public preview"));
            assertTrue(s.get("/").body().contains("data-profile=\"public\""));
            assertEquals(404, s.get("/data/portfolio.json").statusCode(), "no data files in a public site");
        }
    }

    @Test
    void shutdownLeavesNoTemporaryFolderAndFreesThePort() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = serveFolders(temp);
        Served s = Served.example(tmp, Audience.INTERNAL);
        java.net.InetSocketAddress at = new java.net.InetSocketAddress(
                java.net.InetAddress.getLoopbackAddress(), s.server.url().getPort());
        s.close();
        assertEquals(before, serveFolders(temp));
        try (java.net.ServerSocket again = new java.net.ServerSocket()) {
            again.bind(at);
        }
    }

    private static long serveFolders(Path temp) throws Exception {
        try (Stream<Path> list = Files.list(temp)) {
            return list.filter(p -> p.getFileName().toString().startsWith("keyplan-serve-"))
                    .count();
        }
    }

    static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    static void delete(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
