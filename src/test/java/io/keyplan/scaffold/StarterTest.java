package io.keyplan.scaffold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.keyplan.schema.SchemaGenerator;
import io.keyplan.schema.Yaml12;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The new repository of {@code keyplan init}: every file there, filled in, agreeing with the
 * schemas and the editor settings, its workflows clean for actionlint, and a folder that is
 * either whole or not there. (That it validates and builds without a warning: InitCommandTest.)
 */
class StarterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path tmp;

    private Path init() throws Exception {
        Path repo = tmp.resolve("a/b/kam-plans");
        Starter.write(repo, "1.4.2", TODAY);
        return repo;
    }

    private static List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void writesEveryFileIntoAMissingFolderAndNothingBeside() throws Exception {
        Path repo = init();
        List<String> expected = new ArrayList<>(Starter.FILES);
        for (SchemaGenerator.Kind k : SchemaGenerator.Kind.values()) {
            expected.add("schema/" + k.fileName());
        }
        assertEquals(expected.stream().sorted().toList(), filesUnder(repo));
        try (Stream<Path> s = Files.list(repo.getParent())) {
            assertEquals(List.of(repo), s.toList(), "no staging folder is left beside it");
        }
        for (String f : filesUnder(repo)) {
            String text = Files.readString(repo.resolve(f));
            assertFalse(text.contains("@@"), f + " has a value left to fill in");
        }
        assertArrayEquals(
                SchemaGenerator.json(SchemaGenerator.Kind.ACCOUNT).getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(repo.resolve("schema/account.schema.json")));
    }

    @Test
    void theExampleIsDatedFromTodayAndTheWorkflowsPinTheRelease() throws Exception {
        Path repo = init();
        String plan = Files.readString(repo.resolve("content/accounts/example-customer/account.yaml"));
        assertTrue(plan.contains("last_review: 2026-11-29"), plan);
        assertTrue(plan.contains("due: 2027-03-29"), "beyond the 90-day horizon: " + plan);
        assertTrue(plan.contains("    2026: 450000"), plan);
        assertTrue(Files.readString(repo.resolve("content/portal.yaml")).contains("fiscal_year: 2026"));
        for (String wf : List.of("publish.yml", "pull-request.yml")) {
            String text = Files.readString(repo.resolve(".github/workflows/" + wf));
            assertTrue(text.contains("uses: keyplan/keyplan/.github/workflows/keyplan.yml@v1.4.2\n"), text);
            assertTrue(text.contains("keyplan-version: \"1.4.2\"\n"), text);
        }
        String page = Files.readString(repo.resolve("content/pages/how-we-work.md"));
        assertTrue(page.contains("\n{{ selection.attractiveness }}\n"), "figures come from portal.yaml");
        assertTrue(Starter.isRelease("1.4.2"));
        assertFalse(Starter.isRelease("dev"));
        assertFalse(Starter.isRelease("1.5.0-SNAPSHOT"));
    }

    @Test
    void everyYamlFilePassesItsSchemaAsAnEditorReadsIt() throws Exception {
        Path repo = init();
        Map<String, SchemaGenerator.Kind> files = Map.of(
                "content/portal.yaml", SchemaGenerator.Kind.PORTAL,
                "content/accounts/example-customer/account.yaml", SchemaGenerator.Kind.ACCOUNT);
        for (Map.Entry<String, SchemaGenerator.Kind> f : files.entrySet()) {
            Set<ValidationMessage> problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(SchemaGenerator.json(f.getValue()))
                    .validate(Yaml12.read(Files.readString(repo.resolve(f.getKey()))));
            assertEquals(Set.of(), problems, f.getKey());
        }
    }

    @Test
    void theEditorSettingsMapSchemasThatExistToFilesThatExist() throws Exception {
        Path repo = init();
        JsonMapper json =
                JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
        JsonNode settings = json.readTree(repo.resolve(".vscode/settings.json").toFile());
        JsonNode schemas = settings.get("yaml.schemas");
        Map<String, String> mapped = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            mapped.put(e.getKey(), e.getValue().asText());
        }
        assertEquals(
                Map.of(
                        "./schema/account.schema.json", "content/accounts/*/account.yaml",
                        "./schema/portal.schema.json", "content/portal.yaml"),
                mapped);
        List<String> files = filesUnder(repo);
        for (Map.Entry<String, String> e : mapped.entrySet()) {
            assertFalse(Path.of(e.getKey()).isAbsolute(), "relative, so the folder may move");
            assertTrue(Files.isRegularFile(repo.resolve(e.getKey())), e.getKey());
            PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + e.getValue());
            assertTrue(files.stream().anyMatch(f -> glob.matches(Path.of(f))), e.getValue() + " matches no file");
        }
        JsonNode extensions =
                json.readTree(repo.resolve(".vscode/extensions.json").toFile());
        assertEquals(
                "redhat.vscode-yaml", extensions.get("recommendations").get(0).asText());
    }

    @Test
    void aFolderThatIsNotEmptyOrAFileIsRefusedAndLeftAlone() throws Exception {
        Path full = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(full.resolve("notes.txt"), "mine");
        Starter.NotEmpty e = assertThrows(Starter.NotEmpty.class, () -> Starter.write(full, "1.0.0", TODAY));
        assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
        assertEquals(List.of("notes.txt"), filesUnder(full));

        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThrows(Starter.NotEmpty.class, () -> Starter.write(file, "1.0.0", TODAY));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void anEmptyFolderIsFilled() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Object before = Files.readAttributes(empty, BasicFileAttributes.class).fileKey();
        Starter.write(empty, "1.0.0", TODAY);
        assertTrue(Files.isRegularFile(empty.resolve("content/portal.yaml")));
        assertEquals(
                before,
                Files.readAttributes(empty, BasicFileAttributes.class).fileKey(),
                "the same folder, not a new one: it may be the shell's working directory (keyplan init .)");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(empty), s.toList(), "no staging folder is left beside it");
        }
    }

    @Test
    void aFailureLeavesNoHalfMadeRepository() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("README.md", new byte[] {'x'});
        files.put("content", new byte[] {'y'});
        // A file and a folder of the same name: the second write fails after the first succeeded.
        files.put("content/portal.yaml", new byte[] {'z'});
        Path repo = tmp.resolve("repo");
        assertThrows(IOException.class, () -> Starter.write(repo, files));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.toList(), "neither the folder nor its staging copy is left");
        }
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThrows(IOException.class, () -> Starter.write(empty, files));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(empty), s.toList(), "the empty folder is as it was");
        }
    }

    /**
     * actionlint, as .ci/run installs it ({@code KEYPLAN_ACTIONLINT}) or on the PATH; skipped
     * on a machine without it.
     */
    @Test
    void theWorkflowsPassActionlint() throws Exception {
        String actionlint = System.getenv("KEYPLAN_ACTIONLINT");
        if (actionlint == null || actionlint.isBlank()) {
            actionlint = onPath("actionlint");
        }
        Assumptions.assumeTrue(actionlint != null, "actionlint is not installed (.ci/run sets KEYPLAN_ACTIONLINT)");
        Path repo = init();
        for (String wf : List.of(".github/workflows/publish.yml", ".github/workflows/pull-request.yml")) {
            Process p = new ProcessBuilder(actionlint, wf)
                    .directory(repo.toFile())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "actionlint did not finish");
            assertEquals(0, p.exitValue(), wf + ":\n" + out);
            if (out.contains("Checking")) {
                // The WebAssembly build takes a glob: make sure it really read the file.
                assertTrue(out.contains("Checking 1 workflow file"), out);
            }
        }
    }

    private static String onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
