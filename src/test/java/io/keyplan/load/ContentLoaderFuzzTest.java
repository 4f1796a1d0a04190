package io.keyplan.load;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.keyplan.analyse.PortfolioAnalyser;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.model.Content;
import io.keyplan.pipeline.SiteBuild;
import io.keyplan.pipeline.Stages;
import io.keyplan.profile.PublicProfile;
import io.keyplan.publish.PortfolioData;
import io.keyplan.render.SiteRenderer;
import io.keyplan.render.Theme;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import io.keyplan.testing.Budget;
import io.keyplan.testing.Findings;
import io.keyplan.testing.SiteInMemory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fuzzes the YAML loader and {@code validate}: the input is written as the {@code account.yaml}
 * of a one-account content folder, which is then checked as {@code keyplan validate} does. Every
 * error must point at a place in the file (a warning may be about the plan as a whole), every finding
 * must be in plain words (no Java internals), no input may
 * throw or take over a second, and whatever {@code validate} lets through must build: rendered,
 * internal and public, with the data files, without an exception.
 *
 * <p>The input is the file itself: a seed in
 * {@code src/test/resources/io/keyplan/load/ContentLoaderFuzzTestInputs/accountYaml/} is a plain
 * {@code account.yaml}. See docs/testing.md.
 */
class ContentLoaderFuzzTest {
    private static final LocalDate BUILD_DATE = LocalDate.of(2026, 11, 23);
    private static final BuildInfo INTERNAL = new BuildInfo(BUILD_DATE, "fuzz", Audience.INTERNAL);
    private static final BuildInfo PUBLIC = new BuildInfo(BUILD_DATE, "fuzz", Audience.PUBLIC);
    private static final Theme THEME = Theme.load(Path.of("site-theme"));
    private static final Path CONTENT = contentFolder();
    private static final Path ACCOUNT_YAML = CONTENT.resolve("accounts/fuzz-co/account.yaml");
    /** What Java, not a person, writes: class names, exception names, object ids, stack frames. */
    private static final Pattern JAVA_INTERNALS = Pattern.compile(
            "org\\.|java\\.|javax\\.|com\\.fasterxml|snakeyaml|Exception|Error:|\\bat [a-z]+\\.|@[0-9a-f]{5,}\\b|\\$[A-Z]\\w*\\(|\\bnull\\b");
    /** Every character that may start a new line for somebody counting lines. */
    private static final Pattern ANY_LINE_BREAK = Pattern.compile("\\r\\n|[\\n\\r\\u0085\\u2028\\u2029]");

    @FuzzTest(maxDuration = "60s")
    void accountYaml(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        write(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        SiteBuild.Checked checked =
                Budget.run("validate", () -> new SiteBuild(Stages.standard()).check(CONTENT, false, INTERNAL));
        for (Diagnostic d : checked.diagnostics().all()) {
            checkDiagnostic(d, text);
        }
        if (checked.diagnostics().hasErrors()) {
            return;
        }
        try {
            Budget.run("build", () -> build(checked.content(), checked.analysis()));
        } catch (AssertionError e) {
            throw e; // a hang, already in words
        } catch (RuntimeException | Error e) {
            Findings.fail(
                    "build failed: " + e.getClass().getName(),
                    "validate found no error, but build failed (" + e + ") on:\n" + text + "\n" + stack(e));
        }
    }

    /** What {@code keyplan build} does after the check, internal and public, into memory. */
    private static Void build(Content content, PortfolioAnalysis analysis) {
        SiteInMemory internal = new SiteInMemory();
        new SiteRenderer(THEME).render(content, analysis, INTERNAL, internal);
        internal.writeText("data/portfolio.json", PortfolioData.json(content, analysis, BUILD_DATE));
        internal.writeText("data/portfolio.csv", PortfolioData.csv(content, analysis, BUILD_DATE));
        Content shown = PublicProfile.filter(content);
        new SiteRenderer(THEME).render(shown, PortfolioAnalyser.analyse(shown, BUILD_DATE), PUBLIC, new SiteInMemory());
        return null;
    }

    private static void checkDiagnostic(Diagnostic d, String input) {
        List<String> wrong = new ArrayList<>();
        if (d.at().file() == null || d.at().file().isBlank()) {
            wrong.add("it names no file");
        }
        // A warning may be about the plan as a whole ("never reviewed": there is no line for what is
        // missing); an error always has a place the user must go to.
        if (d.isError() && (d.at().line() < 1 || d.at().column() < 1)) {
            wrong.add("it has no line and column");
        }
        if (d.at().line() < 0 || d.at().column() < 0 || (d.at().line() > 0 && d.at().column() < 1)) {
            wrong.add("its position " + d.at().line() + ":" + d.at().column() + " is not a place in a file");
        }
        long lines = ANY_LINE_BREAK.matcher(input).results().count() + 1;
        if (d.at().file() != null && d.at().file().endsWith("account.yaml") && d.at().line() > lines) {
            wrong.add("its line " + d.at().line() + " is past the end of the file (" + lines + " lines at most)");
        }
        for (String words : new String[] {d.message(), d.hint()}) {
            if (words == null) {
                continue;
            }
            var m = JAVA_INTERNALS.matcher(words);
            while (m.find()) {
                if (!input.contains(m.group())) { // the user's own text, quoted back, is not an internal
                    wrong.add("it shows Java internals ('" + m.group() + "')");
                    break;
                }
            }
        }
        if (!wrong.isEmpty()) {
            String kind = d.rule() + ": " + String.join("; ", wrong).replaceAll("'[^']*'|\\d+", "_");
            Findings.fail(
                    kind,
                    "a finding is not fit for a user: " + String.join("; ", wrong) + "\nfinding: " + d + " [hint: "
                            + d.hint() + "]\ninput:\n" + input);
        }
    }

    private static String stack(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    private static void write(byte[] bytes) {
        try {
            Files.write(ACCOUNT_YAML, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One content folder for all inputs, removed when the JVM ends. */
    private static Path contentFolder() {
        try {
            Path root = Files.createTempDirectory("keyplan-fuzz-content");
            Files.createDirectories(root.resolve("accounts/fuzz-co"));
            Files.writeString(root.resolve("portal.yaml"), """
                    title: Fuzz Portal
                    public_sections: [overview, business_analysis, business_review, competition, swot, ambition, mission,
                      strategic_fit, objectives, investments, opportunities, forecast, actions, team, why]
                    """);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp folder left behind is no reason to fail a test run
        }
    }
}
