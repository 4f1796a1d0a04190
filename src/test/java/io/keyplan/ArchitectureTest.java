package io.keyplan;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, as {@code docs/architecture.md} draws it: which package may use which
 * (the table below is the one in that document, and a test holds the two together), no cycle
 * between packages, no two classes that use each other, and a {@code package-info.java} in every
 * package saying what it is for.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.keyplan");

    /**
     * Package (under io.keyplan) -> the packages it may use. Foundations first, then the pipeline's
     * stages in the order data takes through them, then what drives them.
     */
    static final Map<String, List<String>> MAY_USE = layers();

    private static Map<String, List<String>> layers() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("model", List.of());
        m.put("text", List.of());
        m.put("internal", List.of());
        m.put("cache", List.of());
        m.put("diagnostic", List.of("model", "text"));
        m.put("link", List.of("text"));
        m.put("markdown", List.of("link", "text"));
        m.put("load", List.of("model", "diagnostic", "text"));
        m.put("analyse", List.of("model"));
        m.put("history", List.of("model", "diagnostic", "load", "analyse"));
        m.put("profile", List.of("model", "diagnostic", "text"));
        m.put("site", List.of("model", "diagnostic", "profile"));
        m.put("validate", List.of("model", "diagnostic", "text", "link", "markdown", "load", "analyse", "site"));
        m.put("render.chart", List.of("model", "text"));
        m.put(
                "render",
                List.of(
                        "model",
                        "text",
                        "link",
                        "markdown",
                        "analyse",
                        "history",
                        "site",
                        "internal",
                        "cache",
                        "render.chart"));
        m.put(
                "publish",
                List.of("model", "diagnostic", "text", "load", "analyse", "history", "site", "validate", "internal"));
        m.put("schema", List.of("model"));
        m.put("scaffold", List.of("schema"));
        m.put("create", List.of("model", "diagnostic", "load", "validate"));
        m.put("intake", List.of("model", "diagnostic", "load"));
        m.put(
                "pipeline",
                List.of(
                        "model",
                        "diagnostic",
                        "load",
                        "validate",
                        "analyse",
                        "history",
                        "profile",
                        "site",
                        "render",
                        "publish",
                        "schema",
                        "cache"));
        m.put(
                "preview",
                List.of(
                        "model",
                        "diagnostic",
                        "text",
                        "load",
                        "validate",
                        "analyse",
                        "history",
                        "profile",
                        "site",
                        "render",
                        "publish",
                        "schema",
                        "pipeline"));
        m.put(
                "cli",
                List.of(
                        "model",
                        "diagnostic",
                        "text",
                        "site",
                        "publish",
                        "schema",
                        "scaffold",
                        "create",
                        "intake",
                        "pipeline",
                        "preview"));
        return m;
    }

    @Test
    void everyPackageUsesOnlyThePackagesItsLayerAllows() {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String p : MAY_USE.keySet()) {
            // "render" holds render.chart as its own layer: a package's layer is that package alone.
            rule = rule.layer(p).definedBy("io.keyplan." + p);
        }
        for (Map.Entry<String, List<String>> e : MAY_USE.entrySet()) {
            rule = e.getValue().isEmpty()
                    ? rule.whereLayer(e.getKey()).mayNotAccessAnyLayer()
                    : rule.whereLayer(e.getKey())
                            .mayOnlyAccessLayers(e.getValue().toArray(String[]::new));
        }
        rule.check(MAIN);
    }

    @Test
    void everyPackageIsInTheTable() {
        Set<String> packages = MAIN.stream()
                .map(JavaClass::getPackageName)
                .filter(n -> n.startsWith("io.keyplan."))
                .map(n -> n.substring("io.keyplan.".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(MAY_USE.keySet()), packages, "a new package needs its row in the layer table");
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching("io.keyplan.(**)").should().beFreeOfCycles().check(MAIN);
    }

    /** Two classes that use each other are one idea in two files, or a back-arrow in disguise. */
    @Test
    void noTwoClassesUseEachOther() {
        Map<String, Set<String>> uses = new HashMap<>();
        for (JavaClass c : MAIN) {
            String from = topLevel(c).getName();
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                if (target.getPackageName().startsWith("io.keyplan")) {
                    String to = topLevel(target).getName();
                    if (!to.equals(from)) {
                        uses.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                    }
                }
            }
        }
        List<String> pairs = new ArrayList<>();
        uses.forEach((a, targets) -> targets.stream()
                .filter(b ->
                        a.compareTo(b) < 0 && uses.getOrDefault(b, Set.of()).contains(a))
                .forEach(b -> pairs.add(a + " <-> " + b)));
        pairs.sort(null);
        assertEquals(List.of(), pairs);
    }

    @Test
    void everyPackageSaysWhatItIsForAndWhoMayUseIt() throws IOException {
        Path root = Path.of("src/main/java/io/keyplan");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> files = Files.list(dir)) {
                    hasJava = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                Path info = dir.resolve("package-info.java");
                if (hasJava
                        && (!Files.isRegularFile(info)
                                || !Files.readString(info).contains("/**"))) {
                    missing.add(root.relativize(dir).toString());
                }
            }
        }
        assertEquals(List.of(), missing, "packages without a package-info.java that says what they are for");
    }

    @Test
    void theLayerTableIsTheOneInTheArchitectureDocument() throws IOException {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        for (Map.Entry<String, List<String>> e : MAY_USE.entrySet()) {
            String row = "| `" + e.getKey() + "` | "
                    + (e.getValue().isEmpty()
                            ? "-"
                            : e.getValue().stream().map(p -> "`" + p + "`").collect(Collectors.joining(", ")))
                    + " |";
            assertTrue(doc.contains(row), "docs/architecture.md lacks the row: " + row);
        }
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }
}
