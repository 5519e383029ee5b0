package org.plumbline.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The JSON Schema for editors, docs/scenario.schema.json, agrees with the reader: every valid
 * scenario file and every built-in scenario validates, and unknown keys that the reader refuses are
 * refused by the schema too. YAML is converted with SnakeYAML Engine's core schema (as an editor's
 * YAML language server would), then to JSON with Jackson.
 */
class ScenarioSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMA_FILE = schemaFile();
    private static final JsonSchema SCHEMA = schema();
    private static final Path VALID = ScenarioCorpusTest.folder("/scenario-valid");
    private static final Path CORPUS = ScenarioCorpusTest.folder("/scenario-corpus");

    static Stream<String> validFiles() throws IOException {
        return ScenarioValidFilesTest.files();
    }

    static Stream<String> builtins() {
        return ScenarioReader.builtinNames().stream();
    }

    @Test
    void schemaIsValidDraft202012() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> problems = meta.validate(JSON.readTree(SCHEMA_FILE.toFile()));
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void validFilesValidate(String name) throws IOException {
        assertValid(name, Files.readString(VALID.resolve(name), StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "builtin:{0}", allowZeroInvocations = true)
    @MethodSource("builtins")
    void builtinScenariosValidate(String name) throws IOException {
        String resource = "org/plumbline/io/scenarios/" + name + ".yaml";
        try (InputStream in = ScenarioReader.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, "missing resource " + resource);
            assertValid(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void exampleOfTheFormatDocumentValidates() throws IOException {
        String doc = Files.readString(SCHEMA_FILE.resolveSibling("scenario-format.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```yaml\n");
        assertTrue(start >= 0, "docs/scenario-format.md has a ```yaml example");
        int end = doc.indexOf("```", start + 8);
        assertValid("the example of docs/scenario-format.md", doc.substring(start + 8, end));
    }

    /** Each corpus file here is refused by the reader for the key named; the schema must name it too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "09-wrong-version.yaml, plumbline",
        "11-unknown-top-level-key.yaml, titel",
        "12-unknown-key-in-system.yaml, lanch-on-remote",
        "13-unknown-key-in-interceptor.yaml, burnout-sped",
        "14-unknown-key-in-position.yaml, altitde",
        "19-bad-ids.yaml, NATO",
        "48-unknown-region.yaml, region",
        "49-targets-two-kinds.yaml, targets",
        "53-both-at-least-and-at-most.yaml, count",
        "63-unknown-keys-in-threats-and-criteria.yaml, launch-area",
        "63-unknown-keys-in-threats-and-criteria.yaml, burn-tme",
        "63-unknown-keys-in-threats-and-criteria.yaml, min-populaton",
        "63-unknown-keys-in-threats-and-criteria.yaml, margin",
        "64-unknown-keys-in-value-map.yaml, rnage",
        "64-unknown-keys-in-value-map.yaml, label",
    })
    void refusedKeysAreRefusedByTheSchema(String name, String key) throws IOException {
        Set<ValidationMessage> problems = validate(Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8));
        assertFalse(problems.isEmpty(), name + " should not validate");
        assertTrue(problems.stream().anyMatch(m -> m.getMessage().contains(key)),
                name + ": no message names " + key + ":\n" + describe(problems));
    }

    @Test
    void conversionKeepsYamlTypes() {
        JsonNode n = json("plumbline: 1\nid: x\ntitle: '2024'\nsystems: {a: {launch-on-remote: no}}\n");
        assertEquals(1, n.get("plumbline").intValue());
        assertTrue(n.get("title").isTextual());
        assertEquals("no", n.get("systems").get("a").get("launch-on-remote").textValue(),
                "YAML 1.2 reads no as a string; the schema accepts it as the reader does");
    }

    // ------------------------------------------------------------------ helpers

    private static void assertValid(String name, String yaml) {
        Set<ValidationMessage> problems = validate(yaml);
        assertTrue(problems.isEmpty(), name + ":\n" + describe(problems));
    }

    private static Set<ValidationMessage> validate(String yaml) {
        return SCHEMA.validate(json(yaml));
    }

    private static JsonNode json(String yaml) {
        Object tree = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        return JSON.valueToTree(tree);
    }

    private static String describe(Set<ValidationMessage> problems) {
        return problems.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
    }

    private static JsonSchema schema() {
        try (InputStream in = Files.newInputStream(SCHEMA_FILE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** docs/scenario.schema.json, found by walking up from the test classes to the project root. */
    private static Path schemaFile() {
        for (Path p = ScenarioCorpusTest.folder("/scenario-valid"); p != null; p = p.getParent()) {
            Path candidate = p.resolve("docs").resolve("scenario.schema.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/scenario.schema.json not found above the test classes");
    }
}
