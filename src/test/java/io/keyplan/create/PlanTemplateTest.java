package io.keyplan.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Content;
import io.keyplan.model.Field;
import io.keyplan.model.SectionId;
import io.keyplan.pipeline.SiteBuild;
import io.keyplan.pipeline.Stages;
import io.keyplan.schema.SchemaGenerator;
import io.keyplan.site.BuildInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanTemplateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private Path content() throws IOException {
        return Files.createDirectories(dir.resolve("content"));
    }

    static AccountPlan account(Content content, String slug) {
        return content.accounts().stream()
                .filter(a -> a.slug().equals(slug))
                .findFirst()
                .orElseThrow()
                .plan();
    }

    private static SiteBuild.Checked check(Path content) {
        return new SiteBuild(Stages.standard()).check(content, false, new BuildInfo(TODAY, "test"));
    }

    @Test
    void aNewPlanValidatesWithOnlyTheWarningsOfAPlanNotYetReviewedOrPlanned() throws Exception {
        Path content = content();
        NewAccount.create(content, "noordzee-foods", null, null);
        SiteBuild.Checked checked = check(content);
        List<Diagnostic> all = checked.diagnostics().all();
        assertEquals(
                List.of("stale-plan", "short-horizon"),
                all.stream().map(Diagnostic::rule).toList(),
                all.toString());
        assertEquals(1, checked.accounts());
        // Under --strict those two are errors, and a fresh plan says why: it has no review and no action.
        assertTrue(all.get(0).message().startsWith("the plan has never been reviewed"), all.toString());
    }

    @Test
    void nameAndOwnerComeBackAsTypedAndEverySectionIsAbsent() throws Exception {
        Path content = content();
        String[][] cases = {
            {"acme", "Smith: Sons & \"Co\" #1", "Anna Smit"},
            {"no", "No", "Yes"},
            {"three-m", "3M", "null"},
            {"uenal", "Ünal Gıda A.Ş.", "  Jörg Müller  "},
            {"backslash", "A\\B 'quoted' [x] {y} *z* - @home", "~"},
        };
        for (String[] c : cases) {
            NewAccount.create(content, c[0], c[1], c[2]);
        }
        Diagnostics d = new Diagnostics();
        Content loaded = new ContentLoader().load(content, TODAY, d);
        assertEquals(List.of(), d.all());
        for (String[] c : cases) {
            AccountPlan plan = account(loaded, c[0]);
            assertEquals(c[1], plan.name(), c[0]);
            assertEquals(c[2].strip(), plan.owner().name(), c[0]);
            for (Field f : Field.of(AccountPlan.class)) {
                Object value = f.component().getAccessor().invoke(plan);
                if (!f.key().equals("name") && !f.key().equals("owner")) {
                    assertTrue(
                            value == null
                                    || value instanceof java.util.Collection<?> l && l.isEmpty()
                                    || value instanceof java.util.Map<?, ?> m && m.isEmpty(),
                            f.key() + " should be absent in a new plan, is " + value);
                }
            }
        }
    }

    @Test
    void theNameIsMadeFromTheSlugAndTheOwnerIsAPlaceholder() throws Exception {
        Path content = content();
        NewAccount.create(content, "st-aldric-hospitals-2", null, null);
        AccountPlan plan =
                account(new ContentLoader().load(content, TODAY, new Diagnostics()), "st-aldric-hospitals-2");
        assertEquals("St Aldric Hospitals 2", plan.name());
        assertEquals(NewAccount.NO_OWNER, plan.owner().name());
    }

    @Test
    void everySectionIsCommentedOutInTheSpecsOrder() {
        List<String> lines = PlanTemplate.text("Acme", "Jan").lines().toList();
        List<String> sections = new ArrayList<>();
        for (String l : lines) {
            String key =
                    l.startsWith("# ") && l.endsWith(":") && !l.startsWith("#  ") ? l.substring(2, l.length() - 1) : "";
            if (PlanTemplate.sectionKeys().contains(key)) {
                sections.add(key);
            }
        }
        assertEquals(16, sections.size());
        assertEquals(
                java.util.Arrays.stream(SectionId.values()).map(SectionId::code).toList(), sections);
        // Nothing but name and owner is written as YAML; everything else is a comment or blank.
        List<String> yaml =
                lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(List.of("name: Acme", "owner: Jan"), yaml);
    }

    @Test
    void eachKeysHintIsItsDescriptionInTheSchema() {
        List<String> lines = PlanTemplate.text("Acme", "Jan").lines().toList();
        JsonNode properties =
                SchemaGenerator.schema(SchemaGenerator.Kind.ACCOUNT).get("properties");
        int checked = 0;
        for (var it = properties.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().equals("name") || e.getKey().equals("owner")) {
                continue;
            }
            int at = lines.indexOf("# " + e.getKey() + ":");
            if (at < 0) {
                at = lines.stream()
                        .filter(l -> l.startsWith("# " + e.getKey() + ":  # "))
                        .findFirst()
                        .map(lines::indexOf)
                        .orElse(-1);
            }
            assertTrue(at > 0, "no placeholder for " + e.getKey());
            String description = e.getValue().get("description").asText();
            String hint = lines.get(at - 1);
            if (e.getValue().has("enumDescriptions")) {
                // A key with a list of values: its own words; what each value means follows in the schema.
                assertTrue(description.startsWith(hint.substring(2) + " "), e.getKey() + ": " + hint);
            } else {
                assertEquals("# " + description, hint, e.getKey());
            }
            assertEquals("", lines.get(at - 2), "a blank line before the hint of " + e.getKey());
            checked++;
        }
        assertEquals(Field.of(AccountPlan.class).size() - 2, checked);
        assertTrue(
                lines.contains("# Section 0, Key account: why this customer is a key account and what they expect."));
    }

    @Test
    void takingTheCommentSignsAwayGivesKeysTheLoaderKnows() throws Exception {
        // Uncomment every block (a block is a hint line, placeholder lines, a blank line). The only
        // complaints may be required values left empty: every key is known and every shape right.
        List<String> out = new ArrayList<>();
        boolean hint = false;
        boolean header = true;
        for (String l : PlanTemplate.text("Acme", "Jan").lines().toList()) {
            if (header) {
                header = !l.startsWith("owner:"); // the introduction is prose, and stays a comment
                out.add(l);
            } else if (l.isBlank()) {
                hint = true;
                out.add(l);
            } else if (hint) {
                hint = false;
                out.add(l);
            } else {
                out.add(l.startsWith("# ") ? l.substring(2) : l);
            }
        }
        Path content = content();
        Path folder = Files.createDirectories(content.resolve("accounts/acme"));
        Files.writeString(folder.resolve("account.yaml"), String.join("\n", out) + "\n", StandardCharsets.UTF_8);
        Diagnostics d = new Diagnostics();
        new ContentLoader().load(content, TODAY, d);
        assertTrue(d.hasErrors(), "the list items' required keys are empty");
        for (Diagnostic x : d.all()) {
            assertEquals("required", x.rule(), x.toString());
        }
    }

    @Test
    void enumPlaceholdersListTheAllowedValues() {
        String text = PlanTemplate.text("Acme", "Jan");
        assertTrue(
                text.contains("# stage:  # exploratory | basic | cooperative | interdependent | integrated\n"), text);
        assertTrue(text.contains("#     attitude:  # champion | supporter | neutral | critic | opponent\n"), text);
        assertTrue(text.contains("#   - name:"), text);
    }
}
