package io.keyplan.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaGeneratorTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final JsonSchema SCHEMA =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(SchemaGenerator.json());

    static Set<ValidationMessage> check(String yaml) throws Exception {
        JsonNode doc = YAML.readTree(yaml);
        return SCHEMA.validate(doc);
    }

    @Test
    void committedCopyIsCurrent() throws Exception {
        String committed = Files.readString(Path.of("schema/account.schema.json"));
        assertEquals(
                SchemaGenerator.json(),
                committed,
                "schema/account.schema.json is out of date with the model; regenerate it with: "
                        + "mvn -q -DskipTests package && java -jar target/keyplan.jar schema > schema/account.schema.json");
    }

    /** All three committed copies, which the jar packs and every site publishes. */
    @ParameterizedTest
    @EnumSource(SchemaGenerator.Kind.class)
    void everyCommittedCopyIsCurrentAndPublished(SchemaGenerator.Kind kind) throws Exception {
        String committed = Files.readString(Path.of("schema", kind.fileName()));
        assertEquals(
                SchemaGenerator.json(kind),
                committed,
                "schema/" + kind.fileName() + " is out of date with the model; regenerate it with: "
                        + "mvn -q -DskipTests package && java -jar target/keyplan.jar schema " + kind.code()
                        + " > schema/" + kind.fileName());
        assertEquals(committed, Schema.json(kind));
        assertEquals(kind, SchemaGenerator.Kind.of(kind.code()));
    }

    /** Hovering in an editor explains every key: each property has words, and each value list its meanings. */
    @ParameterizedTest
    @EnumSource(SchemaGenerator.Kind.class)
    void everyPropertyIsDescribed(SchemaGenerator.Kind kind) {
        JsonNode root = SchemaGenerator.schema(kind);
        java.util.List<String> bare = new java.util.ArrayList<>();
        java.util.List<JsonNode> objects = new java.util.ArrayList<>(java.util.List.of(root));
        root.path("definitions").forEach(objects::add);
        for (JsonNode o : objects) {
            o.path("properties").fields().forEachRemaining(e -> {
                JsonNode p = e.getValue();
                if (!p.hasNonNull("description")
                        || p.get("description").asText().isBlank()) {
                    bare.add(e.getKey());
                }
                if (p.has("enum")
                        && !p.has("enumDescriptions")
                        && !e.getKey().equals("section")
                        && !e.getKey().equals("public_sections")) {
                    bare.add(e.getKey() + " (values)");
                }
            });
        }
        assertEquals(java.util.List.of(), bare, kind + ": keys without a description");
        assertTrue(root.at("/properties/name/examples/0").isTextual() || kind != SchemaGenerator.Kind.ACCOUNT);
    }

    @Test
    void enumValuesSayWhatTheyMean() {
        JsonNode attitude = SchemaGenerator.schema().at("/definitions/KeyPlayer/properties/attitude");
        assertEquals(
                "wants us to win and works for it",
                attitude.at("/enumDescriptions/0").asText());
        assertTrue(attitude.get("description").asText().startsWith("Attitude towards us. champion: wants us to win"));
        JsonNode probability = SchemaGenerator.schema().at("/definitions/Opportunity/properties/probability");
        assertEquals(60, probability.at("/examples/0").asInt());
        assertEquals(100, probability.get("maximum").asInt());
    }

    @Test
    void acceptsValidPlans() throws Exception {
        assertEquals(Set.of(), check("name: Acme\nowner: Jan de Vries\n"));
        assertEquals(Set.of(), check("""
                name: Acme
                owner: {name: Jan, email: jan@example.com}
                stage: cooperative
                status: at-risk
                last_review: 2026-01-15
                selection_scores: {revenue_potential: 8}
                completeness: {swot: 41-60}
                business_review:
                  revenue: {2024: 1200000, 2025: 1350000.5}
                forecast: {years_4_6: 300000}
                """));
    }

    @Test
    void everyExamplePlanValidatesAndNamesTheSchemaForEditors() throws Exception {
        try (java.util.stream.Stream<Path> dirs = Files.list(Path.of("content/accounts"))) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String yaml = Files.readString(dir.resolve("account.yaml"));
                assertEquals(Set.of(), check(yaml), dir.toString());
                assertTrue(
                        yaml.startsWith("# yaml-language-server: $schema=../../../schema/account.schema.json"),
                        dir.toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "owner: Jan\n", // name missing
                "name: Acme\nowner: Jan\nnmae: typo\n", // unknown key
                "name: Acme\nowner: {email: a@b.c}\n", // person without name
                "name: Acme\nowner: Jan\nstage: friendly\n", // not a stage
                "name: Acme\nowner: Jan\nlast_review: 15-01-2026\n", // not ISO
                "name: Acme\nowner: Jan\nselection_scores: {x: 11}\n", // range on map values
                "name: Acme\nowner: Jan\ncompleteness: {sowt: 0-20}\n", // not a section id
                "name: Acme\nowner: Jan\nbusiness_review: {revenue: {last: 5}}\n", // year keys
                "name: Acme\nowner: Jan\nswot: {strengths: [a], extra: 1}\n" // nested additionalProperties
            })
    void rejectsInvalidPlans(String yaml) throws Exception {
        assertFalse(check(yaml).isEmpty(), yaml);
    }

    @Test
    void describesFieldsFromDocAnnotations() {
        String json = SchemaGenerator.json();
        assertTrue(json.contains("\"description\" : \"The customer's name.\""));
        assertTrue(json.contains("\"$id\" : \"" + SchemaGenerator.ID + "\""));
    }

    /** The copy packed into the jar, which every site publishes, is the model's schema. */
    @Test
    void thePublishedSchemaIsTheGeneratedOne() {
        assertNotNull(Schema.class.getResource(Schema.RESOURCE), "packed by the build (pom.xml resources)");
        assertEquals(SchemaGenerator.json(), Schema.json());
    }
}
