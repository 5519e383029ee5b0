package org.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The assess command's contract: exit codes, report files, report.json fields, replacement criteria,
 * and byte-identical output for the same inputs (with 1 and 2 threads). Runs on a small criteria file
 * over the built-in epaa-phase-3 deployment so that it takes seconds.
 */
class AssessCommandTest {
    /** A notional liquid IRBM from Semnan at three cities; one criterion that passes, one that fails. */
    static final String CRITERIA = """
            plumbline: 1
            id: small-criteria
            threat-sets:
              small:
                launch-areas: {semnan: semnan}
                missiles: [iran-irbm-liquid]
                targets:
                  points: {bucharest: bucharest, ankara: "39.93, 32.86", sofia: "42.70, 23.32"}
                shapes: [minimum-energy]
            criteria:
              some-engageable:
                description: At least one of the three threats is engageable.
                metric: engageable-fraction
                threat-set: small
                at-least: 1 %
                margins: [systems.nato-bmd.sites.deveselu.interceptor.burnout-speed]
              all-engageable-early:
                description: A deliberately strict test that fails.
                metric: earliest-intercept-time
                threat-set: small
                at-most: 10 s
            """;

    @TempDir
    static Path dir;
    static Path criteria;

    @BeforeAll
    static void write() throws Exception {
        criteria = dir.resolve("criteria.yaml");
        Files.writeString(criteria, CRITERIA);
    }

    private static CliTest.Run assess(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("assess", "epaa-phase-3", "--criteria",
                criteria.toString(), "--out", out.toString(), "--no-progress"));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    @Test
    void writesTheFourFilesAndExitsThreeWhenACriterionFails() throws Exception {
        Path out = dir.resolve("report-a");
        CliTest.Run r = assess(out, "--format", "json");
        assertEquals(AssessCommand.NOT_ALL_PASS, r.code(), r.err());
        for (String f : List.of("index.html", "report.json", "footprints.geojson", "trajectories.kml")) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        try (var left = Files.list(out)) {
            assertEquals(4, left.count(), "no temporary files are left behind");
        }
        assertEquals(Files.readString(out.resolve("report.json")), r.out(), "--format json prints report.json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("plumbline").isTextual());
        assertEquals(64, json.get("inputsSha256").asText().length());
        JsonNode scenario = json.get("scenarios").get(0);
        assertEquals("epaa-phase-3", scenario.get("id").asText());
        JsonNode some = scenario.get("criteria").get(0);
        assertEquals("some-engageable", some.get("id").asText());
        for (String field : List.of("verdict", "value", "threshold", "margins", "evidence", "corners")) {
            assertTrue(some.has(field), field);
        }
        assertEquals("pass", some.get("verdict").asText(), some.toString());
        assertTrue(some.get("margins").get(0).get("statement").asText().contains("deveselu interceptor burnout speed"));
        assertEquals("fail", scenario.get("criteria").get(1).get("verdict").asText());
        assertEquals(2, scenario.get("criteria").size(), "--criteria replaces the scenario's own criteria");
        assertTrue(scenario.get("metrics").has("threat-set.small.reachable"));
    }

    @Test
    void sameInputsGiveTheSameBytesWithAnyNumberOfThreads() throws Exception {
        Path a = dir.resolve("det-1");
        Path b = dir.resolve("det-2");
        assertEquals(AssessCommand.NOT_ALL_PASS, assess(a, "--threads", "1").code());
        assertEquals(AssessCommand.NOT_ALL_PASS, assess(b, "--threads", "2").code());
        for (String f : List.of("index.html", "report.json", "footprints.geojson", "trajectories.kml")) {
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        }
        assertFalse(Files.readString(a.resolve("report.json")).contains("timestamp"));
    }

    @Test
    void theTerminalTableHasScenariosDownAndCriteriaAcross() {
        CliTest.Run r = assess(dir.resolve("report-t"));
        assertEquals(AssessCommand.NOT_ALL_PASS, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        String header = lines.stream().filter(l -> l.startsWith("scenario")).findFirst().orElseThrow();
        assertTrue(header.contains("some-engageable") && header.contains("all-engageable-early"), header);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("epaa-phase-3") && l.contains("PASS")
                && l.contains("FAIL")), r.out());
        assertTrue(r.out().contains("margin: "), r.out());
    }

    @Test
    void badInputExitsTwoAndWritesNothing() throws Exception {
        Path out = dir.resolve("never");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, CRITERIA.replace("metric: earliest-intercept-time", "metric: earliest-intercept"));
        CliTest.Run r = CliTest.run("assess", "epaa-phase-3", "--criteria", broken.toString(), "--out",
                out.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("criteria.all-engageable-early.metric"), r.err());
        assertFalse(Files.exists(out));
        CliTest.Run missing = CliTest.run("assess", "no-such-scenario.yaml", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, missing.code());
        assertFalse(Files.exists(out));
    }

    @Test
    void helpDocumentsTheExitCodes() {
        CliTest.Run r = CliTest.run("assess", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("3 a criterion fails or is indeterminate"), r.out());
    }
}
