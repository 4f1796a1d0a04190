package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shell steps of the reusable workflow {@code .github/workflows/keyplan.yml} as they
 * stand, in the order of the file, against a fake release in a local folder (downloaded with
 * {@code file://} URLs): a typo in them fails here, not on a customer's runner. The steps that
 * {@code uses:} an action are not run; the one whose output the scripts read (configure-pages) is
 * stood in for. The fake {@code bin/keyplan} records how it was called.
 */
class ReusableWorkflowTest {
    static final Path WORKFLOW = Path.of(".github/workflows/keyplan.yml");
    static final String PAGES_URL = "https://acme.github.io/kam/";

    @TempDir
    Path dir;

    Path workspace;
    Path home;
    Path releases;
    Path calls;
    JsonNode workflow;
    String version;

    @BeforeEach
    void setUp() throws IOException {
        workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
        version =
                workflow.at("/on/workflow_call/inputs/keyplan-version/default").asText();
        workspace = Files.createDirectories(dir.resolve("workspace"));
        Files.createDirectories(workspace.resolve("content/accounts/acme"));
        home = Files.createDirectories(dir.resolve("home"));
        releases = Files.createDirectories(dir.resolve("releases"));
        calls = dir.resolve("calls.txt");
        fakeRelease(version);
    }

    /** {@code releases/v<version>/keyplan-<version>.tar.gz} and {@code SHA256SUMS}, as release.yml attaches them. */
    void fakeRelease(String v) throws IOException {
        Path tree = dir.resolve("tree-" + v);
        Path bin = Files.createDirectories(tree.resolve("keyplan-" + v + "/bin"));
        Files.createDirectories(tree.resolve("keyplan-" + v + "/lib"));
        Path keyplan = bin.resolve("keyplan");
        Files.writeString(keyplan, """
                #!/bin/bash
                # A stand-in for KeyPlan: records the call, answers like KeyPlan.
                echo "$*" >> "$KEYPLAN_CALLS"
                case "$1" in
                  --version) echo "KeyPlan %s" ;;
                  validate)
                    echo "::warning file=content/accounts/acme/account.yaml,line=3,title=review::stale"
                    echo "| file | line | message |" >> "$GITHUB_STEP_SUMMARY"
                    exit "${FAKE_VALIDATE_EXIT:-0}" ;;
                  build)
                    while (($#)); do [[ "$1" != --output ]] || out="$2"; shift; done
                    mkdir -p "$out" && echo "<html></html>" > "$out/index.html" ;;
                esac
                """.formatted(v));
        Files.setPosixFilePermissions(keyplan, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path folder = Files.createDirectories(releases.resolve("v" + v));
        String archive = "keyplan-" + v + ".tar.gz";
        assertEquals(0, exec(tree, "tar", "-czf", folder.resolve(archive).toString(), "keyplan-" + v));
        assertEquals(0, exec(folder, "bash", "-c", "sha256sum " + archive + " > SHA256SUMS"));
    }

    static int exec(Path cwd, String... command) {
        try {
            Process p = new ProcessBuilder(command)
                    .directory(cwd.toFile())
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().transferTo(System.out);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            return p.exitValue();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What a run of the build job did: the failed step (or null), its output, KeyPlan's calls. */
    record Run(String failedStep, String output, List<String> calls, String summary, String path) {
        boolean passed() {
            return failedStep == null;
        }
    }

    Run run(String event, Map<String, String> inputs) throws IOException {
        return run(event, inputs, Map.of());
    }

    /** The build job's run: steps in order, as a runner runs them: {@code bash -eo pipefail}, GITHUB_PATH between steps. */
    Run run(String event, Map<String, String> inputOverrides, Map<String, String> extraEnv) throws IOException {
        Map<String, String> inputs = new HashMap<>();
        workflow.at("/on/workflow_call/inputs")
                .fields()
                .forEachRemaining(
                        e -> inputs.put(e.getKey(), e.getValue().path("default").asText()));
        inputs.putAll(inputOverrides);
        boolean deploys = Boolean.parseBoolean(inputs.get("deploy")) && !event.equals("pull_request");

        JsonNode job = workflow.at("/jobs/build");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("JAVA_HOME", System.getProperty("java.home")); // as actions/setup-java leaves it
        env.put("KEYPLAN_CALLS", calls.toString());
        Path files = Files.createDirectories(dir.resolve("runner-" + System.nanoTime()));
        Path githubPath = files.resolve("path");
        Path summary = files.resolve("summary");
        Files.createFile(summary);
        env.put("GITHUB_PATH", githubPath.toString());
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("GITHUB_OUTPUT", files.resolve("output").toString());
        env.put("GITHUB_ENV", files.resolve("env").toString());
        Map<String, String> context = new HashMap<>();
        inputs.forEach((k, v) -> context.put("inputs." + k, v));
        context.put("github.event_name", event);
        context.put("github.workspace", workspace.toString());
        context.put("steps.pages.outputs.base_url", deploys ? PAGES_URL : "");
        job.path("env")
                .fields()
                .forEachRemaining(e -> env.put(e.getKey(), resolve(e.getValue().asText(), context)));
        // The release is downloaded from the local folder instead of GitHub.
        env.put("KEYPLAN_DOWNLOAD", releases.toUri().toString().replaceAll("/$", ""));
        env.putAll(extraEnv);

        StringBuilder output = new StringBuilder();
        String failed = null;
        for (JsonNode step : job.path("steps")) {
            if (!step.has("run")) {
                continue;
            }
            String name = step.path("name").asText();
            Map<String, String> stepEnv = new LinkedHashMap<>(env);
            step.path("env")
                    .fields()
                    .forEachRemaining(
                            e -> stepEnv.put(e.getKey(), resolve(e.getValue().asText(), context)));
            Path script = files.resolve("step.sh");
            Files.writeString(script, step.path("run").asText());
            ProcessBuilder pb = new ProcessBuilder(
                            "bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
                    .directory(workspace.toFile())
                    .redirectErrorStream(true);
            pb.environment().clear();
            pb.environment().putAll(stepEnv);
            try {
                Process p = pb.start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), name + " did not finish");
                output.append("## ").append(name).append('\n').append(out);
                if (p.exitValue() != 0) {
                    failed = name;
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            if (Files.exists(githubPath)) {
                // What a step adds to GITHUB_PATH comes first on the PATH of the steps after it.
                for (String line : Files.readAllLines(githubPath)) {
                    if (!line.isBlank()) {
                        env.put("PATH", line + ":" + env.get("PATH"));
                    }
                }
                Files.delete(githubPath);
            }
        }
        List<String> called = Files.exists(calls) ? Files.readAllLines(calls) : List.of();
        Files.deleteIfExists(calls);
        return new Run(failed, output.toString(), called, Files.readString(summary), env.get("PATH"));
    }

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([^}]*?)\\s*}}");

    /** {@code ${{ name }}} replaced by its value; any other expression is a test failure. */
    static String resolve(String value, Map<String, String> context) {
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = context.get(m.group(1));
            assertNotNull(v, "the test does not know the expression " + m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        return m.appendTail(out).toString();
    }

    /** The folder the workflow keeps between runs with actions/cache (build --cache). */
    String cache() {
        return home.resolve(".keyplan/build-cache").toString();
    }

    List<String> keyplanCalls(Run r) {
        return r.calls().stream().filter(c -> !c.equals("--version")).toList();
    }

    @Test
    void aPushChecksAndBuildsThePublicPortalForItsPagesAddress() throws IOException {
        Run r = run("push", Map.of());
        assertTrue(r.passed(), r.output());
        assertEquals(
                List.of(
                        "--version",
                        "validate --content content --format github --profile public",
                        "build --content content --output _site --profile public --cache " + cache() + " --base-url "
                                + PAGES_URL),
                r.calls());
        assertTrue(Files.isRegularFile(workspace.resolve("_site/index.html")));
        assertTrue(r.output().contains("::warning file=content/accounts/acme/account.yaml"), r.output());
        assertTrue(r.path().startsWith(home.resolve(".keyplan/" + version + "/bin") + ":"), r.path());
        assertTrue(r.summary().contains("| file | line | message |"), r.summary());
        assertTrue(r.summary().contains("Built the public portal"), r.summary());
    }

    @Test
    void aPullRequestBuildsTheInternalPreviewWithoutAnAddress() throws IOException {
        Run r = run("pull_request", Map.of());
        assertTrue(r.passed(), r.output());
        assertEquals(
                List.of(
                        "validate --content content --format github --profile public",
                        "build --content content --output _site --profile internal --cache " + cache()),
                keyplanCalls(r));
    }

    @Test
    void inputsReachKeyPlan() throws IOException {
        Files.createDirectories(workspace.resolve("plans/accounts"));
        Files.createDirectories(workspace.resolve("our-theme"));
        Run r = run(
                "schedule",
                Map.of(
                        "content", "plans",
                        "theme", "our-theme",
                        "profile", "internal",
                        "strict", "true",
                        "deploy", "false"));
        assertTrue(r.passed(), r.output());
        assertEquals(
                List.of(
                        "validate --content plans --format github --profile internal --strict",
                        "build --content plans --output _site --profile internal --cache " + cache()
                                + " --theme our-theme --strict"),
                keyplanCalls(r));
    }

    @Test
    void theReleaseIsDownloadedOnceAndThenTakenFromTheCache() throws IOException {
        assertTrue(run("push", Map.of()).passed());
        deleteTree(releases);
        Run again = run("push", Map.of());
        assertTrue(again.passed(), again.output());
        assertEquals(3, again.calls().size());
    }

    @Test
    void anotherVersionIsDownloadedFromItsOwnRelease() throws IOException {
        fakeRelease("1.2.3-rc.1");
        Run r = run("push", Map.of("keyplan-version", "1.2.3-rc.1"));
        assertTrue(r.passed(), r.output());
        assertTrue(r.output().contains("KeyPlan 1.2.3-rc.1"), r.output());
    }

    @Test
    void aWrongChecksumStopsBeforeAnythingIsInstalled() throws IOException {
        Path sums = releases.resolve("v" + version + "/SHA256SUMS");
        Files.writeString(sums, "0".repeat(64) + "  keyplan-" + version + ".tar.gz\n");
        Run r = run("push", Map.of());
        assertEquals("Install KeyPlan", r.failedStep(), r.output());
        assertTrue(
                r.output().contains("::error title=KeyPlan workflow::the checksum of keyplan-" + version), r.output());
        assertFalse(Files.exists(home.resolve(".keyplan/" + version + "/bin/keyplan")));
        assertTrue(r.calls().isEmpty());
    }

    @Test
    void aMissingReleaseSaysWhereItLooked() throws IOException {
        Run r = run("push", Map.of("keyplan-version", "9.9.9"));
        assertEquals("Install KeyPlan", r.failedStep(), r.output());
        assertTrue(r.output().contains("KeyPlan 9.9.9 could not be downloaded from"), r.output());
    }

    @Test
    void wrongInputsAreReportedBeforeAnyDownload() throws IOException {
        for (Map<String, String> inputs : List.of(
                Map.of("profile", "secret"),
                Map.of("keyplan-version", "latest"),
                Map.of("content", "no-such-folder"))) {
            Run r = run("push", inputs);
            assertEquals("Check the inputs", r.failedStep(), inputs + "\n" + r.output());
            assertTrue(r.output().contains("::error title=KeyPlan workflow::"), r.output());
        }
        assertFalse(Files.exists(home.resolve(".keyplan")));
    }

    @Test
    void plansWithErrorsAreNotBuilt() throws IOException {
        Run r = run("pull_request", Map.of(), Map.of("FAKE_VALIDATE_EXIT", "1"));
        assertEquals("Check the plans", r.failedStep(), r.output());
        assertEquals(List.of("validate --content content --format github --profile public"), keyplanCalls(r));
    }

    /**
     * The steps with the real distribution archive, when one is named: {@code .ci/run} passes
     * {@code -Dkeyplan.archive=target/keyplan-VERSION.tar.gz} after {@code mvn package}.
     */
    @Test
    @EnabledIfSystemProperty(named = "keyplan.archive", matches = ".+")
    void theRealArchiveChecksAndBuildsTheExample() throws IOException {
        Path archive = Path.of(System.getProperty("keyplan.archive")).toAbsolutePath();
        Path folder = releases.resolve("v" + version);
        Files.copy(archive, folder.resolve("keyplan-" + version + ".tar.gz"), StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, exec(folder, "bash", "-c", "sha256sum keyplan-" + version + ".tar.gz > SHA256SUMS"));
        deleteTree(workspace.resolve("content"));
        assertEquals(0, exec(Path.of("."), "cp", "-r", "content", workspace.toString()));
        Run r = run("push", Map.of("profile", "internal"));
        assertTrue(r.passed(), r.output());
        assertTrue(r.output().contains("KeyPlan " + version), r.output());
        assertTrue(r.output().contains("::warning file=content/accounts/"), "annotations: " + r.output());
        assertTrue(r.summary().contains("Built the internal portal"), r.summary());
        String account = Files.readString(workspace.resolve("_site/accounts/noordzee-foods/index.html"));
        assertTrue(
                account.contains("<link rel=\"canonical\" href=\"" + PAGES_URL + "accounts/noordzee-foods/\">"),
                "canonical link from the Pages address");
        assertTrue(Files.readString(workspace.resolve("_site/sitemap.xml")).contains(PAGES_URL));
    }

    @Test
    void theWorkflowIsWrittenSoThatThisTestHolds() throws IOException {
        List<String> problems = new ArrayList<>();
        workflow.path("jobs").fields().forEachRemaining(job -> {
            if (!job.getValue().has("timeout-minutes")) {
                problems.add(job.getKey() + ": no timeout-minutes");
            }
            for (JsonNode step : job.getValue().path("steps")) {
                if (step.has("run") && step.path("run").asText().contains("${{")) {
                    problems.add(step.path("name").asText() + ": an expression in run: (use env:)");
                }
                if (step.has("run") && step.has("if")) {
                    problems.add(step.path("name").asText() + ": a run: step with if: (this test runs it always)");
                }
            }
        });
        assertEquals(List.of(), problems);
        // The default release is the one this source becomes: release.yml checks it again at the tag.
        Matcher pom = Pattern.compile("</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(pom.find());
        assertEquals(pom.group(1), version, "keyplan-version's default in keyplan.yml is the pom's version");
    }

    static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
